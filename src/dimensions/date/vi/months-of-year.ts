/** Months and halves of a year from its start or end: "9 tháng đầu năm 2024", "3 tháng cuối năm nay", "nửa đầu năm". */
import { dimension, regex, regexOf, rule, tokenOf, type Match } from '../../../engine/rule.js'
import { shifted } from '../helpers.js'
import { isOneYear, monthsOfYear } from '../rules.js'

/** A count of months that can open a year: 1 to 11. */
const monthCount = dimension(
  'numeral',
  (token) => Number.isInteger(token.value.value) && token.value.value >= 1 && token.value.value <= 11 && !token.value.scale
)

/** "tháng đầu năm", "tháng năm", "tháng cuối của năm" after a count of months, before the year's digits. */
const monthsOfYearDigits = /tháng(?:[ \t]+(?<edge>đầu|cuối))?[ \t]+(?:của[ \t]+)?năm/iu

/** "tháng đầu", "tháng cuối" before a year said in words ("năm nay", "năm ngoái"). */
const monthsOfYearWords = /tháng[ \t]+(?<edge>đầu|cuối)(?:[ \t]+của)?/iu

/** "tháng đầu năm" with no year after it: of the current year. */
const monthsOfThisYear = /tháng[ \t]+(?<edge>đầu|cuối)[ \t]+năm(?![ \t]*(?:\d|nay|này|ngoái|trước|sau|tới|qua))/iu

/** "nửa đầu năm", "nửa cuối năm", "nửa sau năm" (half a year). */
const halfYearDigits = /nửa[ \t]+(?<edge>đầu|cuối|sau)[ \t]+năm/iu

/** "nửa đầu" before a year said in words ("nửa đầu năm nay"). */
const halfYearWords = /nửa[ \t]+(?<edge>đầu|cuối|sau)/iu

const halfYearAlone = /nửa[ \t]+(?<edge>đầu|cuối|sau)[ \t]+năm(?![ \t]*(?:\d|nay|này|ngoái|trước|sau|tới|qua))/iu

function edgeOf(match: Match | undefined): 'first' | 'last' {
  return regexOf(match).named.edge?.toLowerCase() === 'đầu' || regexOf(match).named.edge === undefined ? 'first' : 'last'
}

export const monthsOfYearRules = [
  ...[
    { text: monthsOfYearDigits, name: '<n> tháng đầu|cuối năm <year>' },
    { text: monthsOfYearWords, name: '<n> tháng đầu|cuối <year>' }
  ].map(({ text, name }) =>
    rule({
      name,
      dimension: 'date',
      pattern: [monthCount, regex(text), dimension('date', isOneYear)],
      produce: ([count, words, year]) => monthsOfYear(tokenOf(year, 'date').value, tokenOf(count, 'numeral').value.value, edgeOf(words))
    })
  ),
  rule({
    name: '<n> tháng đầu|cuối năm',
    dimension: 'date',
    pattern: [monthCount, regex(monthsOfThisYear)],
    produce: ([count, words], context) =>
      monthsOfYear(shifted(context, 'year', 0).value, tokenOf(count, 'numeral').value.value, edgeOf(words))
  }),
  ...[
    { text: halfYearDigits, name: 'nửa đầu|cuối|sau năm <year>' },
    { text: halfYearWords, name: 'nửa đầu|cuối|sau <year>' }
  ].map(({ text, name }) =>
    rule({
      name,
      dimension: 'date',
      pattern: [regex(text), dimension('date', isOneYear)],
      produce: ([words, year]) => monthsOfYear(tokenOf(year, 'date').value, 6, edgeOf(words))
    })
  ),
  rule({
    name: 'nửa đầu|cuối|sau năm',
    dimension: 'date',
    pattern: [regex(halfYearAlone)],
    produce: ([words], context) => monthsOfYear(shifted(context, 'year', 0).value, 6, edgeOf(words))
  })
]
