/**
 * Days of the Islamic calendar on the Gregorian calendar, read from ICU
 * (which Node ships) rather than computed here: ICU's `islamic-umalqura` is
 * the Umm al-Qura calendar Saudi Arabia publishes.
 */
import type { CalendarDay } from '../types.js'

const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', month: 'numeric', day: 'numeric' })

const dayMs = 86_400_000

/** A month of the calendar: its number, the moment of noon UTC on its first day, and its length (29 or 30 days). */
interface Month {
  readonly name: string
  readonly start: number
  readonly length: number
}

/** Per Gregorian year, the months that overlap the year. */
const years = new Map<number, readonly Month[]>()

/**
 * The days of Gregorian `year` that are `day` of Islamic `month`: one, two
 * for a day early in the year (the Islamic year is 354 days: Eid al-Fitr
 * fell on 8 January and 27 December 2000), or none (a 30th of a month that
 * has 29 days that year).
 */
export function islamicDays(year: number, month: number, day: number): CalendarDay[] {
  return monthsOf(year).flatMap((found) => {
    if (found.name !== String(month) || day > found.length) return []
    const date = new Date(found.start + (day - 1) * dayMs)
    return date.getUTCFullYear() === year ? [{ year, month: date.getUTCMonth() + 1, day: date.getUTCDate() }] : []
  })
}

/**
 * The Islamic months from the one holding 1 January of `year` to the
 * one holding 31 December, kept per year. Every Islamic month has
 * 29 or 30 days, so the day after a month's 29th tells where the next one
 * starts: about two readings a month, not one a day.
 */
function monthsOf(year: number): readonly Month[] {
  const known = years.get(year)
  if (known) return known
  const months: Month[] = []
  // Noon UTC: far from midnight, so no zone rule of the formatter can move the day.
  const newYear = new Date(0).setUTCFullYear(year, 0, 1) + dayMs / 2
  let start = newYear - (dateOf(newYear).day - 1) * dayMs
  while (new Date(start).getUTCFullYear() <= year) {
    const length = dateOf(start + 29 * dayMs).day === 1 ? 29 : 30
    months.push({ name: dateOf(start).month, start, length })
    start += length * dayMs
  }
  years.set(year, months)
  return months
}

/** The Islamic month and day at a moment. */
function dateOf(time: number): { readonly month: string; readonly day: number } {
  const parts = format.formatToParts(time)
  return { month: parts.find((part) => part.type === 'month')!.value, day: Number(parts.find((part) => part.type === 'day')!.value) }
}
