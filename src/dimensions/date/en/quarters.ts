/** Quarters, halves and fiscal years ("Q1 2024", "the third quarter", "H1 2024", "the first half of the year", "FY2023", "April-June FY2024"). */
import { dimension, regex, regexOf, rule, tokenOf, type Match, type Token } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { fullYear } from '../digits.js'
import { int, named, phraseKey, interval, laterYear, quarterOfReference, quarter, shifted } from '../helpers.js'
import { fiscalMonths, fiscalStartMonth, fiscalStartOf, isFiscalYear } from '../fiscal-years.js'
import { isOneYear, monthsOfYear, quarterOfYearRule } from '../rules.js'
import { isYearSaidRelatively, monthsOfYearSaid } from '../report-periods.js'
import { monthNumber, months, quarterWords } from './months.js'

/** Fiscal years: "FY23", "FY 2023", "FY2022-23", "fiscal year 2023". */
const fiscalYearText = new RegExp(
  `(?:FY[ \\t]?|fiscal(?:[ \\t]+year)?[ \\t]+)(?<first>${fullYear}|\\d{2})(?:[-–/](?<second>${fullYear}|\\d{2}))?(?![.,]?\\d)`,
  'iu'
)

/** "Q1 2024", "Q3 of 2023", "Q4/2024". */
const quarterShort = new RegExp(`Q(?<quarter>[1-4])(?:[ \\t]+of[ \\t]+|[ \\t]*[/-]?[ \\t]*)(?<year>${fullYear})`, 'iu')

/** "2019Q3", "2019-Q3", "19q3": the year first, glued to its quarter. */
const yearQuarterShort = new RegExp(`(?<year>${fullYear}|\\d{2})-?Q(?<quarter>[1-4])`, 'iu')

/** "the first quarter of 2024", "fourth quarter 2018". */
const quarterText = new RegExp(
  `(?:the[ \\t]+)?(?<quarter>${alternation(Object.keys(quarterWords))})[ \\t]+(?:quarter|qtr)(?:[ \\t]+of)?,?[ \\t]+(?<year>${fullYear})`,
  'iu'
)

/** A quarter before a year said in words: "the first quarter of this year", "the third quarter last year". */
const quarterOfYearWordsText = new RegExp(
  `(?:the[ \\t]+)?(?<quarter>${alternation(Object.keys(quarterWords))})[ \\t]+(?:quarter|qtr)(?:[ \\t]+of)?`,
  'iu'
)

/** A quarter counted from the day of writing: "this quarter", "next quarter", "last qtr". */
const shiftedQuarterText = new RegExp(
  `(?<shift>this|the[ \\t]+current|current|next|the[ \\t]+next|last|the[ \\t]+last|previous|the[ \\t]+previous)[ \\t]+(?:quarter|qtr)`,
  'iu'
)

/** A quarter of the current year: "the third quarter", "2nd qtr". */
const quarterAloneText = new RegExp(
  `(?:the[ \\t]+)?(?<quarter>${alternation(Object.keys(quarterWords))})[ \\t]+(?:quarter|qtr)(?![ \\t]+(?:of[ \\t]+)?\\d)`,
  'iu'
)

/**
 * A fiscal year is named by the year it ends in and starts in the month of
 * the document's country (fiscal-years.ts): FY23 is July 2022 to June 2023
 * in Pakistan, April 2022 to March 2023 in India. A range names its first
 * year: FY2022-23 is the same twelve months.
 */
export const fiscalYear = rule({
  name: 'FY<year>',
  dimension: 'date',
  pattern: [regex(fiscalYearText)],
  produce: ([match], context) => {
    const { first, second } = named(match)
    const year = (digits: string) => (digits.length === 2 ? 2000 + int(digits) : int(digits))
    const start = year(first!)
    const end = second === undefined ? start : second.length === 2 ? laterYear(start, int(second)) : int(second)
    if (second !== undefined && end !== start + 1) return undefined
    const { from, to } = fiscalMonths(end, fiscalStartMonth(context.countries))
    return interval(from, to)
  }
})

