import { lookupFor, startsSentence } from '../helpers.js'
import { longestAt } from '../gazetteer/index.js'
import { isNameWord } from '../runs.js'
import { portfoliosEnd } from './lists.js'
import type { Piece } from '../text.js'
import { phraseSet } from '../trie.js'
import {
  headsAfterChief,
  honorificPhrases,
  lowerTitleHeads,
  lowerTitleModifiers,
  officerFunctions,
  organizationHeads,
  stoppedHonorifics,
  titleHeads,
  titleModifiers
} from './words.js'

const heads = new Set<string>(titleHeads)
const modifiers = new Set<string>(titleModifiers)
const lowerHeads = new Set<string>(lowerTitleHeads)
const lowerModifiers = new Set<string>(lowerTitleModifiers)
const functions = new Set<string>(officerFunctions)
const chiefHeads = new Set<string>(headsAfterChief)
const honorificSet = phraseSet(honorificPhrases)
const stoppedSet = new Set<string>(stoppedHonorifics)
const organizationHeadSet = new Set<string>(organizationHeads)
/** How far a complement's name is read for a head word. */
const maxNameWords = 12

/** A title phrase over pieces `from`..`to`: "Deputy Prime Minister", "Minister of Industry and Trade", "Ambassador to Vietnam". */
export interface Title {
  readonly from: number
  readonly to: number
  /** Written in lower case ("deputy chairman"): a title only before a capitalized name. */
  readonly lower: boolean
  /** The complement is a name that is not a portfolio ("of the Institute ..."): the piece it starts at. */
  readonly complementAt?: number
}

/** Is the piece where a title may start (a modifier or a head, capitalized or not)? */
export function opensTitle(piece: Piece | undefined): boolean {
  return piece !== undefined && (heads.has(piece.text) || modifiers.has(piece.text) || opensLowerTitle(piece))
}

function opensLowerTitle(piece: Piece): boolean {
  return lowerHeads.has(piece.text) || lowerModifiers.has(piece.text) || lowerHeads.has(piece.text.toLowerCase())
}

/** The title phrase whose head or first modifier is at `index`, if any. */
export function titleAt(list: readonly Piece[], index: number): Title | undefined {
  const first = list[index]
  if (!first) return undefined
  const lower = !heads.has(first.text) && !modifiers.has(first.text)
  // "Defender Jay Idzes ...", "Photographer Nick Ut ...": a lower-case title opening a sentence takes a capital.
  const opening = lower && startsSentence(list, index) && lowerHeads.has(first.text.toLowerCase()) ? first : undefined
  const textOf = (piece: Piece) => (piece === opening ? piece.text.toLowerCase() : piece.text)
  const isHead = (piece: Piece | undefined) => piece !== undefined && (lower ? lowerHeads : heads).has(textOf(piece))
  const isModifierAt = (at: number) => {
    const piece = list[at]
    if (piece === undefined) return false
    return (lower ? lowerModifiers : modifiers).has(textOf(piece)) || (at > index && !lower && functions.has(piece.text))
  }
  // "Chief Executive" is a title; "Chief Executive Officer" is one with another head.
  const closesAfterChief = (at: number) =>
    !lower && at > index && list[at - 1]!.text === 'Chief' && chiefHeads.has(list[at]?.text ?? '') && !isHead(list[at + 1])
  let at = index
  while (isModifierAt(at) && !isHead(list[at]) && !closesAfterChief(at)) at++
  // A modifier may also be a head ("Deputy" alone is not; "Deputy Director" is).
  while (isModifierAt(at) && isHead(list[at + 1])) at++
  const head = list[at]
  if (!isHead(head) && !closesAfterChief(at)) return undefined
  let to = at + 1
  if (list[to]?.text === '.' && list[to]!.start === head!.end) to++
  // "Director General", "Secretary-General", "Consul General".
  if (/^general$/iu.test(list[to]?.text ?? '')) to++
  else if (/^[-‐]$/u.test(list[to]?.text ?? '') && /^general$/iu.test(list[to + 1]?.text ?? '')) to += 2
  const complement = complementAfter(list, to)
  return complement ? { from: index, to: complement.to, lower, complementAt: complement.nameAt } : { from: index, to, lower }
}

/**
 * The honorific phrase at `index` ("Dr.", "Datuk Seri", "Dato'", "Tan Sri"):
 * the piece after it, with its dot or apostrophe.
 */
export function honorificEnd(list: readonly Piece[], index: number): number | undefined {
  const found = honorificSet.longest(list, index)
  if (!found || !/^\p{Lu}/u.test(list[index]!.text)) return undefined
  if (stoppedSet.has(list[index]!.text) && !(list[found.to]?.text === '.' && list[found.to]!.start === list[found.to - 1]!.end))
    return undefined
  let to = found.to
  const mark = list[to]
  if (mark && /^[.'’]$/u.test(mark.text) && mark.start === list[to - 1]!.end) to++
  return to
}

/** Honorifics one after the other ("Yang Berhormat Datuk Seri"): the piece after the last. */
export function honorificsEnd(list: readonly Piece[], index: number): number {
  let at = index
  for (let next = honorificEnd(list, at); next !== undefined; next = honorificEnd(list, at)) at = next
  return at
}

/** Does the name starting at `from` hold an organization head ("Karachi Chamber of Commerce", "Asia-Africa Market Department")? */
export function headsName(list: readonly Piece[], from: number): boolean {
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
  const to = portfoliosEnd(list, at)
  // "Deputy Governor for Domestic Marketing": a portfolio that is no name's start.
  if (to > at && !organizationHeadSet.has(list[to]?.text ?? '')) return { to }
  return isNameWord(list[at]) ? { to: at, nameAt: at } : undefined
}
