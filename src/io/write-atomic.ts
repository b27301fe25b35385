import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { copyFile, mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { withPath } from '../errors.js'

/** A temporary file of `writeAtomic`: `.NAME.` then 12 hex digits then `.tmp`, NAME cut to fit. */
const temporaryName = /^\..+\.[0-9a-f]{12}\.tmp$/su

/** The longest file name most file systems take (ext4, xfs, btrfs, tmpfs, APFS), in bytes of UTF-8. */
export const maxNameBytes = 255

/** A file written beside its target and synced, not yet renamed to it. */
interface Staged {
  readonly target: string
  readonly temporary: string
}

/**
 * Temporary files on disk that are not yet renamed or removed, so that an
 * interrupted process can remove them before it exits (`removePendingSync`).
 */
const pending = new Set<string>()

/** Removals of temporary files that others keep account of (a staging's journal), run with `removePendingSync`. */
const pendingRemovals = new Set<() => void>()

/**
 * Writes `content` to `target` through a temporary file in the same folder and
 * a rename, so a reader sees the old file or the new one, never half of one,
 * even if the process is killed mid-write.
 */
export async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  await commitStaged(await stage(target, (temporary) => writeSynced(temporary, content)))
}

/** Copies the file `from` to `target` as `writeAtomic` writes: a file too large to hold in memory is never read whole. */
export async function copyAtomic(from: string, target: string): Promise<void> {
  await commitStaged(await stage(target, (temporary) => copySynced(from, temporary)))
}

/** Writes `content` to the new file `file` and syncs it to disk. */
export async function writeSynced(file: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w')
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Copies `from` to `file` and syncs the copy to disk. */
export async function copySynced(from: string, file: string): Promise<void> {
  await copyFile(from, file)
  const handle = await open(file, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Puts a staged file in the place of its target. */
async function commitStaged(staged: Staged): Promise<void> {
  await rename(staged.temporary, staged.target)
  pending.delete(staged.temporary)
}

/** Removes every temporary file not yet renamed, at once: for a process about to exit on a signal. */
export function removePendingSync(): void {
  for (const temporary of pending) rmSync(temporary, { force: true })
  pending.clear()
  for (const remove of pendingRemovals) remove()
  pendingRemovals.clear()
}

/** Has `removePendingSync` also call `remove`, until the returned function is called. */
export function removeOnSignal(remove: () => void): () => void {
  pendingRemovals.add(remove)
  return () => void pendingRemovals.delete(remove)
}

/** Has `fill` write a temporary file beside `target`; on failure removes it, and the error names `target` when it named nothing. */
async function stage(target: string, fill: (temporary: string) => Promise<void>): Promise<Staged> {
  await mkdir(path.dirname(target), { recursive: true })
  const temporary = temporaryPath(target, temporaryToken())
  pending.add(temporary)
  try {
    await fill(temporary)
  } catch (error) {
    await rm(temporary, { force: true })
    pending.delete(temporary)
    throw withPath(error, target)
  }
  return { target, temporary }
}

/** The 12 hex digits that tell a temporary file from its target and from another writer's. */
export function temporaryToken(): string {
  return randomBytes(6).toString('hex')
}

/** `.NAME.<token>.tmp` beside `target`, NAME cut so that the whole name fits `maxNameBytes`: a long target name still gets a temporary file. */
export function temporaryPath(target: string, token: string): string {
  const suffix = `.${token}.tmp`
  return path.join(path.dirname(target), `.${fitBytes(path.basename(target), maxNameBytes - 1 - suffix.length)}${suffix}`)
}

/** The longest start of `name` of at most `bytes` bytes of UTF-8, cut between code points. */
function fitBytes(name: string, bytes: number): string {
  if (Buffer.byteLength(name) <= bytes) return name
  let fitted = ''
  let used = 0
  for (const character of name) {
    used += Buffer.byteLength(character)
    if (used > bytes) break
    fitted += character
  }
  return fitted
}

/** Whether a file named `name` can be created: its name fits `maxNameBytes`. */
export function nameFits(name: string): boolean {
  return Buffer.byteLength(name) <= maxNameBytes
}

/**
 * Removes the temporary files a killed process left under `folder`. Only the
 * holder of the folder's lock may call it: another writer's temporary files
 * would go too.
 */
export async function removeTemporaryFiles(folder: string): Promise<string[]> {
  let entries: string[]
  try {
    entries = await readdir(folder, { recursive: true })
  } catch {
    return []
  }
  const leftovers = entries.filter((entry) => temporaryName.test(path.basename(entry)))
  await Promise.all(leftovers.map((entry) => rm(path.join(folder, entry), { force: true })))
  return leftovers
}
