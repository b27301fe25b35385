import { ranks, type Candidate } from '../candidates.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor } from '../helpers.js'
import { isNameWord, type Run } from '../runs.js'
import { isAllCaps, type Piece } from '../text.js'
import { phraseSet } from '../trie.js'
import {
  acronymThingNouns,
  agreementHeads,
  documentHeads,
  facilityHeads,
  forumKinds,
  newsSections,
  heldPredicates,
  leagueDivisions,
  marketIndices,
  meetingHeads,
  planHeads,
  programmeHeads,
  schemeAcronyms,
  shipPrefixes,
  sittingHeads,
  sportsLeagueWords,
  stormHeads,
  thingsAfter,
  venueKinds,
  wardKinds,
  organizationHeadSet
} from './words.js'

const stormSet = phraseSet(stormHeads)
const acronymThingSet = new Set<string>(acronymThingNouns)
const indexSet = phraseSet(marketIndices)
const schemeSet = new Set<string>(schemeAcronyms)
const facilitySet = new Set<string>(facilityHeads)
const thingSet = new Set<string>(thingsAfter)
const sportsWordSet = new Set<string>(sportsLeagueWords)
const divisionSet = new Set<string>(leagueDivisions)
const shipPrefixSet = new Set<string>(shipPrefixes)
const meetingSet = new Set<string>(meetingHeads)
/** Meetings one attends or speaks at: "at the Point Zero Forum". */
const meetingAtSet = new Set<string>([...meetingHeads, 'Forum'])
const sittingSet = new Set<string>(sittingHeads)
const programmeSet = new Set<string>(programmeHeads)
const planSet = new Set<string>(planHeads)
const venueKindSet = new Set<string>(venueKinds)
const wardKindSet = new Set<string>(wardKinds)
const titledDocumentSet = new Set<string>([...agreementHeads, ...programmeHeads])
/** Pieces a document's title runs over at most, from "between" to its subject. */
const maxTitlePieces = 60
const heldSet = phraseSet(heldPredicates)
/** An ordinal before a sitting's name: "14th", "eighth". */
const ordinal =
  /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+tieth)$/iu
const documentSet = new Set<string>(documentHeads)
const forumKindSet = new Set<string>(forumKinds)
const sectionWordSet = new Set<string>(newsSections)
/** A model's code: capitals, or a capitalized word, and digits in one word ("A321neo", "H100", "S24", "Fold6"). */
const modelCode = /^\p{Lu}(?:\p{Lu}{0,2}|\p{Ll}+)\d+\p{Ll}*$/u

/**
 * Names of things that are no person, place or body, claimed so that no
 * other rule reads them as one: '<storm> <name>' ("Typhoon Yagi"),
 * '<name> <facility>' ("Phong Chau Bridge", "SEA Games", "Social Insurance
 * Law", "ASEAN Power Grid"), '<name> project' ("the 6A Binh Chanh project"),
 * '<sport> League' ("AFC Champions League Two", "V.League 1"), '<ship
 * prefix> <name>' ("MV Pacific Harmony"), '<name> <model>' ("Airbus
 * A321neo"), '<organization> House' ("National Assembly House", a
 * building), '<place> <business> Forum' ("Indonesia-Vietnam Business
 * Forum"), a site's section ('<section> News': "Related News", "Latest
 * News"), a tournament's group ('Group <letter>': "Group B"). A body's name
 * inside one of them only says whose it is.
 */
