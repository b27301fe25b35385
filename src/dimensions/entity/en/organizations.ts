import { ranks, type Candidate } from '../candidates.js'
import { demonymAt, longestAt } from '../gazetteer/index.js'
import { isDefinedAcronym, lookupFor, startsSentence } from '../helpers.js'
import { isNameWord, type Run } from '../runs.js'
import { isIntercapped } from '../brands.js'
import { isAllCaps, type Piece } from '../text.js'
import { phraseSet } from '../trie.js'
import { isDictionaryWord } from './dictionary.js'
import { isNameSyllable } from './names.js'
import { opensTitle, titleAt } from './titles.js'
import {
  agreementHeads,
  businessNounsBefore,
  businessNounsBeforeOf,
  chambers,
  closingHeads,
  companyClosers,
  documentClosers,
  internalBodies,
  lowerOrganizationHeads,
  portfolios,
  headsAfterOf,
  possessiveHeads,
  stateHeads,
  organizationHeadSet
} from './words.js'

const agreementHeadSet = new Set<string>(agreementHeads)
const closingHeadSet = new Set<string>(closingHeads)
const lowerHeadSet = new Set<string>(lowerOrganizationHeads)
const portfolioSet = new Set<string>(portfolios.map((word) => word.toLowerCase()))
const internalBodySet = phraseSet(internalBodies)
const stateHeadSet = new Set<string>(stateHeads)
const businessNounBeforeSet = new Set<string>(businessNounsBefore)
const possessiveHeadSet = new Set<string>(possessiveHeads)
const chamberSet = new Set<string>(chambers)
const businessNounBeforeOfSet = new Set<string>(businessNounsBeforeOf)
const companyCloserSet = new Set<string>(companyClosers)
const headAfterOfSet = new Set<string>(headsAfterOf)
const documentCloserSet = new Set<string>(documentClosers)

/**
 * '<organization head> of <name>', '<name> <organization head>': a
 * capitalized run holding a head word ("Ministry of Foreign Affairs", "Karachi
 * Chamber of Commerce and Industry", "Vietnam News", "Supreme People's
 * Court"); '<name> Agreement' for a run ending in an agreement's head.
 * The head is the reading's anchor: a person or a title that a stronger
 * rule takes from its edge leaves the rest of the name.
 */
