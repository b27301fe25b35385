import {
  dimension,
  regex,
  regexOf,
  rule,
  tokenOf,
  type Context,
  type Match,
  type Produced,
  type Reading,
  type Rule,
  type Token
} from '../../engine/rule.js'
import { alternation } from '../../engine/alternation.js'
import { calendarDays, type HebrewMonth } from './calendars.js'
import { addDays, compare, interval, nearestDay, phraseKey, point, relative, weekdayOf, yearImplied, type Resolution } from './helpers.js'
import { lunarToSolar } from './lunar.js'
import { bengaliDay, nakshatraDay, sankrantiDay, tithiDays, type SankrantiDay, type TithiTime } from './panchang.js'
import { shahenshahiDays } from './parsi.js'
import { isOneYear } from './rules.js'
import type { CalendarDay, Day } from './types.js'

/**
 * The day a holiday is counted from: a fixed day, the nth weekday of a month
 * (`nth` -1 the last), Easter (Western, or Orthodox), a day of the lunisolar
 * calendar in a time zone (Tết is the first day of the first month at
 * UTC+7), of the Hebrew calendar, of the Islamic calendar as Umm al-Qura
 * reckons it, or of India's calendars: a tithi of an amanta month of the
 * Hindu calendar (1 Chaitra ... 12 Phalguna; tithi 1-15 the bright half,
 * 16-30 the dark) prevailing at a time of day, the day of a sankranti (the
 * Sun entering sidereal sign 0 Mesha ... 11 Meena) as a region keeps it,
 * the day of a nakshatra (1-27) in the solar month of a sign, a day of the
 * Bengali solar calendar, or of the Parsis' Shahenshahi calendar.
 */
export type HolidayDay =
  | { readonly fixed: readonly [month: number, day: number] }
  | { readonly month: number; readonly weekday: number; readonly nth: number }
  | { readonly easter: 'western' | 'orthodox' }
  | { readonly lunar: readonly [month: number, day: number]; readonly zone: number }
  | { readonly hebrew: readonly [month: HebrewMonth, day: number] }
  | { readonly islamic: readonly [month: number, day: number] }
  | { readonly tithi: readonly [month: number, tithi: number]; readonly at: TithiTime; readonly secondHalf?: true }
  | { readonly sankranti: number; readonly kept: SankrantiDay }
  | { readonly nakshatra: number; readonly sign: number }
  | { readonly bengali: readonly [month: number, day: number] }
  | { readonly parsi: readonly [month: number, day: number] }

/** Days to move a holiday by when it falls on a weekday (1 Monday ... 7 Sunday): a day kept off the weekend is `{ 6: -1, 7: 1 }`. */
export type WeekdayMoves = Readonly<Partial<Record<number, number>>>

/**
 * When a holiday falls in a year: its day, moved by `offset` days ("Black
 * Friday" is the day after Thanksgiving), then by `moves` off some weekdays.
 * A holiday of several days runs `until` its last day, the first such day on
 * or after its first (Great Lent runs from Clean Monday to the Friday before
 * Lazarus Saturday).
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
  if ('hebrew' in holiday) return calendarDays('hebrew', year, ...holiday.hebrew)
  if ('islamic' in holiday) return calendarDays('islamic-umalqura', year, ...holiday.islamic)
  if ('tithi' in holiday) return tithiDays(year, ...holiday.tithi, holiday.at, holiday.secondHalf)
  if ('sankranti' in holiday) return [sankrantiDay(year, holiday.sankranti, holiday.kept)]
  if ('nakshatra' in holiday) return [nakshatraDay(year, holiday.sign, holiday.nakshatra)].filter((day) => day !== undefined)
  if ('bengali' in holiday) return [bengaliDay(year, ...holiday.bengali)]
  if ('parsi' in holiday) return shahenshahiDays(year, ...holiday.parsi)
  if ('easter' in holiday) return [holiday.easter === 'western' ? westernEaster(year) : orthodoxEaster(year)]
  return [nthWeekday(year, holiday.month, holiday.weekday, holiday.nth)]
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

/** A date that gives a holiday its year: a year, or a month counted from the day of writing ("Thanksgiving 5 months ago", "a year ago" when the time of writing is known). */
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
