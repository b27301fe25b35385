import type { Context, Match, Produced } from '../../engine/rule.js'
import { isDefinedAcronym, lookupFor } from '../entity/helpers.js'
import { longestAt } from '../entity/gazetteer/index.js'
import { pieces, type Piece } from '../entity/text.js'

/** Characters before an acronym read to tell what it abbreviates. */
const window = 120

/** Two to ten capitals, digits, `&` or `-` between brackets (or before a comma inside them); the brackets stay out of the span. */
export const bracketedAcronym = /(?<=\()\p{Lu}[\p{Lu}\p{N}&-]{1,9}(?=\)|,)/u

/** What the name before an acronym's bracket is, by the words it holds. */
export interface NameHeads {
  /** A head of an agreement in the name: "... Trade Agreement (", "Hiệp định ... (". */
  readonly agreement: RegExp
  /** A head of a body in the name: "... Association (", "Hiệp hội ... (". */
  readonly organization: RegExp
  /** Do the words before the bracket at `open` spell the acronym's letters ("PTT Exploration and Production (PTTEP)")? */
  readonly spelled?: (list: readonly Piece[], open: number, letters: string) => boolean
  /** Is the acronym at `index` a word of a document's title ("Memorandum of Understanding between the ... (PCG) and ...")? */
  readonly inTitle?: (list: readonly Piece[], index: number) => boolean
  /** A thing's head closing the name before the bracket: "... Deforestation Regulation (", a body's name inside it says whose it is. */
  readonly thing?: RegExp
}

/**
 * An acronym's entity: what the gazetteer knows it as ("WTO"); a place when
 * a known place stands right before its bracket ("Khyber-Pakhtunkhwa
 * (KPK)"); an agreement or a body when the name before holds the head of
 * one. After words that name neither ("Weekly Case Fatality Rate (CFR)") it
 * is nothing.
 */
export function acronymAfterName(heads: NameHeads) {
  return (matches: readonly Match[], context: Context): Produced<'acronym'> | undefined => {
    const match = matches[0]!
    // Only the words near the bracket matter: a window keeps each acronym's cost bounded.
    const from = Math.max(0, match.start - window)
    const near = context.text.slice(from, match.end + 1)
    const list = pieces(near)
    const index = list.findIndex((piece) => piece.start === match.start - from)
    if (index < 0 || !isDefinedAcronym(near, list, index) || heads.inTitle?.(list, index)) return undefined
    const name = context.text.slice(match.start, match.end)
    const lookup = lookupFor(context.lang)
    const known = longestAt(lookup, list, index)
    const before = near.slice(0, match.start - from - 1)
    // "Corruption Eradication Commission (KPK)": a body's name defines the letters, whatever place they also abbreviate.
    if (known?.entry.type === 'place' && heads.organization.test(before) && !placeEndsAt(lookup, list, index - 1))
      return { value: { type: 'organization', name } }
    if (known) return { value: { type: known.entry.type, name, canonical: known.entry.canonical } }
    if (heads.thing?.test(before)) return undefined
    if (heads.agreement.test(before)) return { value: { type: 'agreement', name } }
    if (heads.organization.test(before)) return { value: { type: 'organization', name } }
    if (placeEndsAt(lookup, list, index - 1)) return { value: { type: 'place', name } }
    if (heads.spelled?.(list, index - 1, name)) return { value: { type: 'organization', name } }
    return undefined
  }
}

/** Does a known place end right before the bracket at `open` ("Khyber-Pakhtunkhwa (KPK)")? */
function placeEndsAt(lookup: ReturnType<typeof lookupFor>, list: readonly Piece[], open: number): boolean {
  for (let start = Math.max(0, open - 5); start < open; start++) {
    const place = longestAt(lookup, list, start)
    if (place?.to === open && place.entry.type === 'place') return true
  }
  return false
}
