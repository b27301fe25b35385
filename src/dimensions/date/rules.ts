import { dimension, regex, regexOf, rule, tokenOf, type Match, type Produced, type Rule, type Token } from '../../engine/rule.js'
import type { PeriodPart } from '../../schema/vocabulary.js'
import { alternation } from '../../engine/alternation.js'
import { dateSeparator, dayDigits, fullYear, monthDigits, plausibleYear, rangeDash } from './digits.js'
import {
  int,
  interval,
  laterYear,
  phraseKey,
  point,
  quarter,
  relative,
  shifted,
  spanOf,
  vague,
  yearOfTwoDigits,
  type Unit
} from './helpers.js'
import type { DateGrain, DateValue } from './types.js'

/** How a language orders a date written in digits: "8/11/1972" is 8 November in Vietnamese, 11 August in US English. */
export interface DigitOrder {
  /** Day before month; when false, a first number above 12 still reads as a day ("15/3/2024"). */
  readonly dayFirst: boolean
}

/** Not glued to a number before it: "3.2024" or "1/2024/5" are not dates. */
const notAfterNumber = String.raw`(?<!\d[.,:/-]|[$€£¥₫#])`
/** Not glued to a number after it: "2024.5", "2024%", "2024:30", "2024-03" are not a lone year. */
const notBeforeNumber = String.raw`(?![.,:/-]?\d|[ \t]*%)`

/** A lone year, 1900-2100: "2024", "(2010)", "năm 1999" (the word before is not part of it). */
const loneYear = new RegExp(`${notAfterNumber}(${plausibleYear})${notBeforeNumber}`, 'u')

/** Two years joined by a dash or a slash, the second written whole or as two digits: "2013-2014", "2014 -2016", "2021-22", "2013/14". */
const yearRange = new RegExp(
  `${notAfterNumber}(?<from>${fullYear})(?:${rangeDash}|/)(?:(?<to>${fullYear})|(?<short>\\d{2}))${notBeforeNumber}`,
  'u'
)

/** An ISO 8601 day, or one whose month and day lack their zero: "2024-03-05", "2016-4-7". */
const isoDay = new RegExp(`${notAfterNumber}(?<year>${fullYear})-(?<month>\\d{1,2})-(?<day>\\d{1,2})${notBeforeNumber}`, 'u')

/** A year and its month in digits, ISO 8601 style: "2016-09", "2016/09" (a range of years when the two digits are the next year: "2013-14"). */
const yearMonth = new RegExp(`${notAfterNumber}(?<year>${fullYear})[-/](?<month>0[1-9]|1[0-2])${notBeforeNumber}`, 'u')

/** A month and its year in digits: "3/2004", "10/2000", "(3/2004)" (the brackets are not part of it). */
const monthYear = new RegExp(`${notAfterNumber}(?<month>${monthDigits})/(?<year>${fullYear})${notBeforeNumber}`, 'u')

/** Day, month and year in digits with one separator: "8/11/1972", "08.11.1972", "3-5-2024", and "11/30/81" with a year of two digits after a slash or a dash. */
const numericDay = new RegExp(
  `${notAfterNumber}(?<first>${dayDigits})(?<separator>${dateSeparator})(?<second>${dayDigits})\\k<separator>(?:(?<year>${fullYear})|(?<=\\d[/-])(?<short>\\d{2}))${notBeforeNumber}`,
  'u'
)

function named(match: Match | undefined): Readonly<Record<string, string | undefined>> {
  return regexOf(match).named
}

export const year = rule({
  name: '<year>',
  dimension: 'date',
  pattern: [regex(loneYear)],
  produce: ([match]) => point({ year: int(regexOf(match).groups[1]) })
})

export const yearToYear = rule({
  name: '<year>-<year>',
  dimension: 'date',
  pattern: [regex(yearRange)],
  produce: ([match]) => {
    const { from, to, short } = named(match)
    const first = int(from)
    // Two digits name the next year only: "2021-22" is a fiscal or school year, "2021-03" is a month.
    const last = to === undefined ? laterYear(first, int(short)) : int(to)
    if (to === undefined && last !== first + 1) return undefined
    return interval({ year: first }, { year: last })
  }
})

export const isoDate = rule({
  name: '<yyyy>-<mm>-<dd>',
  dimension: 'date',
  pattern: [regex(isoDay)],
  produce: ([match]) => {
    const { year, month, day } = named(match)
    return point({ year: int(year), month: int(month), day: int(day) })
  }
})

export const yearAndMonth = rule({
  name: '<yyyy>-<mm>',
  dimension: 'date',
  pattern: [regex(yearMonth)],
  produce: ([match]) => {
    const { year, month } = named(match)
    // "2013-14" is two years; "2016-09" can only be a month.
    if (laterYear(int(year), int(month)) === int(year) + 1) return undefined
    return point({ year: int(year), month: int(month) })
  }
})