export const quarterOfYear = rule({
  name: 'Q<n> <year>',
  dimension: 'date',
  pattern: [regex(quarterShort)],
  produce: ([match]) => quarter(int(named(match).year), int(named(match).quarter))
})

export const yearQuarter = rule({
  name: '<year>Q<n>',
  dimension: 'date',
  pattern: [regex(yearQuarterShort)],
  produce: ([match]) => {
    const { year, quarter: index } = named(match)
    return quarter(year!.length === 2 ? 2000 + int(year) : int(year), int(index))
  }
})

export const quarterOfYearText = quarterOfYearRule('the <ordinal> quarter of <year>', quarterText, quarterWords)

/** "July-March", "Jul-Mar" before a fiscal year: the months of it. */
const monthsOfFiscalText = new RegExp(
  `(?<from>${alternation(Object.keys(months))})\\.?[ \\t]*[-–—][ \\t]*(?<to>${alternation(Object.keys(months))})\\.?(?:[ \\t]+(?:of|in))?`,
  'iu'
)

/**
 * Months of a fiscal year, as Pakistan reports its trade: "July-March FY25"
 * is July 2024 to March 2025, since FY25 runs from July 2024 to June 2025.
 */
export const monthsOfFiscalYear = rule({
  name: '<month>-<month> FY<year>',
  dimension: 'date',
  pattern: [regex(monthsOfFiscalText), dimension('date', isFiscalYear)],
  produce: ([match, fiscal]) => {
    const { from, to } = named(match)
    const [first, last] = [monthNumber(from), monthNumber(to)]
    if (first === undefined || last === undefined) return undefined
    const start = fiscalStartOf(tokenOf(fiscal, 'date'))
    const inFiscal = (month: number) => ({ year: month >= start.month ? start.year : start.year + 1, month })
    return interval(inFiscal(first), inFiscal(last))
  }
})

/** "the first", "the last" before a count of months of a year. */
const monthsEdgeText = /(?:the[ \t]+)?(?<edge>first|opening|last|final)/iu

/** "months of", "quarters of" between the count and the year. */
const monthsOfText = /(?<unit>months|quarters)[ \t]+of/iu

/** "months of the year", "quarters of the year": of the year of writing. */
const monthsOfThisYearText = /(?<unit>months|quarters)[ \t]+of[ \t]+the[ \t]+year/iu

/** "the first half of", "the second half of" before a year. */
const halfOfText = /(?:the[ \t]+)?(?<edge>first|second|last|latter)[ \t]+half[ \t]+of/iu

/** "the first half of the year": of the current year. */
const halfOfThisYear = /(?:the[ \t]+)?(?<edge>first|second|last|latter)[ \t]+half[ \t]+of[ \t]+the[ \t]+year/iu

/** "H1", "1H", "H2" before a year (in capitals: "h1" is a heading). */
const halfShortText = /(?:H(?<h>[12])|(?<hAfter>[12])H)(?:[ \t]*\/)?/u

/** "the first half", "the second half" with no year or game after it: "of the match" is a game's, "first-half" another rule's. */
const halfAloneText = /(?:the[ \t]+)?(?<edge>first|second)[ \t]+half(?![ \t]+of(?![\p{L}])|[\p{L}-])/iu

/** What a sentence that gives a half of the year speaks of, and one on a game's half does not: a report's figures or other periods. */
const reportInSentence =
  /(?<![\p{L}])(?:profits?|revenues?|income|earnings|sales|exports?|imports?|GDP|output|turnover|deficit|surplus|investments?|arrivals|bookings|shipments|margins?|lending|loans|credit|growth|inflation|demand|prices|production|economy|quarter|(?:19|20)\d\d)(?![\p{L}\d])/iu

/** The sentence of the text around `start`..`end`. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, ...['. ', '? ', '! '].map((mark) => text.lastIndexOf(mark, start) + 1))
  const after = text.slice(end).search(/[.!?](?:\s|$)/u)
  return text.slice(from, after === -1 ? text.length : end + after)
}

/** A whole count of months or quarters, not a scale word. */
function wholeCount(token: Token<'numeral'>): boolean {
  return Number.isInteger(token.value.value) && !token.value.scale
}

