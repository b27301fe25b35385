import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, rm, stat } from 'node:fs/promises'
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
  /** Whether the entry's bytes hash to its checksum: asked before its output is written anywhere (see `ResultCache`). */
  readonly whole: () => boolean
}

/** A file of the cache, and whether its bytes still hash to the checksum stored with it. */
export interface CachedFile {
  readonly file: string
  readonly whole: () => Promise<boolean>
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
 * written atomically: a line with the sha256 of its head and of all the rest,
 * the head (a line of JSON: source, manifest entry, messages and the byte
 * length of the output), then the output, then the claim inputs as JSON.
 *
 * An entry changed or cut short on disk is never used: its head is checked
 * whenever it is read (it goes into the manifest), its output and claim
 * inputs before they are used (`whole`, `claimInputs`). An output the same as
 * the dataset's file is not used (nothing is written), so a rerun that
 * changed nothing hashes nothing but heads. The folder is safe to delete at
 * any time.
 */
export interface ResultCache {
  readonly key: (bytes: Uint8Array, sourcePath: string) => string
  readonly get: (key: string, warn: CacheWarn) => Promise<CachedResult | undefined>
  /**
   * The claim inputs of the entry under `key`, which start at `claimsAt` (from
   * `get`). An entry damaged since is removed, and the run fails with a line
   * saying to run again: its source is extracted anew then.
   */
  readonly claimInputs: (key: string, claimsAt: number) => Promise<readonly ClaimInput[]>
  readonly set: (key: string, result: SourceResult) => Promise<void>
  /** One key for a result that depends on many sources (the claims), from their keys in order. */
  readonly combiner: () => KeyCombiner
  /** The file stored under `key`, if any: large results are read from it a piece at a time. */
  readonly getFile: (key: string) => Promise<CachedFile | undefined>
  /** Stores a copy of `file` under `key`. */
  readonly setFile: (key: string, file: string) => Promise<void>
}

/** Two sha256 in hex, a space between, and the newline after them: the first line of an entry. */
const checksumLength = 64 + 1 + 64 + 1

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
        warn(damaged(entry(key)))
        return undefined
      }
      let whole: boolean | undefined
      return {
        sourcePath: found.sourcePath,
        manifest: found.manifest,
        messages: found.messages,
        output: found.output,
        claimsAt: found.claimsStart,
        whole: () => {
          whole ??= isWhole(bytes)
          if (!whole) warn(damaged(entry(key)))
          return whole
        }
      }
    },
    async claimInputs(key, claimsAt) {
      const bytes = await readFile(entry(key))
      if (!isWhole(bytes)) {
        await rm(entry(key), { force: true })
        throw new FaultError(`cache: ${entry(key)} was damaged (changed on disk) and is removed; run again to extract its source anew`)
      }
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
        if (!(await stat(file(key))).isFile()) return undefined
      } catch {
        return undefined
      }
      return {
        file: file(key),
        whole: async () => (await readFile(checksum(key), 'utf8').catch(() => '')) === (await sha256Of(file(key)))
      }
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
  const headLine = Buffer.from(`${JSON.stringify(head)}\n`, 'utf8')
  const body = Buffer.concat([headLine, output, Buffer.from(JSON.stringify(result.claimInputs), 'utf8')])
  return Buffer.concat([Buffer.from(`${sha256(headLine)} ${sha256(body)}\n`, 'utf8'), body])
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function damaged(file: string): string {
  return `cache: ${file} is damaged (changed or cut short on disk); extracting its source again`
}

/**
 * An entry's head, its output bytes and where its claim inputs start (in the
 * whole entry); undefined when its head does not hash to its checksum or the
 * entry is too short for the output its head announces.
 */
function readEntry(bytes: Buffer): (EntryHead & { output: Buffer; claimsStart: number }) | undefined {
  if (bytes.length < checksumLength || bytes[checksumLength - 1] !== 0x0a) return undefined
  const headEnd = bytes.indexOf(0x0a, checksumLength)
  if (headEnd === -1) return undefined
  const headLine = bytes.subarray(checksumLength, headEnd + 1)
  if (sha256(headLine) !== bytes.toString('latin1', 0, 64)) return undefined
  const head = JSON.parse(headLine.toString('utf8')) as EntryHead
  const claimsStart = headEnd + 1 + head.outputBytes
  if (claimsStart > bytes.length) return undefined
  return { ...head, output: bytes.subarray(headEnd + 1, claimsStart), claimsStart }
}

/** Whether all of an entry after its checksum line hashes to the checksum: its output and claim inputs are as written. */
function isWhole(bytes: Buffer): boolean {
  return bytes.length >= checksumLength && sha256(bytes.subarray(checksumLength)) === bytes.toString('latin1', 65, 129)
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
