import { readFileSync, rmSync } from 'node:fs'
import { link, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { constants } from 'node:os'
import path from 'node:path'
import { FaultError, withPath } from '../errors.js'
import { removePendingSync } from './write-atomic.js'

/** The lock file a run keeps in its output folder while it writes there. */
export const lockName = '.factline.lock'

/** A lock of an older version may be empty for an instant, before its pid is written. */
const emptyLockGraceMs = 5_000

/** The lock files this process holds: a lock naming its pid that it does not hold was left by another. */
const held = new Set<string>()

/** The output folder is held by another live process, or cannot be taken: one line, exit 2, as for a usage error. */
export class LockError extends FaultError {
  constructor(message: string) {
    super(message, 2)
  }
}

export interface Lock {
  readonly release: () => Promise<void>
}

/**
 * Takes the output folder for this process: a second run on the same folder
 * fails at once with a message naming the folder and the other run's pid. A
 * lock left by a run that was killed (its pid is gone) is taken over.
 */
export async function acquireLock(out: string): Promise<Lock> {
  await mkdir(out, { recursive: true })
  const file = path.join(out, lockName)
  const mine = String(process.pid)
  // Watched before the lock exists: a signal while it is being put in place still removes what was written.
  const watch = releaseOnSignal(file, mine)
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      // A signal that comes once the lock is in place, before the code after the link runs, must still remove it.
      watch.placing = true
      const placed = await placeLock(file, mine)
      watch.placing = false
      if (placed) {
        await removeLeftovers(file)
        return {
          // Watched until the lock is gone: a signal while it is being removed still removes it.
          release: async () => {
            await releaseLock(file, mine)
            held.delete(file)
            watch.stop()
          }
        }
      }
      const holder = await readHolder(file)
      if (holder.alive) {
        throw new LockError(
          `run: ${out} is in use by another run (pid ${holder.pid || 'unknown'}); wait for it to end, or delete ${file} if no such run exists`
        )
      }
      await takeOver(file, holder.pid)
    }
  } catch (error) {
    watch.stop()
    throw error
  }
  watch.stop()
  throw new LockError(`run: could not lock ${out}: other runs keep taking ${file}`)
}

/**
 * Puts the lock in place with this process's pid already in it, or answers
 * false when another lock is there. The pid is written to a file of this
 * process first and hard-linked to the lock's name, which fails if the name
 * exists: a second run never reads a lock that does not yet name its holder.
 * A file system without hard links (FAT, some network shares) gets the lock
 * created empty and its pid written after, which a reader takes as fresh.
 */
async function placeLock(file: string, mine: string): Promise<boolean> {
  const pending = pendingLock(file, mine)
  try {
    await writeFile(pending, mine)
    await link(pending, file)
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false
    if (!linkUnsupported(error)) throw withPath(error, file)
    return createLock(file, mine)
  } finally {
    await rm(pending, { force: true })
  }
  held.add(file)
  return true
}

function linkUnsupported(error: unknown): boolean {
  return ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].some((code) => isCode(error, code))
}

/** The lock created empty, then its pid written: false when another lock is there. */
async function createLock(file: string, mine: string): Promise<boolean> {
  let handle
  try {
    handle = await open(file, 'wx')
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false
    throw withPath(error, file)
  }
  held.add(file)
  try {
    await handle.writeFile(mine)
  } catch (error) {
    // A lock without its pid (a full disk) would turn the next run away: it goes.
    await handle.close()
    await rm(file, { force: true })
    held.delete(file)
    throw withPath(error, file)
  }
  await handle.close()
  return true
}

/** Where a process writes its pid before the lock takes it: its own name, so two runs never share it. */
function pendingLock(file: string, pid: string): string {
  return `${file}.${pid}.new`
}

/** Where a process moves a stale lock while it checks that it is the one it read. */
function asideLock(file: string, pid: string): string {
  return `${file}.${pid}.stale`
}

/**
 * Removes the files a run killed while it took the lock left beside it: its
 * pid written before the lock took it, a stale lock it had moved aside. Those
 * of a live process are its work in progress, and a lock moved aside that
 * names a live process is still that process's: they stay.
 */
async function removeLeftovers(file: string): Promise<void> {
  const folder = path.dirname(file)
  const prefix = `${path.basename(file)}.`
  for (const name of await readdir(folder).catch(() => [])) {
    const [, pid, kind] = /^(\d+)\.(new|stale)$/u.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '') ?? []
    if (pid === undefined || isRunning(Number(pid))) continue
    const leftover = path.join(folder, name)
    const named = (await readFile(leftover, 'utf8').catch(() => '')).trim()
    if (kind === 'stale' && /^\d+$/u.test(named) && named !== String(process.pid) && isRunning(Number(named))) continue
    await rm(leftover, { force: true })
  }
}

interface Holder {
  readonly pid: string
  readonly alive: boolean
}

async function readHolder(file: string): Promise<Holder> {
  let content: string
  try {
    content = (await readFile(file, 'utf8')).trim()
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { pid: '', alive: false }
    throw error
  }
  // This process's pid on a lock it does not hold: left by a process of another container (each numbers its own from 1), killed.
  if (content === String(process.pid)) return { pid: content, alive: held.has(file) }
  if (/^\d+$/u.test(content)) return { pid: content, alive: isRunning(Number(content)) }
  // Empty or garbled: written by an older version, which put the lock in place before its pid, maybe writing it right now.
  const age = await stat(file).then(
    (info) => Date.now() - info.mtimeMs,
    () => Infinity
  )
  return { pid: content, alive: age < emptyLockGraceMs }
}

/**
 * Removes a stale lock without removing a fresh one another run may have put
 * in its place meanwhile: the lock is first moved aside, and put back if it
 * turns out not to be the stale one.
 */
async function takeOver(file: string, stalePid: string): Promise<void> {
  const aside = asideLock(file, String(process.pid))
  try {
    await rename(file, aside)
  } catch (error) {
    if (isCode(error, 'ENOENT')) return
    throw error
  }
  const moved = (await readFile(aside, 'utf8').catch(() => '')).trim()
  if (moved === stalePid) await rm(aside, { force: true })
  else await rename(aside, file)
}

async function releaseLock(file: string, mine: string): Promise<void> {
  const content = await readFile(file, 'utf8').catch(() => '')
  if (content.trim() === mine) await rm(file, { force: true })
}

/** Signals that end a run from outside: Ctrl-C, kill, a closed terminal. */
const endingSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * On Ctrl-C or kill, removes the temporary files not yet renamed and the
 * lock before the process exits (128 + the signal's number, as shells
 * report it): the output folder is left as the last whole run wrote it,
 * with no lock to show in `git status` or to turn the next run away.
 * The lock goes only if this process holds it or is putting it in place,
 * and the file its pid was written to before the lock was put in place
 * goes with it.
 */
function releaseOnSignal(file: string, mine: string): { placing: boolean; stop: () => void } {
  const watch = { placing: false, stop }
  const onSignal = (signal: NodeJS.Signals) => {
    removePendingSync()
    rmSync(pendingLock(file, mine), { force: true })
    try {
      const content = readFileSync(file, 'utf8').trim()
      // Empty: this run's own, created where hard links are not, before its pid was written.
      if ((held.has(file) || watch.placing) && (content === mine || content === '')) rmSync(file, { force: true })
    } catch {
      // Already gone.
    }
    process.exit(128 + constants.signals[signal])
  }
  function stop() {
    for (const signal of endingSignals) process.off(signal, onSignal)
  }
  for (const signal of endingSignals) process.on(signal, onSignal)
  return watch
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return isCode(error, 'EPERM')
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code
}
