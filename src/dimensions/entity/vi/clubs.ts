import { ranks, type Candidate } from '../candidates.js'
import { countries } from '../gazetteer/countries.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor } from '../helpers.js'
import { isNameWord } from '../runs.js'
import type { Piece } from '../text.js'
import { phraseSet } from '../trie.js'
import { isVietnameseSurname } from '../vietnamese-names.js'
import { clubResultsAfter, clubResultsBefore, titles } from './words.js'

const beforeSet = phraseSet(clubResultsBefore)
const afterSet = phraseSet(clubResultsAfter)
const titleSet = phraseSet(titles)
const countryNames = new Set(countries.map((entry) => entry.canonical))
/** A side's goals in a score. */
const goals = /^\d{1,2}$/u
/** Syllables of a club's name at most ("Thép Xanh Nam Định", "Hoàng Anh Gia Lai"). */
const maxSyllables = 5
/** Pieces that end a sentence. */
const sentenceEnd = /^[.!?;]$/u

/**
 * Clubs told by a match's result in their sentence: '<result> <club>' after
 * a word of the result ("thắng 2-0 trước Becamex Bình Dương", "hòa 1-1 với
 * SHB Đà Nẵng", "thắng Quảng Nam 3-1") and '<club> <result>' before one
 * ("Thanh Hóa thắng ...", "Hải Phòng chia điểm ..."), in a sentence with a
 * score. A club named after its province is the club there, no place; a
 * country is its national team, read by the rules of places; a person's
 * name (a family name first) is a player. A name so found is the club's
 * wherever else the text writes it alone ("Nam Định giữ ngôi đầu").
 */
export function scoredClubs(list: readonly Piece[]): Candidate[] {
  const cued = new Set<string>()
  const scored = sentencesWithScore(list)
  for (let index = 0; index < list.length; index++) {
    if (!scored[index]) continue
    const before = beforeSet.longest(list, index)
    if (before && !isNameWord(list[index])) {
      const end = clubEnd(list, before.to)
      if (end !== undefined) cued.add(textOf(list, before.to, end))
    }
    if (isNameWord(list[index]) && !isNameWord(list[index - 1])) {
      const end = clubEnd(list, index)
      if (end !== undefined && afterSet.longest(list, end)) cued.add(textOf(list, index, end))
    }
  }
  if (cued.size === 0) return []
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (!isNameWord(list[index]) || isNameWord(list[index - 1])) continue
    const end = runEnd(list, index)
    if (!cued.has(textOf(list, index, end))) continue
    found.push({ from: index, to: end, type: 'organization', rank: ranks.framed, rule: '<result> <club>' })
    index = end - 1
  }
  return found
}

/** Which pieces stand in a sentence holding a score ("2-0", "1-1", "không bàn thắng"). */
function sentencesWithScore(list: readonly Piece[]): boolean[] {
  const marks = new Array<boolean>(list.length).fill(false)
  let from = 0
  for (let index = 0; index <= list.length; index++) {
    if (index < list.length && !sentenceEnd.test(list[index]!.text)) continue
    let scored = false
    for (let at = from; at < index && !scored; at++) scored = isScore(list, at)
    if (scored) marks.fill(true, from, index)
    from = index + 1
  }
  return marks
}

/** A match's score at `at`, its pieces glued ("4-1"), not a date ("ngày 5-1", "5-1-2024"); or "không bàn thắng". */
function isScore(list: readonly Piece[], at: number): boolean {
  const [home, dash, away, after] = [list[at], list[at + 1], list[at + 2], list[at + 3]]
  if (home?.text === 'không' && dash?.text === 'bàn' && away?.text === 'thắng') return true
  if (!home || !dash || !away || !goals.test(home.text) || dash.text !== '-' || !goals.test(away.text)) return false
  if (home.end !== dash.start || dash.end !== away.start) return false
  if (after?.text === '-' && after.start === away.end) return false
  return !/^(?:ngày|Ngày|hôm)$/u.test(list[at - 1]?.text ?? '')
}

/** The end of a club's name at `from`: its capitalized syllables, unless they are a country's or a person's name or a title. */
function clubEnd(list: readonly Piece[], from: number): number | undefined {
  // "HLV Kiatisak thắng ...": a title opens a person's name, no club's.
  if (!isNameWord(list[from]) || isVietnameseSurname(list[from]!.text) || titleSet.longest(list, from)) return undefined
  const end = runEnd(list, from)
  const known = longestAt(lookupFor('vi'), list, from)
  // "trước Công an Hà Nội": one syllable before a lower-case word opens a longer name, which its own rules read.
  if (end - from < 2 && known?.entry.type !== 'organization') return undefined
  if (known?.to === end && known.entry.type === 'place' && countryNames.has(known.entry.canonical)) return undefined
  return end
}

/** The end of the capitalized syllables from `from`, a blank apart. */
function runEnd(list: readonly Piece[], from: number): number {
  let end = from + 1
  while (end - from < maxSyllables && isNameWord(list[end]) && list[end]!.start === list[end - 1]!.end + 1) end++
  return end
}

function textOf(list: readonly Piece[], from: number, to: number): string {
  return list
    .slice(from, to)
    .map((piece) => piece.text)
    .join(' ')
}
