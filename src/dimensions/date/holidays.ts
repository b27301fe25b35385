import { dimension, regex, regexOf, rule, tokenOf } from '../../engine/rule.js'
import type { Context, Match, Produced, Reading, Rule, Token } from '../../engine/rule.js'
import { alternation } from '../../engine/alternation.js'
import { addDays, compare, interval, nearestDay, phraseKey, point, relative, weekdayOf, yearImplied, type Resolution } from './helpers.js'
import { festivalDay, type IndianFestival } from './calendars/indian-festivals.js'
import { islamicDays } from './calendars/islamic.js'
import { lunarToSolar } from './calendars/lunar.js'
import { isOneYear } from './rules.js'
import type { CalendarDay, Day } from './types.js'

/**
 * The day a holiday is counted from: a fixed day, the nth weekday of a month,
 * Easter, a day of the lunisolar calendar in a time
 * zone (Tết is the first day of the first month at UTC+7), of the Islamic
 * calendar as Umm al-Qura reckons it, or a festival of India's calendars
 * (Diwali, Holi, Pohela Boishakh), read from a table.
 */
export type HolidayDay =
  | { readonly fixed: readonly [month: number, day: number] }
  | { readonly month: number; readonly weekday: number; readonly nth: number }
  | { readonly easter: true }
  | { readonly lunar: readonly [month: number, day: number]; readonly zone: number }
  | { readonly islamic: readonly [month: number, day: number] }
  | { readonly festival: IndianFestival }

/** Days to move a holiday by when it falls on a weekday (1 Monday ... 7 Sunday): a day kept off the weekend is `{ 6: -1, 7: 1 }`. */
export type WeekdayMoves = Readonly<Partial<Record<number, number>>>

/**
 * When a holiday falls in a year: its day, moved by `offset` days ("Black
 * Friday" is the day after the fourth Thursday of November), then by `moves` off some weekdays.
 * A holiday of several days runs `until` its last day, the first such day on
 * or after its first (Lent runs from Ash Wednesday to Holy Saturday).
 */
export type HolidayDate = HolidayDay & {
  readonly offset?: number
  readonly moves?: WeekdayMoves
  readonly until?: HolidayDate
}

/** A language's names of holidays, each with when it falls. */
export type HolidayNames = Readonly<Record<string, HolidayDate>>

/** The (first) day a holiday falls on in a year, or undefined when its calendar has no such day in that year. */
export function holidayIn(year: number, holiday: HolidayDate): CalendarDay | undefined {
  return holidaysIn(year, holiday)[0]
}

/** The days a holiday falls on in a year, in order: one, two for a day of a lunar year (the Islamic year has 354 days) early in the year, or none. */
export function holidaysIn(year: number, holiday: HolidayDate): CalendarDay[] {
  return daysIn(year, holiday).map((day) => {
    const moved = addDays(day, holiday.offset ?? 0)
    return addDays(moved, holiday.moves?.[weekdayOf(moved)] ?? 0)
  })
}

/** The first and last day of a holiday that starts on `first`: the same day, unless it runs `until` a later one. */
export function holidayDays(first: CalendarDay, holiday: HolidayDate): readonly [CalendarDay, CalendarDay] {
  if (!holiday.until) return [first, first]
  const until = holiday.until
  const last = [first.year, first.year + 1].flatMap((year) => holidaysIn(year, until)).find((day) => compare(day, first) >= 0)
  return [first, last ?? first]
}

