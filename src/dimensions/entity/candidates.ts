import type { Token } from '../../engine/rule.js'
import type { EntityType } from '../../schema/vocabulary.js'
import { entityToken } from './helpers.js'
import type { Piece } from './text.js'

/**
 * A reading a name rule proposes over pieces `from`..`to` (exclusive). A
 * `none` reading claims words for something that is not a name (a storm, a
 * bridge, an event): it wins its words and reports nothing.
 */
export interface Candidate {
  readonly from: number
  readonly to: number
  readonly type: EntityType | 'none'
  /** How sure the rule is: a title before a name outranks a capital letter alone. */
  readonly rank: number
  /** The rule's name in grammar notation, without the `entity/<lang>/` prefix. */
  readonly rule: string
  readonly role?: string
  readonly canonical?: string
  /** The piece the reading cannot lose (an organization's head): a trimmed reading keeps it or is dropped. */
  readonly anchor?: number
}

/** How sure each kind of evidence is; the strongest reading of a word wins it. */
export const ranks = {
  /** A title, a cue or a place in the text's frame (dateline, credit, byline) says what follows. */
  framed: 40,
  /** A list or a rule of the language's grammar (a head noun, a form of state). */
  grammar: 30,
  /** A name the gazetteer knows. */
  known: 25,
  /** A shape of a name (a family name, an unknown word), with no cue around it. */
  shape: 10,
  /** compromise's reading alone. */
  model: 5
} as const

/** Words a trimmed reading never starts or ends with. */
const loose = /^(?:and|of|the|for|on|và|của|,|-|–|—|&|\(|\))$/u

/**
 * Chooses readings that do not overlap: the highest rank first, then the
 * longest, then the earliest. A weaker reading that overlaps a stronger one
 * keeps what is left of it on the side of its anchor ("Quốc hội Nguyễn Thị
 * Kim Ngân" gives "Quốc hội" to the title's person), or is dropped. The
 * order of the input does not matter.
 */
export function choose(candidates: readonly Candidate[], list: readonly Piece[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.rank - a.rank || b.to - b.from - (a.to - a.from) || a.from - b.from || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  )
  const owner = new Int32Array(list.length).fill(-1)
  const kept: Candidate[] = []
  for (const candidate of ordered) {
    const trimmed = trim(candidate, owner, list)
    if (!trimmed) continue
    for (let index = trimmed.from; index < trimmed.to; index++) owner[index] = kept.length
    kept.push(trimmed)
  }
  return kept.filter((candidate) => candidate.type !== 'none').sort((a, b) => a.from - b.from)
}

/** The part of a reading left by the readings kept before it, or undefined when that is not a name. */
function trim(candidate: Candidate, owner: Int32Array, list: readonly Piece[]): Candidate | undefined {
  let { from, to } = candidate
  let free = true
  for (let index = from; index < to; index++) if (owner[index] !== -1) free = false
  if (free) return candidate
  if (candidate.type === 'none') return undefined
  const anchor = candidate.anchor
  if (anchor === undefined || owner[anchor] !== -1) return undefined
  while (from < anchor && owner.slice(from, anchor).some((value) => value !== -1)) from++
  while (to > anchor + 1 && owner.slice(anchor + 1, to).some((value) => value !== -1)) to--
  while (from < anchor && loose.test(list[from]!.text)) from++
  while (to > anchor + 1 && loose.test(list[to - 1]!.text)) to--
  if (!list.slice(from, to).some((piece) => piece.word)) return undefined
  return { ...candidate, from, to }
}

/** The tokens of the chosen readings. */
export function toTokens(text: string, list: readonly Piece[], chosen: readonly Candidate[], lang: string): Token<'entity'>[] {
  return chosen.map((candidate) =>
    entityToken(
      text,
      list,
      candidate.from,
      candidate.to,
      {
        type: candidate.type as EntityType,
        ...(candidate.role ? { role: candidate.role } : {}),
        ...(candidate.canonical ? { canonical: candidate.canonical } : {})
      },
      `entity/${lang}/${candidate.rule}`
    )
  )
}
