import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { lockName } from '../../src/io/lock.js'
import { defaultCacheName } from '../../src/run/cache-folder.js'

/** A temporary file of `writeAtomic`. */
export const temporary = /^\..+\.[0-9a-f]{12}\.tmp$/su

/** An article of a few kilobytes with figures, different for each `seed` and `version`. */
export function article(seed: number, version: number, lineCount = 40): string {
  const lines: string[] = []
  for (let index = 0; index < lineCount; index++) {
    const figure = (seed * 31 + index * 7 + version * 13) % 900
    lines.push(`Exports of item ${index} rose ${figure % 50} percent to $${figure} million in ${2000 + (index % 24)}, officials said.`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * Writes `count` articles into `root/sources` in `folders` folders, as of
 * `version` 1 or 2: version 2 edits every article, drops the first third and
 * adds as many, so a run from one to the other changes, adds and removes.
 */
export function writeSources(root: string, version: number, count = 12, folders = 3, lineCount = 40): void {
  const sources = path.join(root, 'sources')
  rmSync(sources, { recursive: true, force: true })
  const first = version === 1 ? 0 : Math.floor(count / 3)
  for (let index = first; index < first + count; index++) {
    const file = path.join(sources, `part-${index % folders}`, `article-${index}.txt`)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, article(index, version, lineCount))
  }
}

/** Every output file but temporary ones, the lock and the files of its taking, and the cache beside the dataset, by relative posix path. */
export function snapshot(out: string): Map<string, string> {
  if (!existsSync(out)) return new Map()
  const cache = path.join(out, defaultCacheName)
  return new Map(
    readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith(lockName) && !temporary.test(entry.name) && !isInCache(entry.parentPath))
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name)
        return [path.relative(out, full).split(path.sep).join('/'), readFileSync(full, 'utf8')] as const
      })
  )

  function isInCache(folder: string): boolean {
    return folder === cache || folder.startsWith(`${cache}${path.sep}`)
  }
}

export function temporaryFiles(out: string): string[] {
  return readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => temporary.test(path.basename(name)))
}