export function nonNames(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = []
  for (const run of runs) {
    const storm = stormSet.longest(list, run.from)
    const last = list[run.to - 1]!.text
    if (storm && storm.to < run.to) found.push({ ...run, type: 'none', rank: ranks.grammar, rule: '<storm> <name>' })
    else if (shipPrefixSet.has(list[run.from]!.text) && run.to - run.from >= 2)
      found.push({ ...run, type: 'none', rank: ranks.framed, rule: '<ship prefix> <name>' })
    else if (isSportsLeague(list, run))
      found.push({ ...run, to: leagueEnd(list, run.to), type: 'none', rank: ranks.framed, rule: '<sport> League' })
    // Above a unit's or a head's reading of the same words: "Mitsubishi Electric Cup" is a tournament.
    else if (facilitySet.has(last) && run.to - run.from >= 2)
      found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: '<name> <facility>' })
    else if (isPlacesForum(list, run)) found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: '<place> <business> Forum' })
    else if (last === 'News' && run.to - run.from >= 2 && list.slice(run.from, run.to - 1).every((piece) => sectionWordSet.has(piece.text)))
      found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: '<section> News' })
    else if (run.to - run.from === 2 && list[run.from]!.text === 'Group' && /^\p{Lu}$/u.test(last))
      found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: 'Group <letter>' })
    else if (last === 'House' && organizationHeadSet.has(list[run.to - 2]?.text ?? '') && run.to - run.from >= 3)
      found.push({ ...run, type: 'none', rank: ranks.framed, rule: '<organization> House' })
    else if (conjunctThing(list, run) > run.from + 1)
      found.push({ from: run.from, to: conjunctThing(list, run), type: 'none', rank: ranks.grammar, rule: '<name> <facility> and' })
    // Above the head's reading of the same words, which would take the body's head for the whole name's.
    else if (meetingSet.has(last) && opensWithBody(list, run))
      found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: '<organization> <meeting>' })
    else if (meetingSet.has(last) && holdsHeadBefore(list, run))
      found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: '<organization head> <meeting>' })
    else if (sittingSet.has(last) && ordinal.test(list[run.from - 1]?.text ?? ''))
      found.push({ ...run, type: 'none', rank: ranks.grammar, rule: '<ordinal> <name> <sitting>' })
    else if (programmeSet.has(last) && run.to - run.from >= 2 && !isKnownBody(list, run))
      found.push({ ...run, type: 'none', rank: ranks.grammar, rule: '<name> Programme' })
    else if (isPlanName(list, run)) found.push({ ...run, type: 'none', rank: ranks.grammar, rule: '<name> Vision' })
    else if (isVenue(list, run)) found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: '<venue> Center' })
    else if (last === 'Unit' && wardKindSet.has(list[run.to - 2]?.text ?? ''))
      found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: '<ward> Unit' })
    else if (meetingAtSet.has(last) && run.to - run.from >= 2 && isAtThe(list, run.from) && !isKnownBody(list, run))
      found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: 'at the <name> Forum' })
    else if (sittingSet.has(last) && heldSet.longest(list, run.to) !== undefined)
      found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: '<name> <sitting> was held' })
    else if (holdsDocumentOn(list, run)) found.push({ ...run, type: 'none', rank: ranks.grammar, rule: '<document> on <name>' })
    else if (modelCode.test(last) && run.to - run.from >= 2)
      found.push({ ...run, type: 'none', rank: ranks.grammar, rule: '<name> <model>' })
    // Above a cue's reading of an acronym: "the SET index".
    else if (thingSet.has(list[run.to]?.text ?? '')) found.push({ ...run, type: 'none', rank: ranks.grammar + 1, rule: '<name> project' })
  }
  return found
}

/**
 * Acronyms and short names of things, no bodies, though a cue before them
 * ("the") reads one: '<acronym> <thing>', an acronym no list holds before a
 * noun of what it names ("the CEPA talks", "the MIHAS showcase", "the KRX
 * trading system", a -ing word between) or a year ("the NIMP 2030"), is a
 * pact, a scheme, a show or a plan; '<market index>', an index named by its
 * short name ("the KLCI and the JCI gained"); '<scheme acronym>', a corridor
 * or an initiative news does not spell ("investment under CPEC"). A plan of a body keeps the
 * body ("the MOIT plan"); "the DOH routine surveillance system" names the
 * body before its own words.
 */
