import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { FaultError } from '../errors.js'
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

/** Told of an entry found damaged on disk (changed, cut short): it is treated as a miss. */
export type CacheWarn = (message: string) => void

/**
 * The content-addressed cache of results: the key hashes the source's bytes,
 * its path, the config and the pipeline's fingerprint, so an entry is valid
 * exactly when nothing that shapes its output changed. An entry is one file,
 * written atomically: the sha256 of the rest of the entry on a line, a line of
 * JSON (source, manifest entry, messages and the byte length of the output),
 * then the output, then the claim inputs as JSON. An entry whose bytes do not
 * hash to its first line was changed or cut short on disk: it is not served,
 * and the source is extracted again. The folder is safe to delete at any time.
 */
export interface ResultCache {
  readonly key: (bytes: Uint8Array, sourcePath: string) => string
  readonly get: (key: string, warn: CacheWarn) => Promise<CachedResult | undefined>
  /** The claim inputs of the entry under `key`, which start at `claimsAt` (from `get`). */
  readonly claimInputs: (key: string, claimsAt: number) => Promise<readonly ClaimInput[]>
  readonly set: (key: string, result: SourceResult) => Promise<void>
  /** One key for a result that depends on many sources (the claims), from their keys in order. */
  readonly combiner: () => KeyCombiner
  /** The path of the file stored under `key`, if any and whole: large results are read from it a piece at a time. */
  readonly getFile: (key: string, warn: CacheWarn) => Promise<string | undefined>
  /** Stores a copy of `file` under `key`. */
  readonly setFile: (key: string, file: string) => Promise<void>
}

/** Hex digits of a sha256, and the newline after them: the first line of an entry. */
const checksumLength = 64 + 1

export function resultCache(folder: string, configHash: string, fingerprint: string): ResultCache {
  const entry = (key: string) => path.join(folder, key.slice(0, 2), `${key}.entry`)
  const file = (key: string) => path.join(folder, key.slice(0, 2), `${key}.txt`)
  const checksum = (key: string) => `${file(key)}.sha256`
  return {
    key(bytes, sourcePath) {
      return createHash('sha256').update(`${fingerprint}\u0000${configHash}\u0000${sourcePath}\u0000`).update(bytes).digest('hex')
    },
    async get(key, warn) {
      let bytes: Buffer
      try {
        bytes = await readFile(entry(key))
      } catch {
        return undefined
      }
      const found = readEntry(bytes)
      if (!found) {
        warn(`cache: ${entry(key)} is damaged (changed or cut short on disk); extracting its source again`)
        return undefined
      }
      return {
        sourcePath: found.sourcePath,
        manifest: found.manifest,
        messages: found.messages,
        output: found.output,
        claimsAt: found.claimsStart
      }
    },
    async claimInputs(key, claimsAt) {
      const bytes = await readFile(entry(key))
      if (!readEntry(bytes)) throw new FaultError(`cache: ${entry(key)} changed during the run; run again`)
      return JSON.parse(bytes.subarray(claimsAt).toString('utf8')) as ClaimInput[]
    },
    async set(key, result) {
      await writeAtomic(entry(key), writeEntry(result))
    },
    combiner() {
      const hash = createHash('sha256').update(`${fingerprint}\u0000${configHash}\u0000combined`)
      return { add: (key) => hash.update(`\u0000${key}`), digest: () => hash.digest('hex') }
    },
    async getFile(key, warn) {
      try {
        if (!(await stat(file(key))).isFile()) return undefined
      } catch {
        return undefined
      }
      const expected = await readFile(checksum(key), 'utf8').catch(() => '')
      if (expected !== (await sha256Of(file(key)))) {
        warn(`cache: ${file(key)} is damaged (changed or cut short on disk); building it again`)
        return undefined
      }
      return file(key)
    },
    async setFile(key, from) {
      await copyAtomic(from, file(key))
      await writeAtomic(checksum(key), await sha256Of(from))
    }
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
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
  const body = Buffer.concat([
    Buffer.from(`${JSON.stringify(head)}\n`, 'utf8'),
    output,
    Buffer.from(JSON.stringify(result.claimInputs), 'utf8')
  ])
  return Buffer.concat([Buffer.from(`${createHash('sha256').update(body).digest('hex')}\n`, 'utf8'), body])
}

/** An entry's head, its output bytes and where its claim inputs start (in the whole entry); undefined when its bytes do not hash to its checksum. */
function readEntry(bytes: Buffer): (EntryHead & { output: Buffer; claimsStart: number }) | undefined {
  if (bytes.length < checksumLength || bytes[checksumLength - 1] !== 0x0a) return undefined
  const body = bytes.subarray(checksumLength)
  if (createHash('sha256').update(body).digest('hex') !== bytes.toString('latin1', 0, checksumLength - 1)) return undefined
  const newline = body.indexOf(0x0a)
  const head = JSON.parse(body.subarray(0, newline).toString('utf8')) as EntryHead
  const claimsStart = checksumLength + newline + 1 + head.outputBytes
  return { ...head, output: bytes.subarray(checksumLength + newline + 1, claimsStart), claimsStart }
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
