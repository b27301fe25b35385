import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { readLines, textWriter, type TextWriter } from '../io/lines.js'
import { mergeSorted } from '../io/merge-sorted.js'
import { claimOf, compare, keyedFacts, statusRank, type KeyedFact } from './build.js'
import type { ClaimInput } from './input.js'
import { claimStatuses, type Claim } from './types.js'

/** Characters of keyed facts held before they are sorted and set aside on disk: the memory claims take, whatever the batch. */
const defaultPieceChars = 2 * 1024 * 1024
/** Pieces merged at once: a batch of more is merged in rounds, so a run never holds many files open. */
const maxFanIn = 64

/**
 * The claims of a batch built with bounded memory, as an external sort: the
 * keyed facts of each source are held until they fill a piece, which is
 * sorted by what its claims are about and written to a file; the pieces are
 * then merged, so the facts of one claim arrive together and one claim at a
 * time is in memory. Claims go to one file per status, joined in the order
 * of the claims file. A batch that fits one piece never touches the disk
 * until the claims are written.
 */
export interface ClaimSpill {
  /** Adds the claim inputs of one source. */
  readonly add: (inputs: readonly ClaimInput[]) => Promise<void>
  /** Writes the claims of everything added, as JSON lines, and gives the file's path (in the spill's folder, until `close`). */
  readonly finish: () => Promise<string>
  /** Removes what the spill wrote. */
  readonly close: () => Promise<void>
}

export function claimSpill(pieceChars = defaultPieceChars, fanIn = maxFanIn): ClaimSpill {
  let folder: Promise<string> | undefined
  const inFolder = async (name: string) => path.join(await (folder ??= mkdtemp(path.join(tmpdir(), 'factline-claims-'))), name)
  let pieces: string[] = []
  let named = 0
  let held: KeyedFact[] = []
  let heldChars = 0
  // Pieces are written one after the other, in the order they filled: the merge keeps that order among equal facts.
  let writing: Promise<void> = Promise.resolve()

  const setAside = (facts: KeyedFact[]) => {
    writing = writing.then(async () => {
      const file = await inFolder(`piece-${named++}`)
      pieces.push(file)
      await writeFile(file, facts.sort(compareFacts).map((fact) => `${toLine(fact)}\n`).join(''))
    })
    return writing
  }
  // Consecutive pieces merged into one, which takes their place: the order among equal facts stays.
  const mergePieces = async (some: readonly string[]) => {
    if (some.length === 1) return some[0]!
    const file = await inFolder(`piece-${named++}`)
    const writer = textWriter(file)
    for await (const fact of mergeSorted(some.map(readFacts), compareFacts)) await writer.write(`${toLine(fact)}\n`)
    await writer.close()
    await Promise.all(some.map((piece) => rm(piece)))
    return file
  }

  return {
    async add(inputs) {
      for (const fact of keyedFacts(inputs)) {
        held.push(fact)
        heldChars += fact.key.length + fact.about.length + fact.support.quote.length + 100
      }
      if (heldChars < pieceChars) return
      const full = held
      held = []
      heldChars = 0
      await setAside(full)
    },
    async finish() {
      await writing
      while (pieces.length >= fanIn) {
        const merged: string[] = []
        for (let start = 0; start < pieces.length; start += fanIn) merged.push(await mergePieces(pieces.slice(start, start + fanIn)))
        pieces = merged
      }
      const sorted: AsyncIterable<KeyedFact> =
        pieces.length === 0 ? inOrder(held.sort(compareFacts)) : mergeSorted([...pieces.map(readFacts), inOrder(held.sort(compareFacts))], compareFacts)
      held = []
      const byStatus = new Map<Claim['status'], { file: string; writer: TextWriter }>()
      for (const status of claimStatuses) {
        const file = await inFolder(`claims-${status}`)
        byStatus.set(status, { file, writer: textWriter(file) })
      }
      for await (const facts of claimGroups(sorted)) {
        const claim = claimOf(facts)
        await byStatus.get(claim.status)!.writer.write(`${JSON.stringify(claim)}\n`)
      }
      const target = await inFolder('claims.jsonl')
      await writeFile(target, '')
      // Conflicts first: the order `buildClaims` sorts by.
      for (const status of [...claimStatuses].sort((a, b) => statusRank(a) - statusRank(b))) {
        const { file, writer } = byStatus.get(status)!
        await writer.close()
        await pipeline(createReadStream(file), createWriteStream(target, { flags: 'a' }))
      }
      return target
    },
    async close() {
      if (folder) await rm(await folder, { recursive: true, force: true })
    }
  }
}

/** By what the claim is about, then its id, as the claims file orders claims of one status; the key keeps claims of one id apart. */
function compareFacts(a: KeyedFact, b: KeyedFact): number {
  return compare(a.about, b.about) || compare(a.id, b.id) || compare(a.key, b.key)
}

/** Consecutive facts of one key, from facts sorted by `compareFacts`. */
async function* claimGroups(facts: AsyncIterable<KeyedFact>): AsyncGenerator<KeyedFact[]> {
  let group: KeyedFact[] = []
  for await (const fact of facts) {
    if (group.length > 0 && group[0]!.key !== fact.key) {
      yield group
      group = []
    }
    group.push(fact)
  }
  if (group.length > 0) yield group
}

async function* inOrder<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items
}

async function* readFacts(file: string): AsyncGenerator<KeyedFact> {
  for await (const line of readLines(file)) yield fromLine(line)
}

type FactLine = [string, string, Claim['kind'], string, 0 | 1, string | null, number | string | null, 0 | 1, number, string, string, number, string, KeyedFact['support']['lang']]

function toLine(fact: KeyedFact): string {
  const { source, id, line, quote, lang } = fact.support
  const row: FactLine = [fact.key, fact.id, fact.kind, fact.about, fact.periodUnknown ? 1 : 0, fact.view ?? null, fact.value, fact.approx ? 1 : 0, fact.offset, source, id, line, quote, lang]
  return JSON.stringify(row)
}

function fromLine(text: string): KeyedFact {
  const [key, id, kind, about, periodUnknown, view, value, approx, offset, source, factId, line, quote, lang] = JSON.parse(text) as FactLine
  return { key, id, kind, about, periodUnknown: periodUnknown === 1, view: view ?? undefined, value, approx: approx === 1, offset, support: { source, id: factId, line, quote, lang } }
}
