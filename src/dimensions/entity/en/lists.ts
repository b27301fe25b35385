import type { Piece } from '../text.js'
import { portfolios, organizationHeadSet } from './words.js'

const portfolioSet = new Set<string>(portfolios)
/** A capitalized word shaped like an adjective ("Atmospheric", "Geophysical"). */
const adjective = /^\p{Lu}\p{Ll}+(?:al|ic|ive|ary)$/u
/** Words between a list's last adjective and the head it names at most ("Astronomical Services Administration"). */
const maxWordsToHead = 3

/**
 * Does the comma at `comma` part the items of a list inside one name?
 * '<head> of <portfolio>, <portfolio> and <portfolio>' ("Ministry of
 * Agriculture, Forestry and Fisheries", "Minister of Culture, Sports and
 * Tourism") and '<adjective>, <adjective> and <adjective> ... <head>'
 * ("Philippine Atmospheric, Geophysical and Astronomical Services
 * Administration"), and after "on" before the noun they qualify ("Joint
 * Committee on Economic, Scientific and Technical Cooperation"), are one
 * name; "Vietcombank, Techcombank and MB" are three.
 */
export function listInName(list: readonly Piece[], comma: number): boolean {
  return portfolioList(list, comma) || adjectiveList(list, comma)
}

function isPortfolio(piece: Piece | undefined): boolean {
  return piece !== undefined && portfolioSet.has(piece.text)
}

function isAdjective(piece: Piece | undefined): boolean {
  return piece !== undefined && adjective.test(piece.text)
}

/** Portfolios back to "of" before the comma, and portfolios after it up to "and <portfolio>". */
function portfolioList(list: readonly Piece[], comma: number): boolean {
  let at = comma - 1
  if (!isPortfolio(list[at])) return false
  while (at >= 0 && (isPortfolio(list[at]) || list[at]!.text === ',')) at--
  return list[at]?.text === 'of' && listEnd(list, comma, isPortfolio) !== undefined
}

/** Adjectives on both sides of the comma, and a head within a few words after the last. */
function adjectiveList(list: readonly Piece[], comma: number): boolean {
  if (!isAdjective(list[comma - 1])) return false
  const end = listEnd(list, comma, isAdjective)
  if (end === undefined) return false
  for (let at = end; at < end + maxWordsToHead && list[at]?.word; at++) if (organizationHeadSet.has(list[at]!.text)) return true
  // "Joint Committee on Economic, Scientific and Technical Cooperation": the adjectives after "on" qualify the noun that closes the name.
  let first = comma - 1
  while (isAdjective(list[first - 1])) first--
  return /^(?:on|for|of)$/u.test(list[first - 1]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(list[end]?.text ?? '')
}

/** After ', <item>'* then '(,) and <item>': the piece after the last item, if the list closes so. */
function listEnd(list: readonly Piece[], comma: number, isItem: (piece: Piece | undefined) => boolean): number | undefined {
  let at = comma
  const item = (from: number): number => {
    let to = from
    while (isItem(list[to])) to++
    return to
  }
  while (list[at]?.text === ',' && isItem(list[at + 1])) {
    const to = item(at + 1)
    if (list[to]?.text === 'and') return isItem(list[to + 1]) ? item(to + 1) : undefined
    at = to
  }
  if (list[at]?.text === ',' && list[at + 1]?.text === 'and' && isItem(list[at + 2])) return item(at + 2)
  return undefined
}

/** The piece after the portfolios at `from` ("Industry and Trade", "Culture, Sports and Tourism"): `from` when there is none. */
export function portfoliosEnd(list: readonly Piece[], from: number): number {
  let at = from
  while (
    isPortfolio(list[at]) ||
    (/^(?:and|&)$/u.test(list[at]?.text ?? '') && isPortfolio(list[at + 1])) ||
    (list[at]?.text === ',' && at > from && portfolioList(list, at))
  )
    at++
  return at
}
