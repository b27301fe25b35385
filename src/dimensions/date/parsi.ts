/**
 * The Shahenshahi calendar of the Parsis of India: twelve months of 30 days
 * and five Gatha days, 365 days every year with no leap day, so its new
 * year (Navroz, 1 Farvardin) comes a day earlier every four Gregorian years.
 * Years are counted from the accession of Yazdegerd III: the Qadimi
 * reckoning starts year 1 on 16 June 632 (Julian); the Shahenshahi one
 * kept one more intercalary month long ago and runs 30 days behind it.
 */
import { dayNumber, fromDayNumber } from './lunar.js'
import type { CalendarDay } from './types.js'

/** The day number of 1 Farvardin of year 1 in the Shahenshahi reckoning: 16 June 632 (Julian), day 1952063, and 30 days. */
const epoch = 1952063 + 30

/** The days of Gregorian `year` that are day `day` of month `month` (1-12, 13 for the Gatha days) of the Shahenshahi year. */
export function shahenshahiDays(year: number, month: number, day: number): CalendarDay[] {
  const intoYear = (month - 1) * 30 + day - 1
  const before = Math.floor((dayNumber({ year, month: 1, day: 1 }) - epoch - intoYear) / 365)
  return [before, before + 1].map((elapsed) => fromDayNumber(epoch + elapsed * 365 + intoYear)).filter((found) => found.year === year)
}
