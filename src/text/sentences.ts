import { langs } from '../lang.js'
import { languageWords } from '../languages/index.js'

export interface Range {
  readonly start: number
  readonly end: number
}

/** The abbreviations of every language: a sentence is split the same way whatever its language. */
const knownAbbreviations = new Set(langs.flatMap((lang) => languageWords[lang].abbreviations))

/**
 * A candidate sentence end: terminal punctuation, closing quotes or brackets,
 * then blanks. Whether it really ends a sentence is decided by what stands
 * before and after it.
 */
const candidateEnd = /[.!?…]+["'”’)\]]*[ \t\u00a0]+/gu

/** What a new sentence starts with: a capital, a digit, an opening quote or bracket. */
const sentenceStart = /^["'“‘([]?[\p{Lu}\p{N}]/u

/** The word before a period, with inner periods ("Ph.D", "U.S", "TP.HCM"). */
const wordBefore = /[\p{L}\p{N}.]+$/u

/**
 * Splits a block into sentences. A period after an abbreviation ("Nov.",
 * "Ph.D.", "U.S.", "TP.HCM") or an initial ("M. Usman") does not end a
 * sentence; decimals ("10.3", "522,4") never contain a blank so never split.
 */
export function splitSentences(text: string, start: number, end: number): Range[] {
  const ranges: Range[] = []
  let from = start
  candidateEnd.lastIndex = start
  const slice = text.slice(0, end)
  let match: RegExpExecArray | null
  while ((match = candidateEnd.exec(slice)) !== null) {
    const next = match.index + match[0].length
    if (next >= end) break
    if (!sentenceStart.test(text.slice(next, next + 2))) continue
    if (match[0].startsWith('.') && !endsSentence(text.slice(from, match.index))) continue
    ranges.push(trimmed(text, from, match.index + match[0].trimEnd().length))
    from = next
  }
  ranges.push(trimmed(text, from, end))
  return ranges.filter((range) => range.end > range.start)
}

function endsSentence(before: string): boolean {
  const word = wordBefore.exec(before)?.[0]
  if (!word) return true
  const lower = word.toLowerCase()
  if (knownAbbreviations.has(lower)) return false
  // An initial: one capital letter ("M." in "Sahibzada M. Usman").
  if (/^\p{Lu}$/u.test(word)) return false
  // Dotted acronyms: "U.S", "Ph.D" — a period inside the word.
  return !/^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)
}

function trimmed(text: string, start: number, end: number): Range {
  let from = start
  let to = end
  while (from < to && /\s/u.test(text[from]!)) from++
  while (to > from && /\s/u.test(text[to - 1]!)) to--
  return { start: from, end: to }
}