export const monthOfYear = rule({
  name: '<month>/<year>',
  dimension: 'date',
  pattern: [regex(monthYear)],
  produce: ([match]) => {
    const { month, year } = named(match)
    return point({ year: int(year), month: int(month) })
  }
})

/** The rule for days written in digits, in the language's order. */
function numericDate(order: DigitOrder): Rule<'date'> {
  return rule({
    name: order.dayFirst ? '<day>/<month>/<year>' : '<month>/<day>/<year>',
    dimension: 'date',
    pattern: [regex(numericDay)],
    produce: ([match]) => {
      const { first, second, year, short, separator } = named(match)
      const [a, b] = [int(first), int(second)]
      // Dots are the European and Asian way of writing a day: "11.9.2024" is 11 September even in English
      // (unless the second number is no month: "10.31.1974").
      const dayFirst = order.dayFirst || a > 12 || (separator === '.' && b <= 12)
      const fullYear = year === undefined ? yearOfTwoDigits(int(short)) : int(year)
      return point({ year: fullYear, month: dayFirst ? b : a, day: dayFirst ? a : b })
    }
  })
}

/** The digit rules every language shares, with its order of day and month. */
export function digitRules(order: DigitOrder): Rule<'date'>[] {
  return [year, yearToYear, isoDate, yearAndMonth, monthOfYear, numericDate(order)]
}

/** A phrase naming one period from the day of writing: its unit and how many of them away. */
export type ShiftedPhrases = Readonly<Record<string, { readonly unit: Unit; readonly by: number }>>

/**
 * The phrases of a language's table of periods from the day of writing,
 * written per unit and per count of periods away: `{ year: [[-1, ['last
 * year']]] }` makes "last year" the year before.
 */
export function shiftedPhraseTable(
  table: Partial<Record<Unit, readonly (readonly [by: number, phrases: readonly string[]])[]>>
): ShiftedPhrases {
  return Object.fromEntries(
    Object.entries(table).flatMap(([unit, counts]) =>
      counts.flatMap(([by, phrases]) => phrases.map((phrase) => [phrase, { unit: unit as Unit, by }]))
    )
  )
}

/** What a language says of relative dates: periods counted from the day of writing, and vague ones. */
export interface RelativeWords {
  /** Phrases naming one period from the day of writing: "last year", "năm ngoái". */
  readonly shifted: ShiftedPhrases
  /** Periods with no edges, with the grain they speak in: "the near future", "thời gian tới". */
  readonly vague: Readonly<Record<string, DateGrain>>
  /** Words after a shifted phrase that make it look back at the text, not the day ("năm sau đó"). */
  readonly notFollowedBy?: string
  /** Words after a vague phrase that give it its year, so it needs no day of writing ("cùng kỳ năm 2023", "the same period of 2023"). */
  readonly vagueNotFollowedBy?: string
  /** Rule names in the language's notation. */
  readonly names: { readonly shifted: string; readonly vague: string }
}

/** The rules of a language's relative phrases, read from its word lists. */
export function relativeRules(words: RelativeWords): Rule<'date'>[] {
  const after = words.notFollowedBy ? `(?![ \\t]+(?:${words.notFollowedBy}))` : ''
  const shiftedText = new RegExp(`(${alternation(Object.keys(words.shifted))})${after}`, 'iu')
  const vagueAfter = words.vagueNotFollowedBy ? `(?![ \\t]+(?:${words.vagueNotFollowedBy}))` : ''
  const vagueText = new RegExp(`(${alternation(Object.keys(words.vague))})${vagueAfter}`, 'iu')
  return [
    rule({
      name: words.names.shifted,
      dimension: 'date',
      pattern: [regex(shiftedText)],
      produce: ([match], context) => {
        const { unit, by } = words.shifted[phraseKey(regexOf(match).groups[1]!)]!
        return shifted(context, unit, by)
      }
    }),
    rule({
      name: words.names.vague,
      dimension: 'date',
      pattern: [regex(vagueText)],
      produce: ([match]) => vague(words.vague[phraseKey(regexOf(match).groups[1]!)]!)
    })
  ]
}

/** How a language joins two years into a span. */
export interface YearJoinWords {
  readonly joins: readonly string[]
  /** The word that makes a span only after `between` ("between 2010 and 2020") or, with `inARow`, of two years in a row; otherwise two dates. */
  readonly and: string
  /** Two years in a row joined by `and` are a span ("2013 và 2014" in Vietnamese reports); in English "2018 and 2019" lists two years. */
  readonly inARow: boolean
  /** A regex source of the words before the first year that make `and` a span ("between", "giữa năm"); not part of the quote. */
  readonly between: string
  /** A regex source of a word that may stand before the second year ("năm" in "2010 đến năm 2020"). */
  readonly beforeSecond?: string
}

