import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { UsageError, shown } from '../errors.js'
import { mergeSorted } from '../io/merge-sorted.js'
import { realOrPlanned } from '../io/real-path.js'
import { isIgnored, isInside, isProblem, walk } from '../io/walk.js'
import { compareText } from '../text/compare.js'

/** A folder of sources as a run reads it. */
export interface SourceRoot {
  /** Absolute, real (links resolved). */
  readonly root: string
  /** What the `source` of its records starts with: `sources/`, or nothing for a folder outside the project. */
  readonly prefix: string
}

/**
 * The folders a run reads, checked before anything is written: each exists
 * and is a folder, none lies inside another (its sources would be read
 * twice), and when there are several no two sources would write one output.
 * `folders` are as typed, relative to `cwd`.
 */
export async function sourceRoots(folders: readonly string[], cwd: string, projectRoot: string): Promise<SourceRoot[]> {
  const roots: SourceRoot[] = []
  for (const folder of folders) {
    const absolute = path.resolve(cwd, folder)
    const info = await stat(absolute).catch(() => undefined)
    if (!info)
      throw new UsageError(`${folder}: no such folder; give a folder of .txt and .md sources (or set \`sources\` in pipeline.config.ts)`)
    if (!info.isDirectory()) throw new UsageError(`${folder} is not a folder; give a folder of .txt and .md sources`)
    const root = await realpath(absolute)
    for (const [index, earlier] of roots.entries()) {
      if (earlier.root === root || isInside(earlier.root, root) || isInside(root, earlier.root)) {
        const [outer, inner] = isInside(root, earlier.root) ? [folder, folders[index]!] : [folders[index]!, folder]
        throw new UsageError(`${inner} is inside ${outer} (or is the same folder); give each folder of sources once`)
      }
    }
    roots.push({ root, prefix: await sourcePrefix(root, projectRoot) })
  }
  if (roots.length > 1) await refuseCollisions(roots, cwd)
  return roots
}

/**
 * What a record's `source` starts with for the sources under `root`: its
 * path from the project's folder when it lies inside it (`sources/`), else
 * nothing (the path from `root` itself). One rule whatever the command line:
 * `run` and `run sources --out X` name a source alike.
 */
export async function sourcePrefix(root: string, projectRoot: string): Promise<string> {
  const [realRoot, realProject] = await Promise.all([realpath(root), realpath(projectRoot).catch(() => projectRoot)])
  if (!isInside(realProject, realRoot)) return ''
  return `${path.relative(realProject, realRoot).split(path.sep).join('/')}/`
}

/** The `source` of the records of a source found at `relative` under `root`: one function for `run` and the shards of a plan. */
export function sourcePathOf(root: SourceRoot, relative: string): string {
  return root.prefix + relative
}

/**
 * The output folder, checked before anything is written: not a file, and
 * neither holding the sources nor inside them (a run deletes outputs that are
 * gone and would reach the sources). Returns its absolute path.
 */
export async function outputFolder(out: string, cwd: string, roots: readonly SourceRoot[]): Promise<string> {
  const absolute = path.resolve(cwd, out)
  const info = await stat(absolute).catch(() => undefined)
  if (info && !info.isDirectory()) throw new UsageError(`${out} is a file; --out needs a folder (a new one is made)`)
  const real = await realOrPlanned(absolute)
  for (const { root } of roots) {
    if (real === root || isInside(root, real))
      throw new UsageError(`the output folder ${out} is inside the sources ${shown(root, cwd)}; choose a folder beside them (--out)`)
    if (isInside(real, root))
      throw new UsageError(`the output folder ${out} holds the sources ${shown(root, cwd)}; choose a folder beside them (--out)`)
  }
  return absolute
}

/** Paths compared a folder at a time, in the order the walk gives them (a folder's files before a name that sorts after the folder's). */
function compareWalked(a: string, b: string): number {
  const left = a.split('/')
  const right = b.split('/')
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = compareText(left[index]!, right[index]!)
    if (order !== 0) return order
  }
  return left.length - right.length
}

/** Refuses two sources of different folders with the same path under their folder: both would write one output. Holds one path per folder. */
async function refuseCollisions(roots: readonly SourceRoot[], cwd: string): Promise<void> {
  async function* sourcesOf(root: string) {
    for await (const found of walk(root)) if (!isProblem(found) && !isIgnored(found)) yield { relative: found.relative, path: found.path }
  }
  let previous: { relative: string; path: string } | undefined
  for await (const found of mergeSorted(
    roots.map(({ root }) => sourcesOf(root)),
    (a, b) => compareWalked(a.relative, b.relative)
  )) {
    if (previous?.relative === found.relative) {
      throw new UsageError(
        `${shown(previous.path, cwd)} and ${shown(found.path, cwd)} would both write ${found.relative}.facts.jsonl; run their folders into separate --out folders`
      )
    }
    previous = found
  }
}
