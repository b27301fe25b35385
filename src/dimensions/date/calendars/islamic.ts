/**
 * Days of the Islamic calendar on the Gregorian calendar, read from the
 * table `scripts/calendars/islamic-months.ts` generates from ICU's
 * `islamic-umalqura`, the Umm al-Qura calendar Saudi Arabia publishes.
 */
import type { CalendarDay } from '../types.js'
import { firstDay, islamicYears, monthLengths } from './islamic-months.js'

const dayMs = 86_400_000

/** A month of the calendar: its number, the moment of noon UTC on its first day, and its length (29 or 30 days). */
interface Month {
  readonly number: number
  readonly start: number
  readonly length: number
}

/** Every month of the table, in order, read once. */
let table: readonly Month[] | undefined

/**
 * The days of Gregorian `year` that are `day` of Islamic `month`: one, two
 * for a day early in the year (the Islamic year is 354 days: Eid al-Fitr
 * fell on 8 January and 27 December 2000), or none (a 30th of a month that
 * has 29 days that year, or a year the table does not cover).
 */
export function islamicDays(year: number, month: number, day: number): CalendarDay[] {
  if (year < islamicYears[0] || year > islamicYears[1]) return []
  return monthsOf(year).flatMap((found) => {
    if (found.number !== month || day > found.length) return []
    const date = new Date(found.start + (day - 1) * dayMs)
    return date.getUTCFullYear() === year ? [{ year, month: date.getUTCMonth() + 1, day: date.getUTCDate() }] : []
  })
}

/** The Islamic months from the one holding 1 January of `year` to the one holding 31 December. */
function monthsOf(year: number): readonly Month[] {
  const months = (table ??= readTable())
  // Noon UTC, as the months' starts.
  const newYear = new Date(0).setUTCFullYear(year, 0, 1) + dayMs / 2
  let at = lastStartingBy(months, newYear)
  const found: Month[] = []
  while (at < months.length && new Date(months[at]!.start).getUTCFullYear() <= year) found.push(months[at++]!)
  return found
}

/** The index of the last month that starts at or before `time`. */
function lastStartingBy(months: readonly Month[], time: number): number {
  let low = 0
  let high = months.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (months[middle]!.start <= time) low = middle
    else high = middle - 1
  }
  return low
}

function readTable(): readonly Month[] {
  const months: Month[] = []
  let start = Date.parse(`${firstDay}T12:00:00Z`)
  // Integer keys come in ascending order: the Islamic years in turn.
  for (const year of Object.values(monthLengths).flatMap((line) => line.split(' '))) {
    const bits = Number.parseInt(year, 16)
    for (let number = 1; number <= 12; number++) {
      const length = (bits >> (12 - number)) & 1 ? 30 : 29
      months.push({ number, start, length })
      start += length * dayMs
    }
  }
  return months
}