/** Two years joined by a word: "2013 to 2014", "2010 đến năm 2020", "between 2010 and 2020". */
export function yearsJoined(name: string, words: YearJoinWords): Rule<'date'> {
  const second = words.beforeSecond ? `(?:${words.beforeSecond}[ \\t]+)?` : ''
  const text = new RegExp(
    `(?<from>${fullYear})[ \\t]+(?<join>${alternation(words.joins)})[ \\t]+${second}(?<to>${fullYear})(?![.,/-]?\\d)`,
    'iu'
  )
  const between = new RegExp(`(?:${words.between})[ \\t]+$`, 'iu')
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(text)],
    produce: ([match], context) => {
      const { from, join, to } = named(match)
      const start = regexOf(match).start
      const isSpan =
        join!.toLowerCase() !== words.and ||
        (words.inARow && int(to) === int(from) + 1) ||
        between.test(context.text.slice(Math.max(0, start - 20), start))
      return isSpan ? interval({ year: int(from) }, { year: int(to) }) : undefined
    }
  })
}

/** A date token of one year, resolved or not: "2024", "this year", "năm nay". */
export function isOneYear(token: Token<'date'>): boolean {
  const { value, grain, part } = token.value
  return grain === 'year' && !part && (value === null || /^\d{4}$/u.test(value))
}

/**
 * The first or last `count` months of a year, the periods trade figures are
 * reported for: "6 tháng đầu năm 2024" is 2024-01/2024-06, "the second half
 * of 2023" 2023-07/2023-12, "9 tháng năm 2023" 2023-01/2023-09.
 */
export function monthsOfYear(year: DateValue, count: number, edge: 'first' | 'last'): Produced<'date'> | undefined {
  if (!Number.isInteger(count) || count < 1 || count > 11) return undefined
  const relative = year.relative ? { relative: true as const } : {}
  if (year.value === null) return { value: { value: null, grain: 'month', ...relative } }
  const [from, to] = edge === 'first' ? [1, count] : [13 - count, 12]
  const month = (number: number) => `${year.value}-${String(number).padStart(2, '0')}`
  return { value: { value: from === to ? month(from) : `${month(from)}/${month(to)}`, grain: 'month', ...relative } }
}

/** "year to date", "từ đầu năm đến nay": from the first day of the year of writing to the day of writing. */
export function yearToDateRule(name: string, phrases: readonly string[]): Rule<'date'> {
  const text = new RegExp(`(?:${alternation(phrases)})`, 'iu')
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(text)],
    produce: (_, context) =>
      relative(context, 'day', (reference) =>
        reference.month === 1 && reference.day === 1 ? reference : [{ year: reference.year, month: 1, day: 1 }, reference]
      )
  })
}

/** A date token of one day, resolved or not: "July 13", "ngày 8/11". */
function isOneDay(token: Token<'date'>): boolean {
  const { value, grain, part } = token.value
  return grain === 'day' && !part && !value?.includes('/')
}

/** A day written without its year takes the year of the day that ends its range ("Nov. 8 to Nov. 10, 2025"), or the year before when it would come after that day. */
function withYearOf(first: DateValue, last: DateValue): DateValue {
  if (!first.yearless || last.relative || last.value === null) return first
  const year = Number(last.value.slice(0, 4))
  const pad = (value: number) => String(value).padStart(2, '0')
  const inYear = (value: number) => `${value}-${pad(first.yearless!.month)}-${pad(first.yearless!.day)}`
  return { value: inYear(year) < last.value ? inYear(year) : inYear(year - 1), grain: 'day' }
}

/**
 * Two days joined into a range: "June 3 - June 5", "Nov. 8 to Nov. 10",
 * "từ ngày 8/11 đến ngày 10/11" (the "từ" is not part of it). The first day
 * must come before the second. With `after`, the range holds only after
 * those words: "and" joins a range only in "between 1 January and 17 August".
 */
export function dayRangeRule(name: string, joins: string, after?: string): Rule<'date'> {
  const join = new RegExp(joins, 'iu')
  const lead = after === undefined ? undefined : new RegExp(`(?<![\\p{L}])(?:${after})[ \\t]+$`, 'iu')
  return rule({
    name,
    dimension: 'date',
    pattern: [dimension('date', isOneDay), regex(join), dimension('date', isOneDay)],
    produce: ([from, , to], context) => {
      if (lead && !lead.test(context.text.slice(Math.max(0, from!.start - 20), from!.start))) return undefined
      const last = tokenOf(to, 'date').value
      const first = withYearOf(tokenOf(from, 'date').value, last)
      const relative = first.relative || last.relative ? { relative: true as const } : {}
      if (first.value === null || last.value === null) return { value: { value: null, grain: 'day', ...relative } }
      if (first.value >= last.value) return undefined
      return { value: { value: `${first.value}/${last.value}`, grain: 'day', ...relative } }
    }
  })
}