export function acronymThings(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const named = indexSet.longest(list, index)
    if (named && !isNameWord(list[named.to])) {
      found.push({ from: index, to: named.to, type: 'none', rank: ranks.grammar + 1, rule: '<market index>' })
      index = named.to - 1
    } else if (schemeSet.has(list[index]!.text) && !isNameWord(list[index + 1]))
      found.push({ from: index, to: index + 1, type: 'none', rank: ranks.grammar + 1, rule: '<scheme acronym>' })
    else if (namesThingAfter(list, index))
      found.push({ from: index, to: index + 1, type: 'none', rank: ranks.grammar + 1, rule: '<acronym> <thing>' })
  }
  return found
}

function namesThingAfter(list: readonly Piece[], at: number): boolean {
  const acronym = list[at]!
  if (!isAllCaps(acronym.text) || (isNameWord(list[at - 1]) && list[at - 1]!.text !== 'The') || longestAt(lookupFor('en'), list, at))
    return false
  const next = list[at + 1]
  if (next === undefined || next.start !== acronym.end + 1) return false
  if (/^(?:19|20)\d\d$/u.test(next.text)) return true
  const noun = /^\p{Ll}+ing$/u.test(next.text) ? list[at + 2] : next
  return acronymThingSet.has(noun?.text ?? '')
}

/**
 * '<document> between <party> and <party> on <subject>': a capitalized
 * document's title names its parties and its subject ("Memorandum of
 * Understanding between the Philippine Coast Guard (PCG) and the Viet Nam
 * Coast Guard (VCG) on Maritime Cooperation", "Cultural Cooperation Program
 * between ... for the Period of 2024 to 2029"); the bodies inside are the
 * title's words, as a body's name inside an event's is. The title runs to
 * the end of its clause; a lower-case "agreement between" names none.
 */
export function documentTitles(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (!titledDocumentSet.has(list[index]!.text) || list[index + 1]?.text !== 'between') continue
    let end = index + 2
    let and = -1
    let subject = -1
    while (end < list.length && end - index < maxTitlePieces && !/^[;.]$/u.test(list[end]!.text)) {
      const word = list[end]!.text
      if (word === 'and' && and < 0) and = end
      else if ((word === 'on' || word === 'for') && and > 0 && isNameWord(list[end + (list[end + 1]?.text === 'the' ? 2 : 1)]))
        subject = end
      end++
    }
    if (subject < 0) continue
    found.push({ from: index + 1, to: end, type: 'none', rank: ranks.framed, rule: '<document> between <party> and <party> on <subject>' })
    index = end - 1
  }
  return found
}

/** Does a document's title open before `index` in its clause ("Memorandum of Understanding between the ... (PCG)")? */
export function opensDocumentTitle(list: readonly Piece[], index: number): boolean {
  for (let at = index - 1; at > 0 && index - at < maxTitlePieces && !/^[;.]$/u.test(list[at]!.text); at--)
    if (list[at]!.text === 'between' && titledDocumentSet.has(list[at - 1]!.text)) return true
  return false
}

/** Where a thing's name closes a first conjunct ("ASEAN Power Grid and the Digital Economy ..."), or -1. */
function conjunctThing(list: readonly Piece[], run: Run): number {
  for (let index = run.from + 1; index < run.to - 1; index++)
    if (facilitySet.has(list[index]!.text) && list[index + 1]!.text === 'and') return index + 1
  return -1
}

/**
 * A run opening with a body the gazetteer knows, before more words: "ASEAN
 * Summit", "ASEAN-GCC Summit", "ASEAN Business and Investment Summit" are
 * meetings the body holds; "East Asia Summit", a place before its head, is
 * a forum's own name.
 */
function opensWithBody(list: readonly Piece[], run: Run): boolean {
  const hit = longestAt(lookupFor('en'), list, run.from)
  return hit?.entry.type === 'organization' && hit.to < run.to
}

/** "at the" right before the piece at `from`: where something is said or shown. */
function isAtThe(list: readonly Piece[], from: number): boolean {
  return list[from - 1]?.text === 'the' && list[from - 2]?.text.toLowerCase() === 'at'
}

/** "Economic Times Global Business Summit": a body's head word before the meeting's says whose meeting it is. */
function holdsHeadBefore(list: readonly Piece[], run: Run): boolean {
  return list.slice(run.from, run.to - 1).some((piece) => organizationHeadSet.has(piece.text))
}

