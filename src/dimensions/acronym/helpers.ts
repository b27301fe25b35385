import type { Context, Match, Produced } from '../../engine/rule.js'
import { isDefinedAcronym, lookupFor } from '../entity/helpers.js'
import { longestAt } from '../entity/gazetteer/index.js'
import { pieces } from '../entity/text.js'

/** Characters before an acronym read to tell what it abbreviates. */
const window = 120

/** Two to ten capitals, digits or `&` between brackets; the brackets stay out of the span. */
export const bracketedAcronym = /(?<=\()\p{Lu}[\p{Lu}\p{N}&]{1,9}(?=\))/u

/**
 * An acronym's entity: what the gazetteer knows it as ("WTO"), else the kind
 * of name before the bracket: an agreement when that name has an agreement
 * word, an organization otherwise.
 */
export function acronymAfterName(agreementWord: RegExp) {
  return (matches: readonly Match[], context: Context): Produced<'acronym'> | undefined => {
    const match = matches[0]!
    // Only the words near the bracket matter: a window keeps each acronym's cost bounded.
    const from = Math.max(0, match.start - window)
    const near = context.text.slice(from, match.end + 1)
    const list = pieces(near)
    const index = list.findIndex((piece) => piece.start === match.start - from)
    if (index < 0 || !isDefinedAcronym(near, list, index)) return undefined
    const name = context.text.slice(match.start, match.end)
    const known = longestAt(lookupFor(context.lang), list, index)
    if (known) return { value: { type: known.entry.type, name, canonical: known.entry.canonical } }
    const before = near.slice(0, match.start - from)
    return { value: { type: agreementWord.test(before) ? 'agreement' : 'organization', name } }
  }
}
