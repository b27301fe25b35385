import { createReadStream, createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { textWriter, type TextWriter } from '../io/lines.js'
import { sortedSpill } from '../io/sorted-spill.js'
import { compareText } from '../text/compare.js'
import { compareSupport, keyedFacts, statusRank, type KeyedFact } from './build.js'
import type { ClaimInput } from './input.js'
import { writeClaims } from './stream.js'
import { claimStatuses, type Claim, type ClaimFields } from './types.js'

/** Characters of keyed facts held before they are sorted and set aside on disk: the memory claims take, whatever the batch. */
const defaultPieceChars = 2 * 1024 * 1024
/** Pieces merged at once: a batch of more is merged in rounds, so a run never holds many files open. */
const maxFanIn = 64
/** Characters of one claim's supports and sources held before they are set aside on disk. */
export const defaultClaimChars = 1024 * 1024

/**
 * The claims of a batch built with bounded memory, as an external sort
 * (`sortedSpill`): the keyed facts of all sources are sorted by what their
 * claims are about, so the facts of one claim arrive together and one claim
 * at a time is built, its supports set aside on disk past `claimChars`
 * (`writeClaims`): no claim is held whole, however many mentions it gathers.
 * Claims go to one file per status, joined in the order of the claims file.
 * A batch that fits one piece never touches the disk until the claims are
 * written.
 */
export interface ClaimSpill {
  /** Adds the claim inputs of one source. */
  readonly add: (inputs: readonly ClaimInput[]) => Promise<void>
  /** Writes the claims of everything added, as JSON lines, and gives the file's path (in the spill's folder, until `close`). */
  readonly finish: () => Promise<string>
  /** Removes what the spill wrote. */
  readonly close: () => Promise<void>
}

export function claimSpill(pieceChars = defaultPieceChars, fanIn = maxFanIn, claimChars = defaultClaimChars): ClaimSpill {
  const facts = sortedSpill<KeyedFact>({
    compare: compareFacts,
    toLine,
    fromLine,
    size: (fact) => fact.key.length + 2 * fact.about.length + fact.support.quote.length + 150,
    pieceChars,
    fanIn,
    folderPrefix: 'factline-claims-'
  })
  return {
    add: (inputs) => facts.add(keyedFacts(inputs)),
    async finish() {
      const byStatus = new Map<Claim['status'], { file: string; writer: TextWriter }>()
      for (const status of claimStatuses) {
        const file = await facts.file(`claims-${status}`)
        byStatus.set(status, { file, writer: textWriter(file) })
      }
      let lists = 0
      await writeClaims(facts.sorted(), (status) => byStatus.get(status)!.writer, {
        file: () => facts.file(`claim-list-${lists++}`),
        maxChars: claimChars
      })
      const target = await facts.file('claims.jsonl')
      await writeFile(target, '')
      // Conflicts first: the order `buildClaims` sorts by.
      for (const status of [...claimStatuses].sort((a, b) => statusRank(a) - statusRank(b))) {
        const { file, writer } = byStatus.get(status)!
        await writer.close()
        await pipeline(createReadStream(file), createWriteStream(target, { flags: 'a' }))
      }
      return target
    },
    close: facts.close
  }
}

/** By what the claim is about, then its id, as the claims file orders claims of one status; the key keeps claims of one id apart; within a claim, in the order of its supports. */
function compareFacts(a: KeyedFact, b: KeyedFact): number {
  return compareText(a.about, b.about) || compareText(a.id, b.id) || compareText(a.key, b.key) || compareSupport(a, b)
}

type FactLine = [
  string,
  string,
  Claim['kind'],
  string,
  ClaimFields,
  0 | 1,
  string | null,
  number | string | null,
  0 | 1,
  number,
  string,
  string,
  number,
  string,
  KeyedFact['support']['lang']
]

function toLine(fact: KeyedFact): string {
  const { source, id, line, quote, lang } = fact.support
  const row: FactLine = [
    fact.key,
    fact.id,
    fact.kind,
    fact.about,
    fact.fields,
    fact.periodUnknown ? 1 : 0,
    fact.view ?? null,
    fact.value,
    fact.approx ? 1 : 0,
    fact.offset,
    source,
    id,
    line,
    quote,
    lang
  ]
  return JSON.stringify(row)
}

function fromLine(text: string): KeyedFact {
  const [key, id, kind, about, fields, periodUnknown, view, value, approx, offset, source, factId, line, quote, lang] = JSON.parse(
    text
  ) as FactLine
  return {
    key,
    id,
    kind,
    about,
    fields,
    periodUnknown: periodUnknown === 1,
    view: view ?? undefined,
    value,
    approx: approx === 1,
    offset,
    support: { source, id: factId, line, quote, lang }
  }
}
