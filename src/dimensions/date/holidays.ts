import { dimension, regex, regexOf, rule, tokenOf, type Context, type Match, type Produced, type Reading, type Rule, type Token } from '../../engine/rule.js'
import { alternation } from '../numeral/helpers.js'
import { addDays, phraseKey, point, relative, weekdayOf } from './helpers.js'
import { lunarToSolar } from './lunar.js'
import { isOneYear } from './rules.js'
import type { CalendarDay } from './types.js'

/**
 * When a holiday falls in a year: on a fixed day, on the nth weekday of a
 * month (`nth` -1 the last), some days from Easter (Western, or Orthodox), or
 * on a day of the lunisolar calendar in a time zone (Tết is the first day of
 * the first month at UTC+7).
 * `offset` moves the day found ("Black Friday" is the day after Thanksgiving);
 * `weekdayOnly` moves a fixed day off a weekend to the nearest weekday.
 */
export type HolidayDate =
  | { readonly fixed: readonly [month: number, day: number]; readonly weekdayOnly?: true }
  | { readonly month: number; readonly weekday: number; readonly nth: number; readonly offset?: number }
  | { readonly easter: 'western' | 'orthodox'; readonly offset: number }
  | { readonly lunar: readonly [month: number, day: number]; readonly zone: number }

/** A language's names of holidays, each with when it falls. */
export type HolidayNames = Readonly<Record<string, HolidayDate>>

/** The day a holiday falls on in a year. */
export function holidayIn(year: number, holiday: HolidayDate): CalendarDay {
  if ('fixed' in holiday) {
    const day = { year, month: holiday.fixed[0], day: holiday.fixed[1] }
    if (!holiday.weekdayOnly) return day
    const weekday = weekdayOf(day)
    return weekday === 6 ? addDays(day, -1) : weekday === 7 ? addDays(day, 1) : day
  }
  if ('lunar' in holiday) {
    // A day of a lunar year falls in its solar year or early in the next: the one in `year` is of lunar year `year` or `year - 1`.
    const [month, day] = holiday.lunar
    const days = [year, year - 1].map((lunarYear) => lunarToSolar(lunarYear, month, day, holiday.zone))
    return days.find((found) => found.year === year) ?? days[0]!
  }
  if ('easter' in holiday) return addDays(holiday.easter === 'western' ? westernEaster(year) : orthodoxEaster(year), holiday.offset)
  return addDays(nthWeekday(year, holiday.month, holiday.weekday, holiday.nth), holiday.offset ?? 0)
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): CalendarDay {
  if (nth < 0) {
    const last = { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() }
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7))
  }
  const first = { year, month, day: 1 }
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1))
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
function westernEaster(year: number): CalendarDay {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 }
}

/** Orthodox Easter Sunday (Meeus' Julian computus), on the Gregorian calendar. */
function orthodoxEaster(year: number): CalendarDay {
  const a = year % 4
  const b = year % 7
  const c = year % 19
  const d = (19 * c + 15) % 30
  const e = (2 * a + 4 * b - d + 34) % 7
  const month = Math.floor((d + e + 114) / 31)
  const julian = { year, month, day: ((d + e + 114) % 31) + 1 }
  // The Julian calendar runs 13 days behind the Gregorian from 1900 to 2099.
  return addDays(julian, Math.floor(year / 100) - Math.floor(year / 400) - 2)
}

function compareDays(a: CalendarDay, b: CalendarDay): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)
}

/** The holiday's day said without its year, placed as a day written without its year ("Nov. 8") is: nearest the reference day, or the next on or after it. */
function placedHoliday(reading: Reading, reference: CalendarDay, holiday: HolidayDate): CalendarDay {
  const days = [reference.year - 1, reference.year, reference.year + 1].map((year) => holidayIn(year, holiday))
  if (reading === 'next') return days.find((day) => compareDays(day, reference) >= 0)!
  const distance = (day: CalendarDay) => Math.abs(compareDays(day, reference))
  return days.reduce((best, day) => (distance(day) < distance(best) ? day : best))
}

/** The holiday's day after the reference day ("next Easter"), or before it ("last Christmas"). */
function shiftedHoliday(reference: CalendarDay, holiday: HolidayDate, by: -1 | 1): CalendarDay {
  const days = [reference.year - 1, reference.year, reference.year + 1].map((year) => holidayIn(year, holiday))
  return by === 1 ? days.find((day) => compareDays(day, reference) > 0)! : days.reverse().find((day) => compareDays(day, reference) < 0)!
}

/** The holiday rules of a language: alone, in a year, and counted from the day of writing ("last Easter"). */
export function holidayRules(names: HolidayNames, words: { readonly of: string; readonly shift: Readonly<Record<string, -1 | 0 | 1>> }): Rule<'date'>[] {
  const nameText = `(?<name>${alternation(Object.keys(names))})`
  // One regex item for the rules that start with a holiday: the engine scans the text for it once.
  const holidayItem = regex(new RegExp(nameText, 'iu'))
  const ofText = new RegExp(words.of, 'iu')
  const shiftedText = new RegExp(`(?<shift>${alternation(Object.keys(words.shift))})[ \\t]+${nameText}`, 'iu')
  const holidayOf = (match: Match | undefined) => names[phraseKey(regexOf(match).named.name!)]!
  // A capitalized word after the name makes it part of another name: "Easter Island", "Christmas Island".
  const inName = (match: Match | undefined, context: Context) => {
    const found = regexOf(match)
    const nameEnd = found.text.toLowerCase().lastIndexOf(found.named.name!.toLowerCase()) + found.named.name!.length
    return /^[ \t]+\p{Lu}/u.test(context.text.slice(found.start + nameEnd))
  }
  const rules = [
    rule({
      name: '<holiday>',
      dimension: 'date',
      pattern: [holidayItem],
      produce: ([match], context) =>
        inName(match, context) ? undefined : relative(context, 'day', (reference) => placedHoliday(context.reading, reference, holidayOf(match)))
    }),
    rule({
      name: '<holiday> <year>',
      dimension: 'date',
      pattern: [holidayItem, dimension('date', isOneYear)],
      produce: ([match, year]) => inYear(holidayOf(match), tokenOf(year, 'date'))
    }),
    rule({
      name: '<holiday> of <year>',
      dimension: 'date',
      pattern: [holidayItem, regex(ofText), dimension('date', isOneYear)],
      produce: ([match, , year]) => inYear(holidayOf(match), tokenOf(year, 'date'))
    })
  ]
  if (Object.keys(words.shift).length === 0) return rules
  return [
    ...rules,
    rule({
      name: 'last|next <holiday>',
      dimension: 'date',
      pattern: [regex(shiftedText)],
      produce: ([match], context) =>
        inName(match, context) ? undefined : shiftedBy(context, holidayOf(match), words.shift[phraseKey(regexOf(match).named.shift!)]!)
    })
  ]
}

function inYear(holiday: HolidayDate, year: Token<'date'>): Produced<'date'> | undefined {
  const { value, relative: isRelative } = year.value
  if (value === null) return { value: { value: null, grain: 'day', relative: true } }
  const day = point(holidayIn(Number(value), holiday))
  return day && isRelative ? { value: { ...day.value, relative: true } } : day
}

function shiftedBy(context: Context, holiday: HolidayDate, by: -1 | 0 | 1): Produced<'date'> {
  return relative(context, 'day', (reference) => (by === 0 ? holidayIn(reference.year, holiday) : shiftedHoliday(reference, holiday, by)))
}
