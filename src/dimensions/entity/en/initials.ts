import { ranks, type Candidate } from '../candidates.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor } from '../helpers.js'
import type { Run } from '../runs.js'
import { isAllCaps, type Piece } from '../text.js'
import { isDictionaryWord } from './dictionary.js'
import { documentHeads, facilityHeads, planHeads, organizationHeadSet } from './words.js'

/**
 * Last words of names of things, plans and laws: "National Energy Transition
 * Roadmap (NETR)" spells no body; a programme may be one ("Benazir Income
 * Support Programme (BISP)" pays out).
 */
const thingHeadSet = new Set<string>([...facilityHeads, ...documentHeads, ...planHeads])

/** A bracketed short form: capitals and digits ("PTTEP", "1MDB") or one capitalized word ("Umno", "Isro"). */
const shortForm = /^(?:[\p{Lu}\p{N}][\p{Lu}\p{N}&]{1,9}|\p{Lu}\p{Ll}{2,5})$/u
/** Letters of a word that an acronym may take from its start: its first, or a run of capitals and digits ("PTT", "1M"). */
const leadingCapitals = /^[\p{Lu}\p{N}]+/u

/**
 * '<name> (<initials>)': a capitalized name whose words' initials spell the
 * bracketed short form after it, with no head word to say what it is
 * ("PTT Exploration and Production (PTTEP)", "Benazir Income Support
 * Programme (BISP)", "Pakistan Tehreek-e-Insaf (PTI)", "United Malays
 * National Organisation (Umno)"): a body, and its short form one too. The
 * longest name that spells it wins; lower-case words may be skipped.
 */
export function spelledBodies(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = []
  for (const run of runs) {
    const open = run.to
    const short = list[open + 1]
    if (list[open]?.text !== '(' || !short || !shortForm.test(short.text) || list[open + 2]?.text !== ')') continue
    for (let from = run.from; from < open - 1; from++) {
      if (!list[from]!.word || !/^[\p{Lu}\p{N}]/u.test(list[from]!.text)) continue
      if (!spells(list.slice(from, open), short.text.toUpperCase()) || !namesBody(list, from, open)) continue
      found.push({ from, to: open, type: 'organization', rank: ranks.grammar, rule: '<name> (<initials>)' })
      // A short form in capitals is the acronym dimension's; a capitalized one ("Umno") no other rule reads.
      if (/\p{Ll}/u.test(short.text))
        found.push({ from: open + 1, to: open + 2, type: 'organization', rank: ranks.grammar, rule: '<name> (<initials>)' })
      break
    }
  }
  return found
}

/** Do the words spell the letters, each capitalized word giving its initial or its leading capitals, others skipped? */
export function spells(words: readonly Piece[], letters: string): boolean {
  const match = (word: number, at: number): boolean => {
    if (word === words.length) return at === letters.length
    const piece = words[word]!
    if (!piece.word || !/^[\p{Lu}\p{N}]/u.test(piece.text)) return match(word + 1, at)
    const lead = piece.text.match(leadingCapitals)![0]
    const longest = Math.max(1, lead.length)
    for (let take = longest; take >= 1; take--) {
      if (piece.text.slice(0, take).toUpperCase() === letters.slice(at, at + take) && match(word + 1, at + take)) return true
    }
    return false
  }
  return letters.length >= 2 && match(0, 0)
}

/**
 * Is the spelled name a body's: no known place ("Azad Jammu and Kashmir
 * (AJK)"), and a head or a proper word in it (a word in capitals or one no
 * English dictionary holds: "PTT", "Benazir", "Tehreek"), not common nouns
 * alone ("Case Fatality Rate (CFR)", "Conference and Exhibition on Indonesia
 * Palm Oil (CEIPO)").
 */
function namesBody(list: readonly Piece[], from: number, to: number): boolean {
  const lookup = lookupFor('en')
  if (thingHeadSet.has(list[to - 1]!.text)) return false
  if (longestAt(lookup, list, from)?.entry.type === 'place' && longestAt(lookup, list, from)!.to >= to) return false
  let proper = false
  for (let at = from; at < to; at++) {
    const piece = list[at]!
    if (!piece.word || !/^[\p{Lu}\p{N}]/u.test(piece.text)) continue
    if (organizationHeadSet.has(piece.text)) return true
    const known = longestAt(lookup, list, at)
    if (known) {
      at = known.to - 1
      continue
    }
    if (isAllCaps(piece.text) || /\p{N}/u.test(piece.text) || !isDictionaryWord(piece.text)) proper = true
  }
  return proper
}

/** Words a spelled name reaches back at most from its bracket. */
const maxSpelledPieces = 12

/** Does a capitalized name ending right before the bracket at `open` spell `letters` ("PTT Exploration and Production (PTTEP")? */
export function spelledBefore(list: readonly Piece[], open: number, letters: string): boolean {
  let from = open
  while (from > 0 && open - from < maxSpelledPieces && isNamePiece(list[from - 1]!)) from--
  for (let start = from; start < open - 1; start++) {
    if (/^[\p{Lu}\p{N}]/u.test(list[start]!.text) && spells(list.slice(start, open), letters.toUpperCase()) && namesBody(list, start, open))
      return true
  }
  return false
}

/** A piece a name may hold: a word (capitalized or a connector) or a hyphen. */
function isNamePiece(piece: Piece): boolean {
  return piece.word || piece.text === '-' || piece.text === '&'
}
