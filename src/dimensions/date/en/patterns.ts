/** Pieces of expression and readings shared by the English date rules of several topics. */
import { type Context, type Produced } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { dayDigits, fullYear } from '../digits.js'
import { dayOfMonth, int } from '../helpers.js'
import { fullWeekdays, monthNumber, months, weekdays, wordlikeWeekdays } from './months.js'
import { futureWords, pastWords } from './relatives.js'

/** A month name or abbreviation, with an optional dot: "November", "Nov.", "sept". */
export const monthName = `(?<month>${alternation(Object.keys(months))})\\.?`

/** A day of the month, with an optional ordinal suffix: "8", "08", "3rd", "31st". */
export const dayNumber = (name: string) => `(?<${name}>${dayDigits})(?:st|nd|rd|th)?`

/** Weekday abbreviations that are no English word: "Fri", "thu". */
export const wordlessShortWeekdays = Object.keys(weekdays).filter(
  (name) => !fullWeekdays.includes(name) && !wordlikeWeekdays.includes(name)
)

/** A year written whole after a date: ", 1972", " 2025". */
export const yearAfter = `,?[ \\t]+(?<year>${fullYear})(?![.,]?\\d)`

/** Before a count of past periods: "the past", "over the last". */
export const pastBefore = new RegExp(`(?:the[ \\t]+)?(?:${alternation(pastWords)})`, 'iu')

/** Before a count of coming periods: "the next", "the coming". */
export const futureBefore = new RegExp(`(?:the[ \\t]+)?(?:${alternation(futureWords)})`, 'iu')

/** The year a date gives in its `year` group, if any. */
export function yearOf(groups: Readonly<Record<string, string | undefined>>): number | undefined {
  return groups.year === undefined ? undefined : int(groups.year)
}

/** A day of a month in a year, or in the year the context's reading places it when the text gives none (and on its weekday when it gives one). */
export function dayOf(context: Context, groups: Readonly<Record<string, string | undefined>>): Produced<'date'> | undefined {
  const month = monthNumber(groups.month)
  const weekday = groups.weekday ?? groups.weekdayAfter
  return month === undefined
    ? undefined
    : dayOfMonth(context, month, int(groups.day), yearOf(groups), weekday === undefined ? undefined : weekdays[weekday.toLowerCase()])
}
