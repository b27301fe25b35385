import type { Lang } from '../../lang.js'
import { ranks, type Candidate } from './candidates.js'
import { longestAt } from './gazetteer/index.js'
import { lookupFor } from './helpers.js'
import { isNameWord } from './runs.js'
import type { Piece } from './text.js'
import { phraseSet, type PhraseTrie } from './trie.js'

/** Words of the language that make places: forms of state, directions. */
export interface PlaceGrammar {
  /** "Republic of", "Kingdom of"; "Vương quốc", "Cộng hòa xã hội chủ nghĩa". */
  readonly stateForms: PhraseTrie<string>
  /** "Western", "North", "W". */
  readonly directions: ReadonlySet<string>
}

export function placeGrammar(stateForms: readonly string[], directions: readonly string[]): PlaceGrammar {
  return { stateForms: phraseSet(stateForms), directions: new Set(directions) }
}

/**
 * '<form of state> <place>': a country's official long form, whole
 * ("Commonwealth of Australia", "Socialist Republic of Viet Nam", "Vương
 * quốc Thái Lan", "Cộng hòa Liên bang Đức").
 */
export function stateForms(list: readonly Piece[], lang: Lang, grammar: PlaceGrammar): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (!isNameWord(list[index])) continue
    const form = grammar.stateForms.longest(list, index)
    if (!form) continue
    const place = longestAt(lookupFor(lang), list, form.to)
    if (!place || place.entry.type !== 'place') continue
    found.push({
      from: index,
      to: place.to,
      type: 'place',
      rank: ranks.grammar,
      rule: '<form of state> <place>',
      canonical: place.entry.canonical
    })
    index = place.to - 1
  }
  return found
}

/** '<direction> <place>': a part of a known place named by its direction ("Western Pacific", "W Java", "Central Java"). */
export function directedPlaces(list: readonly Piece[], lang: Lang, grammar: PlaceGrammar): Candidate[] {
  const lookup = lookupFor(lang)
  const found: Candidate[] = []
  for (let index = 0; index < list.length - 1; index++) {
    if (!grammar.directions.has(list[index]!.text) || longestAt(lookup, list, index)) continue
    const place = longestAt(lookup, list, index + 1)
    if (!place || place.entry.type !== 'place' || list[index + 1]!.start - list[index]!.end !== 1) continue
    found.push({ from: index, to: place.to, type: 'place', rank: ranks.grammar, rule: '<direction> <place>' })
    index = place.to - 1
  }
  return found
}

/**
 * '<place>, <name> and <place>': a single unknown name listed between two
 * places is one ("Australia, Canada, Columbia, Finland and Spain").
 */
export function listedPlaces(list: readonly Piece[], known: readonly Candidate[], conjunctions: ReadonlySet<string>): Candidate[] {
  const places = new Map(known.filter((candidate) => candidate.type === 'place').map((candidate) => [candidate.from, candidate]))
  const found: Candidate[] = []
  const isSeparator = (piece: Piece | undefined) => piece !== undefined && (piece.text === ',' || conjunctions.has(piece.text))
  for (let index = 0; index < list.length; index++) {
    if (!isNameWord(list[index]) || places.has(index) || isNameWord(list[index + 1]) || isNameWord(list[index - 1])) continue
    if (!isSeparator(list[index - 1]) && !isSeparator(list[index + 1])) continue
    // The neighbours on both sides, across one separator (and "the").
    const before = neighbour(list, index, -1, isSeparator)
    const after = neighbour(list, index, 1, isSeparator)
    const left = before !== undefined ? [...places.values()].find((place) => place.to === before + 1) : undefined
    const right = after !== undefined ? places.get(after) : undefined
    if (!left || !right) continue
    found.push({ from: index, to: index + 1, type: 'place', rank: ranks.shape, rule: '<place>, <name> and <place>' })
  }
  return found
}

function neighbour(
  list: readonly Piece[],
  index: number,
  step: 1 | -1,
  isSeparator: (piece: Piece | undefined) => boolean
): number | undefined {
  let at = index + step
  if (!isSeparator(list[at])) return undefined
  at += step
  if (list[at]?.text === 'the') at += step
  return list[at] ? at : undefined
}
