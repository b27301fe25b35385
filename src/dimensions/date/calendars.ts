/**
 * Days of the Hebrew and Islamic calendars on the Gregorian calendar, read
 * from ICU (which Node ships) rather than computed here: ICU's Hebrew
 * calendar is the fixed arithmetic one, and its `islamic-umalqura` is the
 * Umm al-Qura calendar Saudi Arabia publishes.
 */
import type { CalendarDay } from './types.js'

/** The Hebrew months as ICU names them in English; in a leap year "Adar I" is the added month and "Adar II" the Adar of the holidays. */
export type HebrewMonth =
  'Tishri' | 'Heshvan' | 'Kislev' | 'Tevet' | 'Shevat' | 'Adar' | 'Nisan' | 'Iyar' | 'Sivan' | 'Tamuz' | 'Av' | 'Elul'

export type Calendar = 'hebrew' | 'islamic-umalqura'

const formats: Readonly<Record<Calendar, Intl.DateTimeFormat>> = {
  // Hebrew months have no stable number (a leap year adds one before Adar): read by name.
  hebrew: new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', month: 'long', day: 'numeric' }),
  'islamic-umalqura': new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', month: 'numeric', day: 'numeric' })
}

/** The month by which a leap year's "Adar II" is known: the Adar that holds Purim. */
const monthNames: Readonly<Record<string, string>> = { 'Adar II': 'Adar' }

const dayMs = 86_400_000

/** A month of the calendar: its name (or number), the moment of noon UTC on its first day, and its length (29 or 30 days). */
interface Month {
  readonly name: string
  readonly start: number
  readonly length: number
}

/** Per calendar and Gregorian year, the months that overlap the year. */
const years = new Map<string, readonly Month[]>()

/**
 * The days of Gregorian `year` that `calendar` calls `day` of `month`: one,
 * two for an Islamic day early in the year (its year is 354 days: Eid
 * al-Fitr fell on 8 January and 27 December 2000), or none (a 30th of a
 * month that has 29 days that year).
 */
export function calendarDays(calendar: Calendar, year: number, month: HebrewMonth | number, day: number): CalendarDay[] {
  return monthsOf(calendar, year).flatMap((found) => {
    if (found.name !== String(month) || day > found.length) return []
    const date = new Date(found.start + (day - 1) * dayMs)
    return date.getUTCFullYear() === year ? [{ year, month: date.getUTCMonth() + 1, day: date.getUTCDate() }] : []
  })
}

/**
 * The months of the calendar from the one holding 1 January of `year` to the
 * one holding 31 December, kept per year. Every month of both calendars has
 * 29 or 30 days, so the day after a month's 29th tells where the next one
 * starts: about two readings a month, not one a day.
 */
function monthsOf(calendar: Calendar, year: number): readonly Month[] {
  const key = `${calendar} ${year}`
  const known = years.get(key)
  if (known) return known
  const months: Month[] = []
  // Noon UTC: far from midnight, so no zone rule of the formatter can move the day.
  const newYear = new Date(0).setUTCFullYear(year, 0, 1) + dayMs / 2
  let start = newYear - (dateOf(calendar, newYear).day - 1) * dayMs
  while (new Date(start).getUTCFullYear() <= year) {
    const length = dateOf(calendar, start + 29 * dayMs).day === 1 ? 29 : 30
    months.push({ name: dateOf(calendar, start).month, start, length })
    start += length * dayMs
  }
  years.set(key, months)
  return months
}

/** The calendar's month and day at a moment. */
function dateOf(calendar: Calendar, time: number): { readonly month: string; readonly day: number } {
  const parts = formats[calendar].formatToParts(time)
  const month = parts.find((part) => part.type === 'month')!.value
  return { month: monthNames[month] ?? month, day: Number(parts.find((part) => part.type === 'day')!.value) }
}
