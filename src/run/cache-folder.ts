import { createWriteStream } from 'node:fs'
import { readFile, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { writeAtomic } from '../io/write-atomic.js'
import type { ResultCache } from './cache.js'

/** The cache's folder inside the output folder when no `--cache-dir` is given: beside the dataset, never in the current folder. */
export const defaultCacheName = '.factline-cache'

/** The keys the last complete run read or wrote, one a line: what `cache prune` keeps. */
const usedName = 'used-by-last-run'

export function cacheFolderOf(out: string, cacheDir: string | undefined, cwd: string): string {
  return cacheDir === undefined ? path.join(out, defaultCacheName) : path.resolve(cwd, cacheDir)
}

const gitignore = '# The cache of factline run; safe to delete.\n*\n'

/** Makes the folder, with a .gitignore of its own so that it never shows in `git status` (as pytest's cache does). */
export async function prepareCacheFolder(folder: string): Promise<void> {
  const file = path.join(folder, '.gitignore')
  if ((await readFile(file, 'utf8').catch(() => '')) !== gitignore) await writeAtomic(file, gitignore)
}

/**
 * The cache, noting every key a run reads or writes in a file beside it,
 * which becomes the list `cache prune` keeps when the run completes
 * (`commit`); an interrupted or failed run (`abandon`) leaves the previous
 * list. The list only helps prune: one that cannot be written (a full disk)
 * keeps the previous list too, and never fails the run, whose dataset is
 * already switched when it commits.
 */
export function recordingUse(
  cache: ResultCache,
  folder: string
): { cache: ResultCache; commit: () => Promise<void>; abandon: () => Promise<void> } {
  const pending = path.join(folder, `${usedName}.${process.pid}.tmp`)
  const log = createWriteStream(pending)
  let failed = false
  log.on('error', () => (failed = true))
  const note = (key: string) => {
    if (key !== '' && !failed) log.write(`${key}\n`)
  }
  const recorded: ResultCache = {
    ...cache,
    get: async (key, warn) => {
      note(key)
      return cache.get(key, warn)
    },
    getFile: async (key) => {
      note(key)
      return cache.getFile(key)
    },
    setFile: async (key, file) => {
      note(key)
      return cache.setFile(key, file)
    }
  }
  const abandon = async () => {
    log.destroy()
    await rm(pending, { force: true })
  }
  return {
    cache: recorded,
    commit: async () => {
      log.end()
      await finished(log).catch(() => (failed = true))
      if (!failed) await rename(pending, path.join(folder, usedName)).catch(() => (failed = true))
      if (failed) await abandon()
    },
    abandon
  }
}

/** Removes the entries the last complete run did not use; returns how many files were removed. */
export async function pruneCache(folder: string): Promise<number> {
  let used: Set<string>
  try {
    used = new Set((await readFile(path.join(folder, usedName), 'utf8')).split('\n'))
  } catch {
    used = new Set()
  }
  let removed = 0
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const key = /^([0-9a-f]{64})\.\w+$/u.exec(entry.name)?.[1]
    if (!entry.isFile() || key === undefined || used.has(key)) continue
    await rm(path.join(entry.parentPath, entry.name), { force: true })
    removed++
  }
  return removed
}
