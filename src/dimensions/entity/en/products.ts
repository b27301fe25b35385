import { ranks, type Candidate } from '../candidates.js'
import { companies } from '../gazetteer/companies.js'
import { longestAt } from '../gazetteer/index.js'
import { isIntercapped } from '../brands.js'
import { lookupFor } from '../helpers.js'
import { spacedBefore, type Piece } from '../text.js'
import { productWords } from './words.js'

const companyNames = new Set(companies.map((entry) => entry.canonical))
const productSet = new Set<string>(productWords)
/** A word glued of a brand and a product's word: "GrabFood", "ShopeePay". */
const gluedProduct = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u

/**
 * '<company> <product>': a known company's brand before a word for a kind
 * of product, service or outlet names the thing, not a body ("Google Maps",
 * "Apple Pay", "FPT Play", "Aeon Mall", "TikTok Shop") or before a model's
 * number ("Boeing 737"), and so does the brand glued to
 * such a word ("GrabFood"); the brand inside only says whose the thing
 * is. A unit's word makes a body ("Samsung Electronics", "Google Cloud").
 */
export function brandProducts(list: readonly Piece[]): Candidate[] {
  const lookup = lookupFor('en')
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const piece = list[index]!
    const glued = piece.word ? gluedProduct.exec(piece.text) : null
    if (glued && companyNames.has(glued[1]!) && productSet.has(glued[2]!)) {
      found.push({ from: index, to: index + 1, type: 'none', rank: ranks.grammar + 1, rule: '<company><product>' })
      continue
    }
    const hit = longestAt(lookup, list, index)
    const known = hit?.entry.type === 'organization' && companyNames.has(hit.entry.canonical)
    // A brand no list holds is read by its shape: "TikTok Shop".
    const to = known ? hit.to : isIntercapped(piece) && !hit ? index + 1 : -1
    // "Boeing 737 MAX": a maker's model number.
    const product = productSet.has(list[to]?.text ?? '') || (known && /^\d{3}$/u.test(list[to]?.text ?? ''))
    if (to < 0 || !product || !spacedBefore(list, to)) continue
    found.push({ from: index, to: to + 1, type: 'none', rank: ranks.grammar + 1, rule: '<company> <product>' })
    index = to
  }
  return found
}