export function namedByHead(text: string, list: readonly Piece[], run: Run): Candidate[] {
  let agreementEnd = -1
  let organizationAt = -1
  for (let index = run.from; index < run.to; index++) {
    const word = list[index]!.text
    if (agreementHeadSet.has(word)) agreementEnd = index + 1
    if (
      organizationAt < 0 &&
      (organizationHeadSet.has(word) || (possessiveHeadSet.has(word) && followsPossessive(list, index))) &&
      !isDefinedAcronym(text, list, index) &&
      !opensWithClosingHead(list, run, index) &&
      !(headAfterOfSet.has(word) && list[index - 1]?.text !== 'of') &&
      !isNameSyllable(list, run.from, index)
    )
      organizationAt = index
  }
  if (agreementEnd > 0) {
    const from = nameStart(list, run.from, agreementEnd - 1)
    if (from >= agreementEnd - 1) return []
    // "ASEAN Trade in Goods Agreement": the name runs on over "in" to the words before; the bloc in it is the pact's word.
    const over = from === run.from ? nameBeforeIn(list, from) : from
    return over < from
      ? [{ from: over, to: agreementEnd, type: 'agreement', rank: ranks.grammar, rule: '<name> in <name> Agreement' }]
      : [{ from, to: agreementEnd, type: 'agreement', rank: ranks.grammar, rule: '<name> Agreement' }]
  }
  if (organizationAt < 0) return []
  // "Board of Directors of Van Thinh Phat Group": the body inside names nothing; the one after "of" does.
  const internal = internalBodySet.longest(list, organizationAt)
  if (internal && list[internal.to]?.text === 'of') {
    return namedByHead(text, list, { from: list[internal.to + 1]?.text === 'the' ? internal.to + 2 : internal.to + 1, to: run.to })
  }
  let from = nameStart(list, run.from, organizationAt)
  const end = nameEnd(list, organizationAt, run.to)
  const to = documentStart(list, organizationAt, end)
  // "World Bank Doing Business Report": the document's words after the body's head name no one.
  const document: Candidate[] =
    to < end ? [{ from: to, to: end, type: 'none', rank: ranks.grammar, rule: '<organization> <document>' }] : []
  // "Indian External Affairs Ministry", "Philippine Department of Agriculture": a demonym before a body of the state is not part of its name;
  // before "National" it is ("Philippine National Police"): the state's own word makes the whole its name.
  const demonymEnd = demonymAt(lookupFor('en'), list, from)
  if (
    demonymEnd !== undefined &&
    list[demonymEnd]?.text !== 'National' &&
    ((demonymEnd < organizationAt && stateHeadSet.has(list[to - 1]!.text)) || isStateHeadAt(list, demonymEnd, organizationAt))
  )
    from = demonymEnd
  // "US Department of Commerce": a country's abbreviation before a body of the state is where the body is, no part of its name.
  else {
    const country = longestAt(lookupFor('en'), list, from)
    if (
      country?.entry.type === 'place' &&
      country.to === organizationAt &&
      isStateHeadAt(list, organizationAt, organizationAt) &&
      isAbbreviation(list, from, country.to)
    )
      from = country.to
  }
  // A bare head ("the Ministry", "The Chamber") names nothing in particular.
  // "Hanoi FC and Viettel FC": the name after "and" is read on its own.
  const rest = isAnd(list[end]) && end + 1 < run.to ? namedByHead(text, list, { from: end + 1, to: run.to }) : []
  if (rest.length === 0 && endsWithPlace(list, end)) rest.push(...pairedWithPlace(list, end, run.to))
  // "State Industries Minister", "Home Affairs Minister": a portfolio before its minister names a title, no body.
  if (to - from < 2 || insideKnownBody(list, from, to) || /^Ministers?$/u.test(list[to]?.text ?? '')) return [...document, ...rest]
  // "Maersk and Mediterranean Shipping Company": the brand before "and" is a body of the same kind.
  const brand: Candidate[] =
    from - 2 >= run.from && isBrandAlone(list, from - 2, from - 1)
      ? [{ from: from - 2, to: from - 1, type: 'organization', rank: ranks.grammar, rule: '<brand> and <organization>' }]
      : []
  return [
    ...brand,
    { from, to, type: 'organization', rank: ranks.grammar, rule: '<organization head> of <name>', anchor: organizationAt },
    ...document,
    ...rest
  ]
}

/**
 * '<organization> <document>': where a body's name ends when its words close
 * with a document's, a plan's or data's ("National Investment Council Annual
 * Report", "Daily Operations Data"): after the last head before them, or
 * `end` when the name closes otherwise.
 */
function documentStart(list: readonly Piece[], head: number, end: number): number {
  if (!documentCloserSet.has(list[end - 1]!.text) || list.slice(head, end).some((piece) => piece.text === 'of')) return end
  let last = head
  for (let index = head + 1; index < end - 1; index++) if (organizationHeadSet.has(list[index]!.text)) last = index
  return last + 1
}

/**
 * Where the capitalized words before an "in" that opens the run at `from`
 * start ("ASEAN-India Trade in Goods Agreement"), or `from` when none stand
 * there: words glued by dashes, with no "the" among them.
 */
function nameBeforeIn(list: readonly Piece[], from: number): number {
  if (list[from - 1]?.text !== 'in' || !isNameWord(list[from - 2])) return from
  let at = from - 2
  while (at > 0 && (isNameWord(list[at - 1]) || isGluedDash(list, at - 1)) && list[at - 1]!.text !== 'The') at--
  // "Under ASEAN Trade in Goods Agreement": a common word opening the sentence is not the name's.
  if (at < from - 2 && startsSentence(list, at) && isDictionaryWord(list[at]!.text)) at++
  return at
}

function isGluedDash(list: readonly Piece[], at: number): boolean {
  const dash = list[at]!
  return /^[-–]$/u.test(dash.text) && list[at - 1]?.end === dash.start && list[at + 1]?.start === dash.end && isNameWord(list[at - 1])
}

/** Capitals and stops only: "US", "U.S.", "UK". */
function isAbbreviation(list: readonly Piece[], from: number, to: number): boolean {
  return list.slice(from, to).every((piece) => /^(?:\p{Lu}+|\.)$/u.test(piece.text))
}