/**
 * '<venue> Center': a building's kind before "Center" or "Centre" ("National
 * Convention Center", "Saigon Exhibition and Convention Center"), or a known
 * company's brand ("Vincom Center"); "Asian Disaster Preparedness Center"
 * and "Centre for Strategic Studies" are bodies.
 */
function isVenue(list: readonly Piece[], run: Run): boolean {
  const last = list[run.to - 1]!.text
  if ((last !== 'Center' && last !== 'Centre') || run.to - run.from < 2) return false
  if (venueKindSet.has(list[run.to - 2]!.text)) return true
  const brand = longestAt(lookupFor('en'), list, run.from)
  return brand?.entry.type === 'organization' && brand.to === run.to - 1
}

/**
 * '<place> <business> Forum': a forum of business, trade or investment
 * named after the places or the bloc that hold it ("Indonesia-Vietnam
 * Business Forum", "ASEAN Energy Business Forum", "Vietnam Economic
 * Forum") is a meeting, no body; the gazetteer's forums are bodies ("World
 * Economic Forum", "ASEAN Regional Forum").
 */
function isPlacesForum(list: readonly Piece[], run: Run): boolean {
  if (list[run.to - 1]!.text !== 'Forum' || !forumKindSet.has(list[run.to - 2]?.text ?? '') || isKnownBody(list, run)) return false
  const opener = longestAt(lookupFor('en'), list, run.from)
  return opener !== undefined && (opener.entry.type === 'place' || opener.entry.type === 'organization') && opener.to < run.to - 1
}

/**
 * '<name> Vision': a plan's or a vision's name, its head last ("ASEAN Vision
 * 2025", "ASEAN Digital Masterplan 2025") or before its subject ("Master
 * Plan for ASEAN Connectivity"); the bloc in it says whose the plan is. A
 * body's head in the words makes them a body's ("Planning Commission",
 * "Policy Institute") and a known body stays one.
 */
function isPlanName(list: readonly Piece[], run: Run): boolean {
  if (run.to - run.from < 2 || isKnownBody(list, run)) return false
  const words = list.slice(run.from, run.to)
  if (words.some((piece) => organizationHeadSet.has(piece.text))) return false
  return (
    planSet.has(words.at(-1)!.text) ||
    words.some((piece, at) => planSet.has(piece.text) && /^(?:for|of|on)$/u.test(words[at + 1]?.text ?? ''))
  )
}

/** "World Food Programme": the whole run is a body the gazetteer knows. */
function isKnownBody(list: readonly Piece[], run: Run): boolean {
  const hit = longestAt(lookupFor('en'), list, run.from)
  return hit?.entry.type === 'organization' && hit.to >= run.to
}

/** A text of law or policy and its subject after "on" in one run: "Kuala Lumpur Declaration on ASEAN 2045". */
function holdsDocumentOn(list: readonly Piece[], run: Run): boolean {
  for (let index = run.from + 1; index < run.to - 1; index++)
    if (documentSet.has(list[index]!.text) && list[index + 1]!.text === 'on') return true
  return false
}

/**
 * A run holding "League" that names a competition: a word of sport in it
 * ("Champions League"), the league glued to a letter before it
 * ("V.League"), or a division after it ("League 1"). "Pakistan Muslim
 * League" and "Awami League" are parties.
 */
function isSportsLeague(list: readonly Piece[], run: Run): boolean {
  for (let index = run.from; index < run.to; index++) {
    if (list[index]!.text !== 'League') continue
    if (list.slice(run.from, index).some((piece) => sportsWordSet.has(piece.text))) return true
    if (list[index - 1]?.text === '.' && list[index - 1]!.end === list[index]!.start) return true
    if (divisionSet.has(list[index + 1]?.text ?? '')) return true
  }
  return false
}

/** A league's division after its run ("V.League 1"): part of its name. */
function leagueEnd(list: readonly Piece[], to: number): number {
  return divisionSet.has(list[to]?.text ?? '') && list[to]!.start === list[to - 1]!.end + 1 ? to + 1 : to
}
