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
}

export function resultCache(folder: string, configHash: string, fingerprint: string): ResultCache {
  const entry = (key: string) => path.join(folder, key.slice(0, 2), `${key}.json`)
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
    }
  }
}

/** A cache that keeps nothing, for `--no-cache`. */
export const noCache: ResultCache = {
  key: () => '',
  get: async () => undefined,
  set: async () => undefined
}