/** A head of the state right after the demonym, its name after "of": "Philippine Department of Agriculture". */
function isStateHeadAt(list: readonly Piece[], at: number, head: number): boolean {
  return at === head && stateHeadSet.has(list[head]!.text) && list[head + 1]?.text === 'of'
}

/** "1Malaysia Development Berhad": a head's reading inside a body the gazetteer knows is left to the gazetteer's longer name. */
function insideKnownBody(list: readonly Piece[], from: number, to: number): boolean {
  // The known name may open with a word no run holds ("1Malaysia").
  for (let at = Math.max(0, from - 3); at <= from; at++) {
    const hit = longestAt(lookupFor('en'), list, at)
    if (hit?.entry.type === 'organization' && hit.to >= to && (at < from || hit.to > to)) return true
  }
  return false
}

/** "'s" glued to the word before `at`: "Attorney-General's Chambers". */
function followsPossessive(list: readonly Piece[], at: number): boolean {
  return list[at - 1]?.text === 's' && /^['’]$/u.test(list[at - 2]?.text ?? '') && list[at - 2]!.start === list[at - 3]?.end
}

/** "United States": a head that only closes a name, with no name word before it in the run. */
function opensWithClosingHead(list: readonly Piece[], run: Run, index: number): boolean {
  return closingHeadSet.has(list[index]!.text) && (index === run.from || !isNameWord(list[index - 1]) || list[index - 1]!.text === 'The')
}

/**
 * Where the name holding the head at `head` starts: after "and the" or after a
 * known name and "and" ("Pakistan and the Ministry of ...", "Grab Vietnam
 * and Be Group") or a brand alone ("Maersk and Mediterranean Shipping
 * Company"), after a title
 * ("Deputy Director of the Institute ..."), never on "the".
 */
function nameStart(list: readonly Piece[], from: number, head: number): number {
  const lookup = lookupFor('en')
  let start = from
  for (let index = from; index < head; index++) {
    if (
      isAnd(list[index]) &&
      (list[index + 1]?.text === 'the' ||
        longestAt(lookup, list, start)?.to === index ||
        endsBody(list, index) ||
        endsWithPlace(list, index) ||
        brandsBoth(list, start, index) ||
        isBrandAndPlace(list, start, index) ||
        isBrandAlone(list, start, index))
    )
      start = index + 1
    const title = opensTitle(list[index]) ? titleAt(list, index) : undefined
    if (title?.complementAt !== undefined && title.complementAt <= head) start = title.complementAt
    // "Stocks on the Ho Chi Minh Stock Exchange": a name before its head starts after a lower-case "the".
    if (list[index]!.text === 'the') start = index + 1
  }
  while (start < head && (list[start]!.text === 'the' || list[start]!.text === 'The')) start++
  // "Contractor Deo Ca Group", "Shares of FPT Corp" opening a sentence: the business noun is no part of the name.
  if (start < head - 1 && startsSentence(list, start)) {
    const word = list[start]!.text.toLowerCase()
    if (businessNounBeforeSet.has(word) && !organizationHeadSet.has(list[start]!.text)) start++
    else if (businessNounBeforeOfSet.has(word) && list[start + 1]?.text === 'of' && start + 2 < head) start += 2
  }
  return start
}

/**
 * Where the name holding the head at `head` ends: before "and the" or "and" a
 * known name ("World Bank and the IMF"), after a head before "and"
 * ("Chulalongkorn University and Mahidol University"), before a title ("State
 * Bank Governor X").
 */
function nameEnd(list: readonly Piece[], head: number, to: number): number {
  let holderTo = -1
  for (let index = head + 1; index < to; index++) {
    if (isHomeAfterCompany(list, index)) return index
    if (
      isAnd(list[index]) &&
      (list[index + 1]?.text === 'the' ||
        longestAt(lookupFor('en'), list, index + 1) ||
        // "Ministry of Trade, Industry and Energy and KOTRA": an acronym after "and" is no portfolio, a second body.
        isAcronymAlone(list, index + 1) ||
        endsBody(list, index) ||
        endsWithPlace(list, index) ||
        closesWithSameHead(list, head, index, to))
    )
      return index
    if (index < holderTo || !opensTitle(list[index])) continue
    // "Ministry of Justice", "Ministry of Law and Justice": a title's word in the portfolios is the body's portfolio.
    const title = titleAt(list, index)
    if (!title || isPortfolioAfter(list, index)) continue
    // "Office of the President", "Office of the Prime Minister": the holder after "of the" names the office.
    if (!isHolderOfOffice(list, index)) return index
    holderTo = title.to
  }
  return numberedUnitEnd(list, to)
}

/** A portfolio's word after "of" or "and" ("of Justice", "Law and Justice"), not a title opening there. */
function isPortfolioAfter(list: readonly Piece[], index: number): boolean {
  const before = list[index - 1]?.text
  return before === 'of' || (isAnd(list[index - 1]) && portfolioSet.has(list[index]!.text.toLowerCase()))
}

/** A title after "of the" in a body's name: the holder the office is named for. */
function isHolderOfOffice(list: readonly Piece[], index: number): boolean {
  return list[index - 1]?.text === 'the' && list[index - 2]?.text === 'of'
}

/** "Project Management Unit 85": a unit's number after its head is part of its name. */
function numberedUnitEnd(list: readonly Piece[], to: number): number {
  const number = list[to]
  // "Unit 1" of a power plant alone is a generator, no body: a name word must come before the head.
  return list[to - 1]?.text === 'Unit' &&
    isNameWord(list[to - 2]) &&
    number !== undefined &&
    /^\d{1,3}$/u.test(number.text) &&
    number.start === list[to - 1]!.end + 1
    ? to + 1
    : to
}

/**
 * '<head> of <name> and <name> <head>': the words after "and" close with the
 * head of the name before it, a second body of the same kind ("University
 * of Tokyo and Keio University"); "Ministry of Industry and Trade" has none.
 */
function closesWithSameHead(list: readonly Piece[], head: number, and: number, to: number): boolean {
  // "University of Science and Technology and Vietnam National University": the last "and" parts the two.
  const laterAnd = list.slice(and + 1, to).some(isAnd)
  return to - and > 2 && !laterAnd && list[to - 1]!.text === list[head]!.text && isNameWord(list[and + 1]) && list[and + 1]!.text !== 'The'
}

/**
 * "SK Group of South Korea", "Marubeni Corporation of Japan": "of" and a
 * place after a company's closing word and its brand say where the company
 * is from; after a common word the place is the name's ("Food Corporation
 * of India").
 */
function isHomeAfterCompany(list: readonly Piece[], of: number): boolean {
  const closer = list[of - 1]
  const brand = list[of - 2]
  if (list[of]?.text !== 'of' || !closer || !companyCloserSet.has(closer.text) || !isNameWord(brand)) return false
  if (isDictionaryWord(brand!.text)) return false
  const place = longestAt(lookupFor('en'), list, list[of + 1]?.text === 'the' ? of + 2 : of + 1)
  return place?.entry.type === 'place'
}

/**
 * Does a body's name end before the "and" at `and`: its word before is a
 * head after a name word or a brand ("Chulalongkorn University and Mahidol
 * University", "CapitaLand Development and Keppel"), not a portfolio
 * ("Ministry of Industry and Trade") nor a bare head ("the Securities and
 * Exchange Commission")?
 */
function endsBody(list: readonly Piece[], and: number): boolean {
  const before = list[and - 1]
  return (
    list[and]?.text === 'and' &&
    before !== undefined &&
    ((organizationHeadSet.has(before.text) && opensConjunct(list[and - 2])) || isIntercapped(before)) &&
    isNameWord(list[and + 1])
  )
}

/**
 * Does a body's name end before the "and" at `and` on the place it is of:
 * a name word, then a place, then "and" and another name ("Bank Negara
 * Malaysia and Maybank", "Universiti Sains Malaysia and Monash University")?
 * A place right after "of" is the body's own ("Ministry of Trade of Laos and
 * Cambodia" keeps none apart).
 */
function endsWithPlace(list: readonly Piece[], and: number): boolean {
  if (list[and]?.text !== 'and' || !opensConjunct(list[and + 1])) return false
  const lookup = lookupFor('en')
  for (let from = Math.max(1, and - 3); from < and; from++) {
    const place = longestAt(lookup, list, from)
    if (place?.entry.type === 'place' && place.to === and) return opensConjunct(list[from - 1])
  }
  return false
}

/**
 * '<organization> and <name> <place>': after a body whose name closes on its
 * place, the words after "and" that close on a place too name a second body
 * of the same make ("Bank Mandiri Indonesia and Astra Indonesia").
 */
function pairedWithPlace(list: readonly Piece[], and: number, to: number): Candidate[] {
  const lookup = lookupFor('en')
  for (let from = and + 2; from < to; from++) {
    const place = longestAt(lookup, list, from)
    if (place?.entry.type !== 'place' || place.to !== to) continue
    const named = list.slice(and + 1, from).every((piece) => isNameWord(piece) && !isDictionaryWord(piece.text))
    return named ? [{ from: and + 1, to, type: 'organization', rank: ranks.grammar, rule: '<organization> and <name> <place>' }] : []
  }
  return []
}

/** "Mahidol University and ...": a name word before the head makes the left conjunct a name; "The Securities and ..." is none. */
function opensConjunct(piece: Piece | undefined): boolean {
  return isNameWord(piece) && piece!.text !== 'The'
}

/** "Masan Consumer and Masan High-Tech Materials": a known body's brand opens both sides of the "and", two names. */
function brandsBoth(list: readonly Piece[], start: number, and: number): boolean {
  const lookup = lookupFor('en')
  return longestAt(lookup, list, start)?.entry.type === 'organization' && longestAt(lookup, list, and + 1)?.entry.type === 'organization'
}

/** "Grab Vietnam and Be Group": a known company's brand and the place it works in close a first name before "and". */
function isBrandAndPlace(list: readonly Piece[], start: number, and: number): boolean {
  const lookup = lookupFor('en')
  const brand = longestAt(lookup, list, start)
  if (brand?.entry.type !== 'organization' || brand.to >= and) return false
  return longestAt(lookup, list, brand.to)?.entry.type === 'place' && longestAt(lookup, list, brand.to)!.to === and
}

/** "Maersk and Mediterranean Shipping Company", "Lilama and General Electric": one word no dictionary holds before "and" is a brand of its own. */
function isBrandAlone(list: readonly Piece[], start: number, and: number): boolean {
  const brand = list[start]!
  return and === start + 1 && list[and]!.text === 'and' && isNameWord(brand) && !isDictionaryWord(brand.text) && !isAllCaps(brand.text)
}

/** An acronym of capitals that no name word follows: "KOTRA", not "ASEAN Secretariat". */
function isAcronymAlone(list: readonly Piece[], at: number): boolean {
  return isAllCaps(list[at]?.text ?? '') && !isNameWord(list[at + 1])
}

function isAnd(piece: Piece | undefined): boolean {
  return piece?.text === 'and' || piece?.text === '&'
}

/**
 * 'ministry of <portfolio>' in lower case: "the ministry of industry and
 * trade", "ministry of finance" name one body; "the ministry" alone does not.
 */
export function lowerCaseBodies(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (!lowerHeadSet.has(list[index]!.text) || list[index + 1]?.text !== 'of') continue
    let to = index + 2
    while (portfolioSet.has(list[to]?.text ?? '') || (isAnd(list[to]) && portfolioSet.has(list[to + 1]?.text ?? ''))) to++
    if (to === index + 2) continue
    found.push({ from: index, to, type: 'organization', rank: ranks.grammar, rule: 'ministry of <portfolio>', anchor: index })
    index = to - 1
  }
  return found
}

/**
 * 'the <chamber>': a legislative chamber named alone ("The Senate will send
 * its recommendations", "the House passed the bill") is one body; "the House
 * of Representatives" is read by its head.
 */
export function chambersAlone(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  return runs
    .filter(
      (run) =>
        run.to - run.from === 1 &&
        chamberSet.has(list[run.from]!.text) &&
        list[run.from - 1]?.text.toLowerCase() === 'the' &&
        list[run.to]?.text !== 'of'
    )
    .map((run) => ({ ...run, type: 'organization' as const, rank: ranks.grammar, rule: 'the <chamber>' }))
}
