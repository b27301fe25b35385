import { ranks, type Candidate } from '../candidates.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor } from '../helpers.js'
import { isNameWord } from '../runs.js'
import { isCreditWord } from '../frame/index.js'
import { isAllCaps, type Piece } from '../text.js'
import { isNameLike } from './model.js'
import { organizationHeads } from './words.js'

const organizationHeadSet = new Set<string>(organizationHeads)

/** Month names and their abbreviations, as a dateline gives its date ("Aug 28", "March 30"). */
const month = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)$/u
/** Words a dateline's place has at most. */
const maxPlaceWords = 3

/**
 * '<dateline place>' (and '<dateline place>, <region>' for a second one): where a report was filed, at the start of its first
 * line: "BEIJING, March 30 —", "Bogor, W Java (ANTARA) -", "Hanoi, Aug 28
 * (IANS)", "HA NOI, May 30 (VNS) -", "Sriharikota: India on ...", "HANOI, VIETNAM –"; the agency in
 * brackets after it ("(ANTARA)") is a body. A common word in capitals
 * ("COAL - JAKARTA.") is a section, not a place.
 */
export function datelines(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  const first = placeRun(list, 0)
  if (first === undefined || isCreditWord(list, 0)) return found
  let at = first
  let second: number | undefined
  if (list[at]?.text === ',') {
    second = placeRun(list, at + 1)
    if (second !== undefined) at = second
    else if (!month.test(list[at + 1]?.text ?? '')) return found
  }
  // "HA NOI, May 30 (VNS) -": the agency may follow the date.
  const agency = bracketedAgency(list, at) ?? (second === undefined ? bracketedAgency(list, dateEnd(list, at)) : undefined)
  const next = list[agency ?? at]
  const closes =
    next !== undefined && (/^[-–—:]$/u.test(next.text) || agency !== undefined || (second === undefined && list[at]?.text === ','))
  // "Vietnam–Pakistan trade": a dash glued to the name joins names, it closes no dateline.
  if (!closes || (/^[-–—]$/u.test(next.text) && next.start === list[at - 1]!.end)) return found
  if (next.text === ':' && !isAllCaps(list[0]!.text) && !isNameLike(list[0]!.text)) return found
  if (/^[-–—]$/u.test(next.text) && agency === undefined && !isAllCaps(list[0]!.text) && !longestAt(lookupFor('en'), list, 0)) return found
  if (!isPlaceLike(list, 0, first)) return found
  if (isHeadlineSource(list, first, next)) {
    found.push({ from: 0, to: first, type: 'organization', rank: ranks.framed, rule: '<acronym>: <headline>' })
    return found
  }
  found.push({ from: 0, to: first, type: 'place', rank: ranks.framed, rule: '<dateline place>' })
  if (second !== undefined && isPlaceLike(list, first + 1, second)) {
    found.push({ from: first + 1, to: second, type: 'place', rank: ranks.framed, rule: '<dateline place>, <region>' })
  }
  // A known agency is the gazetteer's and the acronym dimension's ("(VNA)").
  if (agency !== undefined && !longestAt(lookupFor('en'), list, agency - 2))
    found.push({ from: agency - 2, to: agency - 1, type: 'organization', rank: ranks.framed, rule: '<dateline place> (<agency>)' })
  return found
}

/** Letters of an acronym at most that a headline opens with before a colon. */
const maxSourceLetters = 4

/**
 * '<acronym>: <headline>': a short acronym no list knows before a colon
 * opening the text ("MIDA: RM190 billion approved ...") is the body the
 * headline quotes; a place's name in capitals is longer ("DHAKA:",
 * "SRIHARIKOTA:") or known.
 */
function isHeadlineSource(list: readonly Piece[], first: number, next: Piece): boolean {
  const word = list[0]!.text
  return first === 1 && next.text === ':' && isAllCaps(word) && word.length <= maxSourceLetters && !longestAt(lookupFor('en'), list, 0)
}

/** A run of one to three capitalized words at `from`: the piece after it. */
function placeRun(list: readonly Piece[], from: number): number | undefined {
  let to = from
  while (to - from < maxPlaceWords && isNameWord(list[to]) && !month.test(list[to]!.text)) to++
  return to > from ? to : undefined
}

/** After ', <month> <day>' at `comma` ("May 30"): the piece after the day, or `comma` when no date is there. */
function dateEnd(list: readonly Piece[], comma: number): number {
  return list[comma]?.text === ',' && month.test(list[comma + 1]?.text ?? '') && /^\d{1,2}$/u.test(list[comma + 2]?.text ?? '')
    ? comma + 3
    : comma
}

/** "(ANTARA)" right after the place: the piece after the bracket. */
function bracketedAgency(list: readonly Piece[], at: number): number | undefined {
  if (list[at]?.text !== '(' || !isAllCaps(list[at + 1]?.text ?? '') || list[at + 2]?.text !== ')') return undefined
  return at + 3
}

/** A known place, or words no lexicon knows, or capitals. */
function isPlaceLike(list: readonly Piece[], from: number, to: number): boolean {
  const known = longestAt(lookupFor('en'), list, from)
  if (known && known.entry.type !== 'place') return false
  // "Siam Cement Group (SCG) expects ...", "Malaysia Airlines (MAS) said ...": a body's head word makes the words a body, no place.
  if (list.slice(from, to).some((piece) => organizationHeadSet.has(piece.text))) return false
  // "Vietnam Electricity (EVN) said ...": a known place opening more words is only part of a name.
  if (known) return list.slice(known.to, to).every((piece) => isNameLike(piece.text) || piece.text.length === 1)
  // "COAL - JAKARTA.": a section's word in capitals is known to the lexicon; a place is not.
  return list.slice(from, to).every((piece) => isNameLike(piece.text) || piece.text.length === 1)
}