/** A quarter of a year named by a word or numeral of the language ("the first quarter of 2024", "quý I/2024"): groups `quarter` and `year`. */
export function quarterOfYearRule(name: string, text: RegExp, numbers: Readonly<Record<string, number>>): Rule<'date'> {
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(text)],
    produce: ([match]) => {
      const { quarter: number, year } = named(match)
      const index = numbers[number!.toLowerCase()]
      return index === undefined ? undefined : quarter(int(year), index)
    }
  })
}

/** What a language says of a part of a period: "the end of", "early", "mid-", "cuối". */
export interface PeriodPartWords {
  /** Words before a period ("the end of 2019", "early March", "đầu năm nay") and the part they name. */
  readonly before: Readonly<Record<string, PeriodPart>>
  /** Words that name a part of the current period on their own: "the end of the month", "cuối năm". */
  readonly current: Readonly<Record<string, CurrentPart>>
  /** A regex source of what may come first and belongs to the phrase ("the"). */
  readonly prefix?: string
  /** A regex source of what may stand between the words and the period ("năm" in "cuối năm 2024"). */
  readonly between?: string
  /** Words of `before` a record leaves out of its quote, as annotation leaves out a qualifier: "next year" of "early next year". */
  readonly unquoted?: readonly string[]
  /** Words after the period that make "giữa" mean "between", not "the middle of". */
  readonly notFollowedBy?: string
  /** The language's names of the rules: of a period, of a period with the words `between`, of the current period. */
  readonly names: { readonly period: string; readonly between: string; readonly current: string }
}

/** A part of the current period: "the end of the month" is the end of the reference day's month. */
export interface CurrentPart {
  readonly part: PeriodPart
  readonly unit: Unit
}

/** A date that has parts: a year, a month, a range of them, or a range of days such as a week, resolved or not. */
function hasParts(token: Token<'date'>): boolean {
  const { value, grain, part } = token.value
  if (part) return false
  if (value === null) return grain === 'year' || grain === 'month'
  return grain === 'year' || grain === 'month' || (grain === 'day' && value.includes('/'))
}

/**
 * The rules of a part of a period. The value stays the period's, with its
 * part beside it (as TimeML's START, MID and END): "the end of 2019" is 2019,
 * part `end`, so a figure said for it still meets figures said for 2012.
 */
export function periodPartRules(words: PeriodPartWords): Rule<'date'>[] {
  const beforeSource = `${words.prefix ?? ''}(?<word>${alternation(Object.keys(words.before))})(?:[ \\t]*-)?`
  // With and without the words between: "cuối năm 2024" and "cuối năm nay" ("năm nay" is the period itself).
  const beforeTexts = [beforeSource, ...(words.between ? [`${beforeSource}[ \\t]+(?:${words.between})`] : [])].map(
    (source) => new RegExp(source, 'iu')
  )
  const partOf = (match: Match | undefined) => words.before[phraseKey(regexOf(match).named.word!)]!
  const after = words.notFollowedBy ? new RegExp(`^[ \\t]*(?:${words.notFollowedBy})`, 'iu') : undefined
  return [
    ...beforeTexts.map((beforeText, index) =>
      rule({
        name: index === 0 ? words.names.period : words.names.between,
        dimension: 'date',
        pattern: [regex(beforeText), dimension('date', hasParts)],
        produce: ([word, period], context) => {
          const token = tokenOf(period, 'date')
          const part = partOf(word)
          // "giữa" before two dates or a range of them is "between": "giữa năm 2023 và năm 2025".
          if (part === 'middle' && (token.value.value?.includes('/') || after?.test(context.text.slice(token.end)))) return undefined
          const unquoted = words.unquoted?.includes(phraseKey(regexOf(word).named.word!))
          const quoted = unquoted ? spanOf(token.value.quoted ?? token) : undefined
          return { value: { ...token.value, part, ...(quoted ? { quoted } : {}) } }
        }
      })
    ),
    currentPartRule(words.current, words.names.current, words.prefix)
  ]
}

function currentPartRule(phrases: Readonly<Record<string, CurrentPart>>, name: string, prefix = ''): Rule<'date'> {
  // Not before a number: "cuối năm 2024" is the end of 2024, not of this year.
  const text = new RegExp(`${prefix}(?<word>${alternation(Object.keys(phrases))})(?![ \\t]*\\d)`, 'iu')
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(text)],
    produce: ([match], context) => {
      const { part, unit } = phrases[phraseKey(regexOf(match).named.word!)]!
      return { value: { ...shifted(context, unit, 0).value, part } }
    }
  })
}
