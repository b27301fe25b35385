import { ranks, type Candidate } from '../candidates.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor, startsSentence } from '../helpers.js'
import { isNameWord, type Run } from '../runs.js'
import type { Piece } from '../text.js'
import { isDictionaryWord } from './dictionary.js'
import { namedByHead } from './organizations.js'
import { vietnameseNameEnd } from './people.js'
import { agreementHeads } from './words.js'

const agreementHeadSet = new Set<string>(agreementHeads)
/** "MoIT", "MoFA", "MoLISA": a ministry's acronym keeps the "o" of "of" in lower case. */
const ministryAcronym = /^Mo[A-Z]{1,5}$/u
/** Memoranda share the shape ("MoU", "MoA", "MoC", "MoI"): letters of a document, no ministry. */
const memoranda = new Set(['MoA', 'MoC', 'MoI'])
/** Words of a short name in brackets, at most ("(PV Power)"). */
const maxShortWords = 3
/** Words after a number that make it a quantity, not a part of a name ("Vinamilk 3 per cent"). */
const quantityAfter =
  /^(?:per|percent|pc|%|million|billion|trillion|thousand|mln|bln|bn|tonnes?|tons?|times|shares?|points?|years?|months?|weeks?|days?)$/u

/**
 * '<known organization> <number>': a known body's brand and a one-digit
 * number after it name one of its numbered units ("Vinafood 2", "Vinaconex
 * 1"); a quantity ("3 per cent") or a longer figure is no part of it.
 */
export function numberedBodies(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  const lookup = lookupFor('en')
  for (let index = 0; index < list.length; index++) {
    const hit = longestAt(lookup, list, index)
    if (hit?.entry.type !== 'organization') continue
    const number = list[hit.to]
    const after = list[hit.to + 1]
    if (
      number === undefined ||
      !/^[1-9]$/u.test(number.text) ||
      number.start !== list[hit.to - 1]!.end + 1 ||
      (after !== undefined && (quantityAfter.test(after.text) || (after.start === number.end && /^[.,:/-]$/u.test(after.text))))
    )
      continue
    found.push({ from: index, to: hit.to + 1, type: 'organization', rank: ranks.known + 1, rule: '<known organization> <number>' })
    index = hit.to
  }
  return found
}

/**
 * '<organization> (<short name>)': one to three capitalized words in
 * brackets right after a body's name are what the text calls it next
 * ("Singapore Telecommunications Ltd (Singtel)", "PetroVietnam Power Corp
 * (PV Power)"). '<name> (<known body>)': the words before
 * a known body's acronym in brackets are its long name when they hold a
 * common word ("Vietnam Electricity (EVN)"); a person's name holds none.
 */
export function bracketedNames(text: string, list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = []
  const lookup = lookupFor('en')
  for (const run of runs) {
    const open = run.to
    const close = closingBracket(list, open)
    if (close === undefined) continue
    const known = longestAt(lookup, list, open + 1)
    if (known?.entry.type === 'organization' && known.to === close && isLongName(list, run)) {
      found.push({ ...run, type: 'organization', rank: ranks.grammar, rule: '<name> (<known body>)' })
    } else if (!known && hasLowerCase(list, open + 1, close) && namedByHead(text, list, run).some((body) => body.to === run.to)) {
      found.push({ from: open + 1, to: close, type: 'organization', rank: ranks.grammar, rule: '<organization> (<short name>)' })
    }
  }
  return found
}

/** The bracket closing one to three capitalized words after the one at `open` ("(Singtel)", "(PV Power)"), or undefined. */
function closingBracket(list: readonly Piece[], open: number): number | undefined {
  if (list[open]?.text !== '(') return undefined
  let at = open + 1
  while (at - open <= maxShortWords && isNameWord(list[at]) && list[at]!.start === list[at - 1]!.end + (at === open + 1 ? 0 : 1)) at++
  return at > open + 1 && list[at]?.text === ')' && list[at]!.start === list[at - 1]!.end ? at : undefined
}

/** Does a word of the bracket hold a lower-case letter (an acronym alone is the acronym dimension's)? */
function hasLowerCase(list: readonly Piece[], from: number, to: number): boolean {
  return list.slice(from, to).some((piece) => /\p{Ll}/u.test(piece.text))
}

/** Two to six words, not a known name nor a Vietnamese person's, one of them a common word ("Electricity"). */
function isLongName(list: readonly Piece[], run: Run): boolean {
  const words = list.slice(run.from, run.to).filter((piece) => piece.word)
  if (words.length < 2 || words.length > 6 || longestAt(lookupFor('en'), list, run.from)?.to === run.to) return false
  if (vietnameseNameEnd(list, run.from) === run.to) return false
  return words.some((piece, at) => isNameWord(piece) && !(at === 0 && startsSentence(list, run.from)) && isDictionaryWord(piece.text))
}

/** '<Mo…> acronym': "MoIT official Tran Thanh Hai", "the MoFA said"; "MoU" is a memorandum's. */
export function ministryAcronyms(list: readonly Piece[]): Candidate[] {
  return list.flatMap((piece, index) =>
    piece.word && ministryAcronym.test(piece.text) && !agreementHeadSet.has(piece.text) && !memoranda.has(piece.text)
      ? [{ from: index, to: index + 1, type: 'organization' as const, rank: ranks.grammar, rule: '<Mo…> acronym' }]
      : []
  )
}
