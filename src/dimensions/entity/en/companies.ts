import { ranks, type Candidate } from '../candidates.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor } from '../helpers.js'
import type { Run } from '../runs.js'
import { spacedBefore, type Piece } from '../text.js'
import { isDictionaryWord } from './dictionary.js'
import { vietnameseNameEnd } from './people.js'
import { opensTitle } from './titles.js'
import { businessNounsAfterPossessive, businessNounsBefore, businessNounsBeforeOf, organizationHeadSet } from './words.js'

const before = new Set<string>(businessNounsBefore)
const afterPossessive = new Set<string>(businessNounsAfterPossessive)
const beforeOf = new Set<string>(businessNounsBeforeOf)
/** Plurals of the business nouns: "companies", "lenders", "agencies"; "platforms" too. */
const plurals = new Set<string>([...businessNounsBefore.map((noun) => noun.replace(/y$/u, 'ie') + 's'), 'platforms'])
/** Words that open examples after a plural noun: "agencies such as Agoda and Traveloka". */
const exampleOpeners = [['such', 'as'], ['including'], ['like']] as const
/** Words of a company's name at most, when nothing but its context says it is one. */
const maxWords = 4

/**
 * Companies and bodies named by their context, not by a head word: brands
 * like "Vinamilk" or "Foxconn". '<business noun> <name>' ("lender
 * Vietcombank", "carmaker VinFast"), 'shares of <name>' ("shares of
 * Sacombank"), "<name>'s <business noun>" ("Jollibee's net income",
 * "Masan's chief executive"). A known place ("Vietnam's exports") or a
 * Vietnamese person's name is left to its own rules, and a head alone
 * ("The Company's shares", "the Bank's net profit") names no body in
 * particular.
 */
export function cuedCompanies(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = []
  for (const whole of runs) {
    // "Shares of Sabeco" opening a sentence is one capitalized run: the name is after "of".
    const opensWithShares = beforeOf.has(list[whole.from]!.text.toLowerCase()) && list[whole.from + 1]?.text === 'of'
    const run = opensWithShares ? { from: whole.from + 2, to: whole.to } : whole
    if (run.from >= run.to || run.to - run.from > maxWords || opensTitle(list[run.from]) || isOtherName(list, run) || isBareHead(list, run))
      continue
    const previous = list[run.from - 1]?.text ?? ''
    if (before.has(previous)) {
      found.push({ ...run, type: 'organization', rank: ranks.grammar, rule: '<business noun> <name>' })
    } else if (previous === 'of' && beforeOf.has(list[run.from - 2]?.text.toLowerCase() ?? '')) {
      found.push({ ...run, type: 'organization', rank: ranks.grammar, rule: 'shares of <name>' })
    } else if (isPossessive(list, run.to) && afterPossessive.has(list[run.to + 2]?.text ?? '')) {
      found.push({ ...run, type: 'organization', rank: ranks.known - 2, rule: "<name>'s <business noun>" })
    }
  }
  return found
}

/**
 * '<business nouns> such as <name>, <name> and <name>': the examples of a
 * plural business noun are bodies of that kind ("online travel agencies
 * such as Agoda and Traveloka", "lenders including Vietcombank, BIDV and
 * VietinBank"); the list runs on over commas and "and".
 */
export function exampledCompanies(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = []
  let previous: Run | undefined
  for (const run of runs) {
    const listed = previous !== undefined && found.at(-1)?.to === previous.to && joinsList(list, previous.to, run.from)
    if ((listed || opensExamples(list, run.from)) && run.to - run.from <= maxWords && !isOtherName(list, run))
      found.push({ ...run, type: 'organization', rank: ranks.grammar, rule: '<business nouns> such as <name>' })
    previous = run
  }
  return found
}

/** Does "such as", "including" or "like" after a plural business noun end right before `from`? */
function opensExamples(list: readonly Piece[], from: number): boolean {
  return exampleOpeners.some((words) => {
    const at = from - words.length
    return at > 0 && words.every((word, offset) => list[at + offset]?.text === word) && plurals.has(list[at - 1]!.text)
  })
}

