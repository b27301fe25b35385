import { lookupFor } from '../helpers.js'
import { longestAt } from '../gazetteer/index.js'
import { isNameWord } from '../runs.js'
import type { Piece } from '../text.js'
import { honorifics, organizationHeads, portfolios, titleHeads, titleModifiers } from './words.js'

const heads = new Set<string>(titleHeads)
const modifiers = new Set<string>(titleModifiers)
const honorificSet = new Set<string>(honorifics)
const portfolioSet = new Set<string>(portfolios)
const organizationHeadSet = new Set<string>(organizationHeads)
/** How far a complement's name is read for a head word. */
const maxNameWords = 12

/** A title phrase over pieces `from`..`to`: "Deputy Prime Minister", "Minister of Industry and Trade", "Ambassador to Vietnam". */
export interface Title {
  readonly from: number
  readonly to: number
  /** "Dr.", "Mr.": left out of the name but not a role. */
  readonly honorific: boolean
  /** The complement is a name that is not a portfolio ("of the Institute ..."): the piece it starts at. */
  readonly complementAt?: number
}

/** Is the piece where a title may start (a modifier or a head)? */
export function opensTitle(piece: Piece | undefined): boolean {
  return piece !== undefined && (heads.has(piece.text) || modifiers.has(piece.text))
}

/** The title phrase whose head or first modifier is at `index`, if any. */
export function titleAt(list: readonly Piece[], index: number): Title | undefined {
  let at = index
  while (modifiers.has(list[at]?.text ?? '') && !heads.has(list[at]!.text)) at++
  // A modifier may also be a head ("Deputy" alone is not; "Deputy Director" is).
  while (modifiers.has(list[at]?.text ?? '') && heads.has(list[at + 1]?.text ?? '')) at++
  const head = list[at]
  if (!head || !heads.has(head.text)) return undefined
  let to = at + 1
  if (list[to]?.text === '.' && list[to]!.start === head.end) to++
  // "Director General", "Secretary-General", "Consul General".
  if (list[to]?.text === 'General') to++
  else if (/^[-‐]$/u.test(list[to]?.text ?? '') && list[to + 1]?.text === 'General') to += 2
  const honorific = honorificSet.has(head.text) && at === index
  const complement = complementAfter(list, to)
  return complement ? { from: index, to: complement.to, honorific, complementAt: complement.nameAt } : { from: index, to, honorific }
}

/** Does the name starting at `from` hold an organization head ("Karachi Chamber of Commerce", "Asia-Africa Market Department")? */
function headsName(list: readonly Piece[], from: number): boolean {
  for (let index = from; index < list.length && index < from + maxNameWords; index++) {
    const piece = list[index]!
    if (organizationHeadSet.has(piece.text)) return true
    if (!isNameWord(piece) && !/^(?:of|for|and|the|[-–—])$/u.test(piece.text)) return false
  }
  return false
}

/** "of Commerce", "of Industry and Trade", "to Vietnam"; or the start of a named complement ("of the Institute ..."). */
function complementAfter(list: readonly Piece[], from: number): { to: number; nameAt?: number } | undefined {
  if (!/^(?:of|to|for|at)$/u.test(list[from]?.text ?? '')) return undefined
  let at = from + 1
  if (list[at]?.text === 'the') at++
  const place = longestAt(lookupFor('en'), list, at)
  // "Ambassador to Vietnam" ends there; "of the Karachi Chamber of Commerce" goes on as a name.
  if (place?.entry.type === 'place' && !headsName(list, at)) return { to: place.to }
  let to = at
  while (
    portfolioSet.has(list[to]?.text ?? '') ||
    (/^(?:and|&)$/u.test(list[to]?.text ?? '') && portfolioSet.has(list[to + 1]?.text ?? ''))
  )
    to++
  if (to > at) return { to }
  return isNameWord(list[at]) ? { to: at, nameAt: at } : undefined
}
