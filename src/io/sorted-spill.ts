import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readLines, textWriter } from './lines.js'
import { mergeSorted } from './merge-sorted.js'
import { sequenceOf } from './sequence.js'

/**
 * An external sort: items are held until they fill a piece, which is sorted
 * and written to a file; the pieces are then merged, so however many items
 * are added, memory holds one piece and one item of each piece merged. Items
 * that compare equal come out in the order they were added. A batch that
 * fits one piece never touches the disk.
 */
export interface SortedSpill<T> {
  /** Adds items, all before anything else is added. */
  readonly add: (items: Iterable<T>) => Promise<void>
  /** Everything added, sorted; read once, after the last `add`. */
  readonly sorted: () => AsyncGenerator<T>
  /** A path in the spill's folder for a file of the caller's (not named `piece-…`), removed with it. */
  readonly file: (name: string) => Promise<string>
  /** Removes what the spill wrote. */
  readonly close: () => Promise<void>
}

export interface SortedSpillOptions<T> {
  readonly compare: (a: T, b: T) => number
  /** One line of text (no newline) for an item, and the item back from it. */
  readonly toLine: (item: T) => string
  readonly fromLine: (line: string) => T
  /** About what an item takes in memory, in characters: pieces are cut at `pieceChars` of it. */
  readonly size: (item: T) => number
  readonly pieceChars: number
  /** Pieces merged at once: a batch of more is merged in rounds, so a run never holds many files open. */
  readonly fanIn: number
  /** Start of the name of the temporary folder. */
  readonly folderPrefix: string
}

export function sortedSpill<T>(options: SortedSpillOptions<T>): SortedSpill<T> {
  const { compare, toLine, fromLine, size, pieceChars, fanIn } = options
  let folder: Promise<string> | undefined
  const inFolder = async (name: string) => path.join(await (folder ??= mkdtemp(path.join(tmpdir(), options.folderPrefix))), name)
  let pieces: string[] = []
  let named = 0
  let held: T[] = []
  let heldChars = 0
  // Pieces are written one after the other, in the order they filled: the merge keeps that order among equal items.
  let writing: Promise<void> = Promise.resolve()

  const setAside = (items: T[]) => {
    writing = writing.then(async () => {
      const file = await inFolder(`piece-${named++}`)
      pieces.push(file)
      await writeFile(
        file,
        items
          .sort(compare)
          .map((item) => `${toLine(item)}\n`)
          .join('')
      )
    })
    return writing
  }
  async function* read(file: string): AsyncGenerator<T> {
    for await (const line of readLines(file)) yield fromLine(line)
  }
  // Consecutive pieces merged into one, which takes their place: the order among equal items stays.
  const mergePieces = async (some: readonly string[]) => {
    if (some.length === 1) return some[0]!
    const file = await inFolder(`piece-${named++}`)
    const writer = textWriter(file)
    for await (const item of mergeSorted(some.map(read), compare)) await writer.write(`${toLine(item)}\n`)
    await writer.close()
    await Promise.all(some.map((piece) => rm(piece)))
    return file
  }

  return {
    async add(items) {
      for (const item of items) {
        held.push(item)
        heldChars += size(item)
      }
      if (heldChars < pieceChars) return
      const full = held
      held = []
      heldChars = 0
      await setAside(full)
    },
    async *sorted() {
      await writing
      while (pieces.length >= fanIn) {
        const merged: string[] = []
        for (let start = 0; start < pieces.length; start += fanIn) merged.push(await mergePieces(pieces.slice(start, start + fanIn)))
        pieces = merged
      }
      const last = held.sort(compare)
      held = []
      if (pieces.length === 0) yield* last
      else yield* mergeSorted([...pieces.map(read), sequenceOf(last)], compare)
    },
    file: inFolder,
    async close() {
      if (folder) await rm(await folder, { recursive: true, force: true })
    }
  }
}
