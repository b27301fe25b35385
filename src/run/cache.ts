import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { writeAtomic } from '../io/write-atomic.js'
import type { SourceResult } from './task.js'

/**
 * The content-addressed cache of results: the key hashes the source's bytes,
 * its path, the config and the pipeline's fingerprint, so an entry is valid
 * exactly when nothing that shapes its output changed. Entries are plain JSON
 * files; the folder is safe to delete at any time.
 */
export interface ResultCache {
  readonly key: (bytes: Uint8Array, sourcePath: string) => string
  readonly get: (key: string) => Promise<SourceResult | undefined>
  readonly set: (key: string, result: SourceResult) => Promise<void>
  /** One key for a result that depends on many sources (the claims), from their keys in order. */
  readonly combine: (keys: readonly string[]) => string
  readonly getText: (key: string) => Promise<string | undefined>
  readonly setText: (key: string, text: string) => Promise<void>
}

export function resultCache(folder: string, configHash: string, fingerprint: string): ResultCache {
  const entry = (key: string) => path.join(folder, key.slice(0, 2), `${key}.json`)
  const text = (key: string) => path.join(folder, key.slice(0, 2), `${key}.txt`)
  return {
    key(bytes, sourcePath) {
      return createHash('sha256')
        .update(`${fingerprint}\u0000${configHash}\u0000${sourcePath}\u0000`)
        .update(bytes)
        .digest('hex')
    },
    async get(key) {
      try {
        return JSON.parse(await readFile(entry(key), 'utf8')) as SourceResult
      } catch {
        return undefined
      }
    },
    async set(key, result) {
      await writeAtomic(entry(key), JSON.stringify(result))
    },
    combine(keys) {
      const hash = createHash('sha256').update(`${fingerprint}\u0000${configHash}\u0000combined`)
      for (const key of keys) hash.update(`\u0000${key}`)
      return hash.digest('hex')
    },
    async getText(key) {
      try {
        return await readFile(text(key), 'utf8')
      } catch {
        return undefined
      }
    },
    async setText(key, value) {
      await writeAtomic(text(key), value)
    }
  }
}

/** A cache that keeps nothing, for `--no-cache`. */
export const noCache: ResultCache = {
  key: () => '',
  get: async () => undefined,
  set: async () => undefined,
  combine: () => '',
  getText: async () => undefined,
  setText: async () => undefined
}