/** Only ",", "and" or ", and" between two runs of one list. */
function joinsList(list: readonly Piece[], end: number, from: number): boolean {
  const between = list.slice(end, from).map((piece) => piece.text)
  return between.length > 0 && between.length <= 2 && between.every((word) => word === ',' || word === 'and') && between[0] !== between[1]
}

/** Is the run a known place or body, or a Vietnamese person's name? */
function isOtherName(list: readonly Piece[], run: Run): boolean {
  return longestAt(lookupFor('en'), list, run.from) !== undefined || vietnameseNameEnd(list, run.from) === run.to
}

/** A body's head word alone: "Company", "Bank". */
function isBareHead(list: readonly Piece[], run: Run): boolean {
  return run.to - run.from === 1 && organizationHeadSet.has(list[run.from]!.text)
}

/** "'s" glued to the word before `at`. */
function isPossessive(list: readonly Piece[], at: number): boolean {
  const mark = list[at]
  return mark !== undefined && /^['’]$/u.test(mark.text) && mark.start === list[at - 1]!.end && list[at + 1]?.text === 's'
}

/** Words on each side of a firm's ampersand, at most. */
const maxPartnerWords = 2

/**
 * '<name> & <name>': two capitalized names joined by an ampersand are a
 * firm's ("Pratt & Whitney", "Procter & Gamble", "Baker & McKenzie"). Common
 * words on both sides name a field ("Research & Development"); a known place
 * on either side makes a pair of places ("Trinidad & Tobago").
 */
export function partnerships(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 1; index < list.length - 1; index++) {
    const sign = list[index]!
    if (sign.text !== '&' || sign.start === list[index - 1]!.end || list[index + 1]!.start === sign.end) continue
    let from = index
    while (from > index - maxPartnerWords && isPartnerWord(list[from - 1]) && spacedBefore(list, from)) from--
    let to = index + 1
    while (to < index + 1 + maxPartnerWords && isPartnerWord(list[to]) && (to === index + 1 || spacedBefore(list, to))) to++
    if (from === index || to === index + 1) continue
    const words = [...list.slice(from, index), ...list.slice(index + 1, to)]
    if (words.every((piece) => isDictionaryWord(piece.text)) || isPlaceAt(list, from) || isPlaceAt(list, index + 1)) continue
    found.push({ from, to, type: 'organization', rank: ranks.grammar, rule: '<name> & <name>' })
    index = to - 1
  }
  return found
}

function isPlaceAt(list: readonly Piece[], at: number): boolean {
  return longestAt(lookupFor('en'), list, at)?.entry.type === 'place'
}

function isPartnerWord(piece: Piece | undefined): boolean {
  return piece !== undefined && piece.word && /^\p{Lu}/u.test(piece.text)
}

/** Closing words a company's name takes after a comma: "Ayala Land, Inc.". */
const commaClosers = new Set(['Inc', 'Ltd', 'LLC'])

/**
 * '<name>, Inc.': a capitalized name before a comma and "Inc." is a
 * company, the closing word and its stop part of the name ("Ayala Land,
 * Inc.", "MediaQuest Holdings, Inc.", and in a lead's capitals "AYALA LAND,
 * Inc."). The stop is added with the other abbreviated closers'.
 */
export function incorporated(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = []
  for (const run of runs) {
    const comma = list[run.to]
    if (comma?.text !== ',' || comma.start !== list[run.to - 1]!.end || !commaClosers.has(list[run.to + 1]?.text ?? '')) continue
    let from = run.from
    while (from < run.to - 1 && /^(?:The|the)$/u.test(list[from]!.text)) from++
    if (run.to - from > maxWords) continue
    found.push({ from, to: run.to + 2, type: 'organization', rank: ranks.grammar, rule: '<name>, Inc.' })
  }
  return found
}
