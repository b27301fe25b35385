import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Code } from '../messages/codes.js'
import { compareText } from '../text/compare.js'

/** Extensions of the sources factline reads. */
export const sourceExtensions = ['.txt', '.md'] as const

export interface FoundSource {
  /** Absolute path to read. */
  readonly path: string
  /** Posix path relative to the root it was found under. */
  readonly relative: string
}

/** A file left out for its extension (hidden files apart), so a run can say which. */
export interface IgnoredFile {
  readonly path: string
  readonly relative: string
  readonly ignored: true
}

export interface WalkProblem {
  readonly path: string
  readonly relative: string
  readonly code: Code
  readonly actual: string
}

/**
 * Lists the `.txt` and `.md` files under `root`, and the problems met on the
 * way, sorted by relative path, one at a time: a batch of any size holds one
 * folder's entries, never the list of its sources. A symbolic link is
 * followed only when it resolves inside `root`, so a link never makes
 * factline read outside the folder it was given; loops and unreadable
 * folders are problems, not crashes.
 */
export async function* walk(root: string): AsyncGenerator<FoundSource | WalkProblem | IgnoredFile> {
  const base = await realpath(root)
  const visited = new Set<string>([base])

  async function* visit(folder: string, relativeFolder: string): AsyncGenerator<FoundSource | WalkProblem | IgnoredFile> {
    let entries
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch (error) {
      yield { path: folder, relative: relativeFolder || '.', code: 'walk/unreadable', actual: describe(error) }
      return
    }
    entries.sort((a, b) => compareText(a.name, b.name))
    for (const entry of entries) {
      const full = path.join(folder, entry.name)
      const relative = relativeFolder ? `${relativeFolder}/${entry.name}` : entry.name
      let target = full
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const resolved = await resolveLink(full)
        if ('code' in resolved) {
          if (isSource(entry.name) || resolved.code === 'walk/loop') yield { path: full, relative, ...resolved }
          continue
        }
        // A link to the root itself is a loop, found below; anything else outside is refused.
        if (resolved.real !== base && !isInside(base, resolved.real)) {
          yield { path: full, relative, code: 'walk/outside-root', actual: `points to ${resolved.real}` }
          continue
        }
        target = resolved.real
        isDirectory = resolved.isDirectory
        isFile = resolved.isFile
      }
      if (isDirectory) {
        const real = await realpath(target).catch(() => target)
        if (visited.has(real)) {
          yield { path: full, relative, code: 'walk/loop', actual: `${relative} leads back to a folder already read` }
          continue
        }
        visited.add(real)
        yield* visit(target, relative)
      } else if (!isSource(entry.name)) {
        if (isFile && !entry.name.startsWith('.')) yield { path: full, relative, ignored: true }
      } else if (isFile) {
        yield { path: target, relative }
      } else {
        // A pipe, socket or device: opening it could wait forever or never end.
        yield { path: full, relative, code: 'walk/not-a-file', actual: 'a pipe, socket or device' }
      }
    }
  }

  yield* visit(base, '')
}

export function isProblem(found: FoundSource | WalkProblem | IgnoredFile): found is WalkProblem {
  return 'code' in found
}

export function isIgnored(found: FoundSource | WalkProblem | IgnoredFile): found is IgnoredFile {
  return 'ignored' in found
}

function isSource(name: string): boolean {
  return sourceExtensions.some((extension) => name.endsWith(extension))
}

async function resolveLink(
  link: string
): Promise<{ real: string; isDirectory: boolean; isFile: boolean } | { code: Code; actual: string }> {
  try {
    const real = await realpath(link)
    const info = await stat(real)
    return { real, isDirectory: info.isDirectory(), isFile: info.isFile() }
  } catch (error) {
    const code = error instanceof Error && 'code' in error && error.code === 'ELOOP' ? 'walk/loop' : 'walk/unreadable'
    return { code, actual: describe(error) }
  }
}

export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate)
  // `..x.txt` is a name inside; only `..` itself or `../…` climbs out.
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
