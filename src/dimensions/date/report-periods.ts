import { dimension, type Context, type DimensionItem, type Produced, type Token } from '../../engine/rule.js'
import { shifted } from './helpers.js'
import { isOneYear, monthsOfYear } from './rules.js'
import type { DateValue } from './types.js'

/** Helpers of the rules for the periods reports give figures for ("9 tháng", "the first nine months"), shared by every language. */

/** A whole count from `least` to `most`, not a scale word: the months or quarters a report covers. */
export function countFrom(least: number, most: number): DimensionItem<'numeral'> {
  return dimension(
    'numeral',
    (token) => Number.isInteger(token.value.value) && token.value.value >= least && token.value.value <= most && !token.value.scale
  )
}

/** A year said in words, counted from the day of writing: "this year", "năm ngoái". */
export function isYearSaidRelatively(token: Token<'date'>): boolean {
  return isOneYear(token) && token.value.relative === true
}

/** The months 1 to `months` of the year of writing: what "9 tháng" and "the first nine months" report. */
export function monthsOfCurrentYear(context: Context, months: number): Produced<'date'> | undefined {
  return monthsOfYear(shifted(context, 'year', 0).value, months, 'first')
}

/** Months `from` to `to` of a year said relatively ("June this year", "quý I năm nay"): relative too, null while the year is. */
export function monthsOfYearSaid(year: DateValue, from: number, to: number): Produced<'date'> {
  if (year.value === null) return { value: { value: null, grain: 'month', relative: true } }
  const month = (number: number) => `${year.value}-${String(number).padStart(2, '0')}`
  return { value: { value: from === to ? month(from) : `${month(from)}/${month(to)}`, grain: 'month', relative: true } }
}
