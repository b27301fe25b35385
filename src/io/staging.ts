import { readFileSync, rmSync } from 'node:fs'
import { appendFile, mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { withPath } from '../errors.js'
import { readLines } from './lines.js'
import { copySynced, removeOnSignal, temporaryPath, temporaryToken, writeSynced } from './write-atomic.js'

/**
 * The files of a new dataset, each written beside its target under `out` and
 * synced, not yet switched in: `commit` renames them into place, `close`
 * removes those it did not. A first run over a large batch stages every
 * output, so what was staged is kept on disk, not in memory: the temporary
 * files share one token (`.NAME.<token>.tmp`), and their names relative to
 * `out` go to a journal, one JSON string a line (a name may hold a line
 * break), before each file is written. Memory holds the journal's path,
 * whatever the batch; a process ended by a signal removes the files the
 * journal names (`removePendingSync`). The journal is itself a temporary file
 * of `out` (`.staged.<token>.tmp`), so that what a killed process leaves,
 * journal and all, the next run's holder of the lock removes.
 */
export interface Staging {
  /** Writes `content` beside the file `name` of `out`. */
  readonly write: (name: string, content: string | Uint8Array) => Promise<void>
  /** Copies the file `from` beside the file `name` of `out`. */
  readonly copy: (name: string, from: string) => Promise<void>
  /** Renames the staged files into place in the order they were staged, but `last` after the others and after `before` ran. */
  readonly commit: (last: string, before: () => Promise<void>) => Promise<void>
  /** Removes the staged files not renamed, and the journal: a dataset not committed stays as it was. */
  readonly close: () => Promise<void>
}

export function staging(out: string): Staging {
  const token = temporaryToken()
  const target = (name: string) => path.join(out, name)
  const temporary = (name: string) => temporaryPath(target(name), token)
  const journalFile = temporaryPath(path.join(out, 'staged'), token)
  let journal: Promise<void> | undefined
  let stopRemovingOnSignal: (() => void) | undefined
  // Committed: nothing left to remove; removed: by a signal, with the journal.
  let committed = false
  let removed = false

  const openJournal = () =>
    (journal ??= (async () => {
      await mkdir(out, { recursive: true })
      stopRemovingOnSignal = removeOnSignal(() => {
        for (const name of stagedSync(journalFile)) rmSync(temporary(name), { force: true })
        rmSync(journalFile, { force: true })
        removed = true
      })
    })())

  const stage = async (name: string, fill: (file: string) => Promise<void>) => {
    // Noted before the file exists: a process ended by a signal meanwhile finds it in the journal.
    await openJournal()
    await appendFile(journalFile, `${JSON.stringify(name)}\n`)
    await mkdir(path.dirname(target(name)), { recursive: true })
    try {
      await fill(temporary(name))
    } catch (error) {
      await rm(temporary(name), { force: true })
      throw withPath(error, target(name))
    }
  }

  return {
    write: (name, content) => stage(name, (file) => writeSynced(file, content)),
    copy: (name, from) => stage(name, (file) => copySynced(from, file)),
    async commit(last, before) {
      let lastStaged = false
      if (journal) {
        await journal
        for await (const name of staged(journalFile)) {
          if (name === last) lastStaged = true
          else await rename(temporary(name), target(name))
        }
      }
      await before()
      if (lastStaged) await rename(temporary(last), target(last))
      committed = true
    },
    async close() {
      const opened = await journal?.then(
        () => true,
        () => false
      )
      if (!opened || removed) return
      if (!committed) for await (const name of staged(journalFile)) await rm(temporary(name), { force: true })
      await rm(journalFile, { force: true })
      stopRemovingOnSignal?.()
    }
  }
}

/** The names a journal holds, read a line at a time. */
async function* staged(file: string): AsyncGenerator<string> {
  for await (const line of readLines(file)) yield JSON.parse(line) as string
}

/** The names a journal holds, read at once for a process about to exit; a line cut short by the exit names no file yet written. */
function stagedSync(file: string): string[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return []
  }
  return text.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as string]
    } catch {
      return []
    }
  })
}
