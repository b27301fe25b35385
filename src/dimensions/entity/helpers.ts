import type { Lang } from '../../lang.js'
import type { Context, Match, Produced, Token } from '../../engine/rule.js'
import { ranks, type Candidate } from './candidates.js'
import type { EntityFields } from '../../facts/draft.js'
import type { EntityType } from '../../schema/vocabulary.js'
import { compileLookup, demonymAt, longestAt, type Lookup } from './gazetteer/index.js'
import { isCapitalized, type Piece } from './text.js'
import type { EntityValue } from './types.js'

/** An entity token over pieces `from`..`to` (exclusive) of `text`, named by what it covers. */
export function entityToken(
  text: string,
  list: readonly Piece[],
  from: number,
  to: number,
  value: Omit<EntityValue, 'name'>,
  rule: string
): Token<'entity'> {
  const start = list[from]!.start
  const end = list[to - 1]!.end
  return { kind: 'token', dimension: 'entity', start, end, value: { ...value, name: text.slice(start, end) }, latent: false, rule }
}

/** The record fields of an entity token. */
export function entityFields(value: EntityValue): EntityFields {
  return {
    kind: 'entity',
    type: value.type,
    name: value.name,
    ...(value.role ? { role: value.role } : {}),
    ...(value.canonical ? { canonical: value.canonical } : {})
  }
}

const lookups = new Map<Lang, Lookup>()

/** The gazetteer of a language, compiled on first use and then shared. */
export function lookupFor(lang: Lang): Lookup {
  let lookup = lookups.get(lang)
  if (!lookup) {
    lookup = compileLookup(lang)
    lookups.set(lang, lookup)
  }
  return lookup
}

/** A bracketed acronym: "(SAARC)", "(WTO)"; two to ten capitals, digits or `&`. */
const acronymShape = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}$/u

/**
 * Is the piece an acronym in brackets right after a name ("... Nations
 * (ASEAN)")? Such an acronym is its own kind of token (dimension
 * `acronym`), reported beside the name it abbreviates.
 */
export function isDefinedAcronym(text: string, list: readonly Piece[], index: number): boolean {
  const piece = list[index]
  if (!piece || !acronymShape.test(piece.text) || list[index - 1]?.text !== '(') return false
  // "(BPDP-KS)": parts joined by a dash; "(GSO, Bộ ...)": a comma may close it.
  let end = index + 1
  while (list[end]?.text === '-' && list[end + 1]?.start === list[end]!.end && list[end]!.start === list[end - 1]!.end) end += 2
  if (list[end]?.text !== ')' && list[end]?.text !== ',') return false
  // A name comes before: one of the few words before the bracket is capitalized.
  const before = list.slice(Math.max(0, index - 5), index - 1)
  return (
    before.length > 0 &&
    before[before.length - 1]!.word &&
    before.some((word) => word.word && isCapitalized(word.text)) &&
    !text.slice(before[0]!.start, list[index - 1]!.start).includes('.')
  )
}

/**
 * '<gazetteer name>': places, bodies and agreements the gazetteer knows, with
 * their canonical name. A demonym is skipped unless a longer name starts with
 * it ("Indian Ocean", "Lao Cai"); an ambiguous name counts only alone, never
 * inside a longer capitalized run or at the start of a sentence.
 */
export function gazetteerCandidates(text: string, list: readonly Piece[], lang: Lang): Candidate[] {
  const lookup = lookupFor(lang)
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (index > 0 && isWordJoined(list, index)) continue
    const hit = longestAt(lookup, list, index)
    const demonymEnd = demonymAt(lookup, list, index)
    if (demonymEnd !== undefined && (!hit || hit.to <= demonymEnd)) {
      index = demonymEnd - 1
      continue
    }
    if (!hit || isDefinedAcronym(text, list, index)) continue
    if (
      hit.ambiguous &&
      (inCapitalizedRun(list, hit.from, hit.to) || (startsSentence(list, hit.from) && !lookup.sentenceSafe.has(hit.name)))
    )
      continue
    const type: EntityType = hit.entry.type
    found.push({ from: hit.from, to: hit.to, type, rank: ranks.known, rule: `<gazetteer ${type}>`, canonical: hit.entry.canonical })
    index = hit.to - 1
  }
  return found
}

/** Does the piece continue a word across an apostrophe or a dot: the "s" of "Pakistan’s", the "g" of "e.g"? */
function isWordJoined(list: readonly Piece[], index: number): boolean {
  const previous = list[index - 1]!
  return (
    !previous.word &&
    previous.end === list[index]!.start &&
    /['’.]/u.test(previous.text) &&
    list[index - 2]?.end === previous.start &&
    list[index - 2]!.word
  )
}

function inCapitalizedRun(list: readonly Piece[], from: number, to: number): boolean {
  const capitalWord = (piece: Piece | undefined) => piece !== undefined && piece.word && isCapitalized(piece.text)
  return capitalWord(list[from - 1]) || capitalWord(list[to])
}

/** Is the piece the first word of a sentence (or of the text)? */
export function startsSentence(list: readonly Piece[], index: number): boolean {
  for (let back = index - 1; back >= 0; back--) {
    const piece = list[back]!
    if (piece.word) return false
    if (/[.!?:;…]/u.test(piece.text)) return true
  }
  return true
}

export function isPlace(token: Token<'entity'>): boolean {
  return token.value.type === 'place'
}

/** An agreement named by everything a pattern matched ("Vietnam–Pakistan trade agreement"). */
export function agreementBetween(matches: readonly Match[], context: Context): Produced<'entity'> {
  const name = context.text.slice(matches[0]!.start, matches[matches.length - 1]!.end)
  return { value: { type: 'agreement', name } }
}
