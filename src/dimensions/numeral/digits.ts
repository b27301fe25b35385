import type { Lang } from '../../lang.js'
import { byLanguage } from '../../languages/index.js'

/** How each language writes digits (`LanguageWords.digits`); every language also groups with spaces ("1 000"). */
const separators = byLanguage((words) => words.digits)

/**
 * Abbreviated scales written right after the digits: "10k", "1.2M", "$5bn", "3 tn".
 * Not "G": "5G" and "4G" name networks far more often than billions.
 */
export const suffixScales: Readonly<Record<string, number>> = {
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12
}

/** Spaces that group thousands: a space, a no-break space, a narrow no-break space. */
const spaceGroup = '[ \\u00a0\\u202f]'

/**
 * The source of a regex that reads a number written with digits in `lang`,
 * with capture groups for the number (1) and an attached scale (2). It never
 * starts after a digit, a separator or a hyphen glued to a word ("Covid-19",
 * "G20", "1.2" in "1.2.3"), never ends before a separator and a digit, and
 * every quantifier runs over a class the next item cannot match, so it is linear.
 * A vi dot is a decimal point unless three digits follow it ("10.3", "5.000").
 */
export function digitsSource(lang: Lang): string {
  const { group, decimal } = separators[lang]
  // A comma needs no escape and may not have one under the `u` flag.
  const g = group === '.' ? '\\.' : ','
  const d = decimal === '.' ? '\\.' : ','
  const grouped = `\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?|\\d{1,3}(?:${spaceGroup}\\d{3})+(?:${d}\\d+)?`
  // A dot reads as a decimal point in every language when it cannot group thousands ("10.3"); where it groups them it needs saying.
  const dotDecimal = group === '.' ? '|\\d+\\.(?!\\d{3}(?!\\d))\\d+' : ''
  const plain = `\\d*${d}\\d+|\\d+`
  const suffix = `(?:(${Object.keys(suffixScales)
    .filter((key) => key.length === 1)
    .join('|')})|${spaceGroup}?(bn|mn|tn))?`
  return `(?<![\\p{N}.,]|\\p{L}[-‐–])(${grouped}${dotDecimal}|${plain})${suffix}(?![.,]?\\d)`
}

/** The value of digits matched by `digitsSource(lang)` (without the suffix). */
export function parseDigits(text: string, lang: Lang): number {
  const { group, decimal } = separators[lang]
  let normal = text.replace(/[ \u00a0\u202f]/gu, '')
  const lastDot = normal.lastIndexOf('.')
  const dotIsDecimal = group === '.' && lastDot !== -1 && !/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(normal)
  if (!dotIsDecimal) normal = normal.split(group).join('')
  if (decimal === ',') normal = normal.replace(',', '.')
  return Number(normal)
}

/** The value of a full match of `digitsSource(lang)`: its digits times its attached scale. */
export function digitsValue(match: readonly (string | undefined)[], offset: number, lang: Lang): number {
  const scale = match[offset + 1] ?? match[offset + 2]
  return parseDigits(match[offset]!, lang) * (scale ? suffixScales[scale]! : 1)
}
