import type { Context, Token } from '../../engine/rule.js'

/** Digits that read as a year: "2024 figures" is a date, not a count. */
const yearLike = /^(?:1[89]|20)\d{2}$/u
/** The word right before a number, with what precedes it (to tell a sentence start). */
const wordBefore = /(^|[.!?:]\s*|\S\s*)(\p{L}[\p{L}\p{N}]*)[ \t]+$/u
/** A currency symbol right before the number: "$", "€", "US$". */
const currencySignBefore = /\p{Sc}[ \t]*$/u
/** A name made of capitals or with digits: "ARF 17", "ADB 44", "COP 28". */
const acronym = /^(?:\p{Lu}{2,}|\p{L}+\p{N}+)$/u
/** A capitalized word: "Article 5", "Phase 2" name things, unless it opens the sentence. */
const capitalized = /^\p{Lu}/u

/**
 * A number a count can start with: written with digits or with a scale word
 * ("250 million", "ba triệu"), not a year, not the number of a name ("ARF 17")
 * and not after a word of `namingWords` ("lần 2", "khóa 15", "ngày 8").
 */
export function isCountable(
  token: Token<'numeral'>,
  context: Context,
  namingWords: ReadonlySet<string>,
  openers: ReadonlySet<string>,
  wholeOnly = true
): boolean {
  const { value, digits, grain, scale, fraction } = token.value
  if (scale || fraction || value <= 0 || (!digits && grain === undefined)) return false
  // Things are counted whole: "2.1 release" is a version, "2.5 million people" has a scale (as has the low end of "7.5-8 million tonnes").
  if (wholeOnly && !Number.isInteger(value)) return false
  if (yearLike.test(context.text.slice(token.start, token.end))) return false
  const window = context.text.slice(Math.max(0, token.start - 40), token.start)
  // "$520 billion worth" is an amount of money, whatever follows it.
  if (currencySignBefore.test(window)) return false
  const before = wordBefore.exec(window)
  if (!before) return true
  const word = before[2]!
  if (namingWords.has(word.toLowerCase()) || acronym.test(word)) return false
  const opensSentence = before[1] === '' || /[.!?:]/u.test(before[1]!)
  return !capitalized.test(word) || opensSentence || openers.has(word.toLowerCase())
}

/** True when digits follow at once: "11 năm 1972" is part of a date. */
export function datePartFollows(end: number, context: Context): boolean {
  return /^[ \t]*\d/u.test(context.text.slice(end, end + 3))
}