function daysIn(year: number, holiday: HolidayDay): CalendarDay[] {
  if ('fixed' in holiday) return [{ year, month: holiday.fixed[0], day: holiday.fixed[1] }]
  if ('lunar' in holiday) {
    // A day of a lunar year falls in its solar year or early in the next: the one in `year` is of lunar year `year` or `year - 1`.
    const [month, day] = holiday.lunar
    const days = [year, year - 1].map((lunarYear) => lunarToSolar(lunarYear, month, day, holiday.zone))
    return [days.find((found) => found.year === year) ?? days[0]!]
  }
  if ('islamic' in holiday) return islamicDays(year, ...holiday.islamic)
  if ('festival' in holiday) return [festivalDay(holiday.festival, year)].filter((day) => day !== undefined)
  if ('easter' in holiday) return [easterSunday(year)]
  return [nthWeekday(year, holiday.month, holiday.weekday, holiday.nth)]
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): CalendarDay {
  const first = { year, month, day: 1 }
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1))
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
function easterSunday(year: number): CalendarDay {
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

/** The holiday's days in the years around the reference day's, in order. */
function daysAround(reference: CalendarDay, holiday: HolidayDate): CalendarDay[] {
  return [reference.year - 1, reference.year, reference.year + 1].flatMap((year) => holidaysIn(year, holiday))
}

/**
 * The holiday's day said without its year, placed as a day written without
 * its year ("Nov. 8") is: nearest the reference day, or the next on or after
 * it (a holiday of several days still under way on the reference day is that one).
 */
function placedHoliday(reading: Reading, reference: CalendarDay, holiday: HolidayDate): Resolution {
  const days = daysAround(reference, holiday)
  const placed =
    reading === 'next' ? days.find((day) => compare(holidayDays(day, holiday)[1], reference) >= 0) : nearestDay(reference, days)
  return placed && spanOf(placed, holiday)
}

/** The holiday's day after the reference day ("next Easter"), or before it ("last Christmas"). */
function shiftedHoliday(reference: CalendarDay, holiday: HolidayDate, by: -1 | 1): Resolution {
  const days = daysAround(reference, holiday)
  const found = by === 1 ? days.find((day) => compare(day, reference) > 0) : days.reverse().find((day) => compare(day, reference) < 0)
  return found && spanOf(found, holiday)
}

/** The holiday in a year: its day, or its days as an interval. */
function spanIn(year: number, holiday: HolidayDate): Resolution {
  const first = holidayIn(year, holiday)
  return first && spanOf(first, holiday)
}

/** A holiday that starts on `first`: that day, or its days as an interval. */
function spanOf(first: CalendarDay, holiday: HolidayDate): Day | readonly [Day, Day] {
  const [, last] = holidayDays(first, holiday)
  return compare(last, first) > 0 ? [first, last] : first
}

/** The holiday rules of a language: alone, in a year, and counted from the day of writing ("last Easter"). */
export function holidayRules(
  names: HolidayNames,
  words: { readonly of: string; readonly shift: Readonly<Record<string, -1 | 0 | 1>> }
): Rule<'date'>[] {
  const byKey = new Map(Object.entries(names).map(([name, holiday]) => [nameKey(name), holiday]))
  const nameText = `(?<name>${namesPattern(byKey.keys())})`
  // One regex item for the rules that start with a holiday: the engine scans the text for it once.
  const holidayItem = regex(new RegExp(nameText, 'iu'))
  const ofText = new RegExp(words.of, 'iu')
  const shiftedText = new RegExp(`(?<shift>${alternation(Object.keys(words.shift))})[ \\t]+${nameText}`, 'iu')
  // A name listed with its capital is read only with it: "Lent" is the season, "lent" the verb.
  const capitalized = new Set(
    Object.keys(names)
      .filter((name) => /^\p{Lu}/u.test(name))
      .map(nameKey)
  )
  const holidayOf = (match: Match | undefined) => {
    const name = regexOf(match).named.name!
    return capitalized.has(nameKey(name)) && !/^\p{Lu}/u.test(name) ? undefined : byKey.get(nameKey(name))
  }
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
      produce: ([match], context) => {
        const holiday = holidayOf(match)
        return !holiday || inName(match, context)
          ? undefined
          : yearImplied(relative(context, 'day', (reference) => placedHoliday(context.reading, reference, holiday)))
      }
    }),
    rule({
      name: '<holiday> <year>',
      dimension: 'date',
      pattern: [holidayItem, dimension('date', isYearOfHoliday)],
      produce: ([match, year]) => inYear(holidayOf(match), tokenOf(year, 'date'))
    }),
    rule({
      name: `<holiday> ${words.of} <year>`,
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
      produce: ([match], context) => {
        const holiday = holidayOf(match)
        return !holiday || inName(match, context)
          ? undefined
          : shiftedBy(context, holiday, words.shift[phraseKey(regexOf(match).named.shift!)]!)
      }
    })
  ]
}

/** A holiday's name as looked up: lower case, a hyphen or spaces one space, a curly apostrophe straight ("Eid ul-Fitr" is "eid ul fitr"). */
function nameKey(name: string): string {
  return phraseKey(name.replace(/[\s-]+/gu, ' ').replace(/’/gu, "'"))
}

/** The names as one alternation that reads a space as spaces or a hyphen, and an apostrophe as either kind. */
function namesPattern(keys: Iterable<string>): string {
  return alternation(keys)
    .replaceAll(String.raw`\s+`, String.raw`[\s-]+`)
    .replaceAll("'", "['’]")
}

/** A date that gives a holiday its year: a year, or a month counted from the day of writing ("Christmas 5 months ago", "a year ago" when the time of writing is known). */
function isYearOfHoliday(token: Token<'date'>): boolean {
  const { value, grain, part, relative: isRelative } = token.value
  return isOneYear(token) || (grain === 'month' && !part && isRelative === true && (value === null || /^\d{4}-\d{2}$/u.test(value)))
}

/** The holiday in the year of a date: "2018", "last year", "3 years ago", "in 9 months" (the year 9 months from now). */
function inYear(holiday: HolidayDate | undefined, year: Token<'date'>): Produced<'date'> | undefined {
  if (!holiday) return undefined
  const { value, relative: isRelative } = year.value
  if (value === null) return { value: { value: null, grain: 'day', relative: true } }
  const span = spanIn(Number(value.slice(0, 4)), holiday)
  const day = span && ('year' in span ? point(span) : interval(...span))
  return day && isRelative ? { value: { ...day.value, relative: true } } : day
}

function shiftedBy(context: Context, holiday: HolidayDate, by: -1 | 0 | 1): Produced<'date'> {
  return relative(context, 'day', (reference) => (by === 0 ? spanIn(reference.year, holiday) : shiftedHoliday(reference, holiday, by)))
}