function halfEdge(match: Match | undefined): 'first' | 'last' {
  const { edge, h, hAfter } = named(match)
  if (edge !== undefined) return ['first', 'opening'].includes(edge.toLowerCase()) ? 'first' : 'last'
  return (h ?? hAfter) === '1' ? 'first' : 'last'
}

export const monthsOfYearCount = rule({
  name: 'the first|last <n> months|quarters of <year>',
  dimension: 'date',
  pattern: [regex(monthsEdgeText), dimension('numeral', wholeCount), regex(monthsOfText), dimension('date', isOneYear)],
  produce: ([edge, count, unit, year]) => monthsOfYear(tokenOf(year, 'date').value, monthsCounted(count, unit), halfEdge(edge))
})

/** Months in a count of months or quarters. */
function monthsCounted(count: Match | undefined, unit: Match | undefined): number {
  return tokenOf(count, 'numeral').value.value * (regexOf(unit).named.unit!.toLowerCase() === 'quarters' ? 3 : 1)
}

export const monthsOfCurrentYearCount = rule({
  name: 'the first|last <n> months|quarters of the year',
  dimension: 'date',
  pattern: [regex(monthsEdgeText), dimension('numeral', wholeCount), regex(monthsOfThisYearText)],
  produce: ([edge, count, unit], context) => monthsOfYear(shifted(context, 'year', 0).value, monthsCounted(count, unit), halfEdge(edge))
})

export const halfOfYear = rule({
  name: 'the first|second half of <year>',
  dimension: 'date',
  pattern: [regex(halfOfText), dimension('date', isOneYear)],
  produce: ([edge, year]) => monthsOfYear(tokenOf(year, 'date').value, 6, halfEdge(edge))
})

export const halfOfCurrentYear = rule({
  name: 'the first|second half of the year',
  dimension: 'date',
  pattern: [regex(halfOfThisYear)],
  produce: ([edge], context) => monthsOfYear(shifted(context, 'year', 0).value, 6, halfEdge(edge))
})

export const halfAlone = rule({
  name: 'the first|second half',
  dimension: 'date',
  pattern: [regex(halfAloneText)],
  produce: ([edge], context) => {
    const { start, end } = regexOf(edge)
    if (!reportInSentence.test(sentenceAround(context.text, start, end))) return undefined
    return monthsOfYear(shifted(context, 'year', 0).value, 6, halfEdge(edge))
  }
})

export const halfShort = rule({
  name: 'H<n> <year>',
  dimension: 'date',
  pattern: [regex(halfShortText), dimension('date', isOneYear)],
  produce: ([edge, year]) => monthsOfYear(tokenOf(year, 'date').value, 6, halfEdge(edge))
})

export const shiftedQuarter = rule({
  name: 'this|next|last quarter',
  dimension: 'date',
  pattern: [regex(shiftedQuarterText)],
  produce: ([match], context) => {
    const word = phraseKey(named(match).shift!).replace(/^the /u, '')
    return shifted(context, 'quarter', word === 'next' ? 1 : word === 'last' || word === 'previous' ? -1 : 0)
  }
})

export const quarterOfYearSaidRelatively = rule({
  name: 'the <ordinal> quarter of this year',
  dimension: 'date',
  pattern: [regex(quarterOfYearWordsText), dimension('date', isYearSaidRelatively)],
  produce: ([match, year]) => {
    const index = quarterWords[named(match).quarter!.toLowerCase()]!
    return monthsOfYearSaid(tokenOf(year, 'date').value, 3 * index - 2, 3 * index)
  }
})

export const quarterAlone = rule({
  name: 'the <ordinal> quarter',
  dimension: 'date',
  pattern: [regex(quarterAloneText)],
  produce: ([match], context) => quarterOfReference(context, quarterWords[named(match).quarter!.toLowerCase()]!)
})
