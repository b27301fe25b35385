import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { copyAtomic, writeAtomic } from '../io/write-atomic.js'
import type { ClaimInput } from '../claims/input.js'
import type { SourceResult } from './task.js'

/**
 * A result read back from the cache. Its output and claim inputs stay bytes
 * until asked for: a rerun that changed nothing compares the output with the
 * file on disk as bytes and never parses the claim inputs, whose claims are
 * cached too.
 */
export interface CachedResult extends Omit<SourceResult, 'output' | 'claimInputs'> {
  readonly output: Buffer
  /** Where the claim inputs start in the entry, to read them again when asked (`claimInputs`): holding every entry's bytes would hold the whole cache in memory. */
  readonly claimsAt: number
}

/** One key for many, fed their keys one at a time and in order. */
export interface KeyCombiner {
  readonly add: (key: string) => void
  readonly digest: () => string
}

/**
 * The content-addressed cache of results: the key hashes the source's bytes,
 * its path, the config and the pipeline's fingerprint, so an entry is valid
 * exactly when nothing that shapes its output changed. An entry is one file,
 * written atomically: a line of JSON (source, manifest entry, messages and
 * the byte length of the output), then the output, then the claim inputs as
 * JSON. The folder is safe to delete at any time.
 */
export interface ResultCache {
  readonly key: (bytes: Uint8Array, sourcePath: string) => string
  readonly get: (key: string) => Promise<CachedResult | undefined>
  /** The claim inputs of the entry under `key`, which start at `claimsAt` (from `get`). */
  readonly claimInputs: (key: string, claimsAt: number) => Promise<readonly ClaimInput[]>
  readonly set: (key: string, result: SourceResult) => Promise<void>
  /** One key for a result that depends on many sources (the claims), from their keys in order. */
  readonly combiner: () => KeyCombiner
  /** The path of the file stored under `key`, if any: large results are read from it a piece at a time. */
  readonly getFile: (key: string) => Promise<string | undefined>
  /** Stores a copy of `file` under `key`. */
  readonly setFile: (key: string, file: string) => Promise<void>
}

export function resultCache(folder: string, configHash: string, fingerprint: string): ResultCache {
  const entry = (key: string) => path.join(folder, key.slice(0, 2), `${key}.entry`)
  const file = (key: string) => path.join(folder, key.slice(0, 2), `${key}.txt`)
  return {
    key(bytes, sourcePath) {
      return createHash('sha256').update(`${fingerprint}\u0000${configHash}\u0000${sourcePath}\u0000`).update(bytes).digest('hex')
    },
    async get(key) {
      try {
        const found = readEntry(await readFile(entry(key)))
        if (!found) return undefined
        return {
          sourcePath: found.sourcePath,
          manifest: found.manifest,
          messages: found.messages,
          output: found.output,
          claimsAt: found.claimsStart
        }
      } catch {
        return undefined
      }
    },
    async claimInputs(key, claimsAt) {
      const bytes = await readFile(entry(key))
      return JSON.parse(bytes.subarray(claimsAt).toString('utf8')) as ClaimInput[]
    },
    async set(key, result) {
      await writeAtomic(entry(key), writeEntry(result))
    },
    combiner() {
      const hash = createHash('sha256').update(`${fingerprint}\u0000${configHash}\u0000combined`)
      return { add: (key) => hash.update(`\u0000${key}`), digest: () => hash.digest('hex') }
    },
    async getFile(key) {
      try {
        return (await stat(file(key))).isFile() ? file(key) : undefined
      } catch {
        return undefined
      }
    },
    async setFile(key, from) {
      await copyAtomic(from, file(key))
    }
  }
}

interface EntryHead extends Omit<SourceResult, 'output' | 'claimInputs'> {
  readonly outputBytes: number
}

function writeEntry(result: SourceResult): Buffer {
  const output = Buffer.from(result.output ?? '', 'utf8')
  const head: EntryHead = {
    sourcePath: result.sourcePath,
    manifest: result.manifest,
    messages: result.messages,
    outputBytes: output.length
  }
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`, 'utf8'), output, Buffer.from(JSON.stringify(result.claimInputs), 'utf8')])
}

/** An entry's head, its output bytes and where its claim inputs start; undefined when it is not whole. */
function readEntry(bytes: Buffer): (EntryHead & { output: Buffer; claimsStart: number }) | undefined {
  const newline = bytes.indexOf(0x0a)
  if (newline === -1) return undefined
  const head = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as EntryHead
  const claimsStart = newline + 1 + head.outputBytes
  if (claimsStart > bytes.length) return undefined
  return { ...head, output: bytes.subarray(newline + 1, claimsStart), claimsStart }
}

/** A cache that keeps nothing, for `--no-cache`. */
export const noCache: ResultCache = {
  key: () => '',
  get: async () => undefined,
  claimInputs: async () => [],
  set: async () => undefined,
  combiner: () => ({ add: () => undefined, digest: () => '' }),
  getFile: async () => undefined,
  setFile: async () => undefined
}
