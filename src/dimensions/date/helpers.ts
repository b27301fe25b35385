import { regexOf, type Context, type Match, type Produced, type Reading, type Token } from '../../engine/rule.js'
import { isValidTime } from '../clock/helpers.js'
import type { CalendarDay, DateGrain, DateValue, Day } from './types.js'

/** Units a relative date counts in: "last year", "next month", "tomorrow". */
export type Unit = 'year' | 'quarter' | 'month' | 'week' | 'day'

/** Years read as dates: a date of news text falls in this range or is not a date. */
const firstYear = 1000
const lastYear = 2999

export function grainOf(day: Day): DateGrain {
  if (day.second !== undefined) return 'second'
  if (day.minute !== undefined) return 'minute'
  if (day.hour !== undefined) return 'hour'
  return day.day !== undefined ? 'day' : day.month !== undefined ? 'month' : 'year'
}

/** ISO 8601 as precise as the day: `2024`, `2000-10`, `1972-11-08`, `1972-11-08T15`, `1972-11-08T15:30`. */
export function iso(day: Day): string {
  const parts = [String(day.year).padStart(4, '0')]
  if (day.month !== undefined) parts.push(pad(day.month))
  if (day.day !== undefined) parts.push(pad(day.day))
  const date = parts.join('-')
  if (day.hour === undefined) return date
  const time = [day.hour, day.minute, day.second].filter((part) => part !== undefined).map((part) => pad(part))
  return `${date}T${time.join(':')}${day.offset === undefined ? '' : zone(day.offset)}`
}

/** A zone designator of ISO 8601: `Z`, `+07:00`, `-05:30`. */
function zone(offset: number): string {
  if (offset === 0) return 'Z'
  const minutes = Math.abs(offset)
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** A day that exists: month 1-12, a day the month has (29 February only in leap years). */
export function isValid(day: Day): boolean {
  const { year, month, day: date } = day
  if (!Number.isInteger(year) || year < firstYear || year > lastYear) return false
  if (month === undefined) return date === undefined
  if (month < 1 || month > 12) return false
  if (date === undefined) return day.hour === undefined
  return (
    date >= 1 &&
    date <= daysIn(year, month) &&
    (day.hour === undefined || isValidTime({ hour: day.hour, minute: day.minute, second: day.second }))
  )
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** An absolute date, or `undefined` when the numbers make no such day ("31/2/2020"). */
export function point(day: Day): Produced<'date'> | undefined {
  return isValid(day) ? { value: { value: iso(day), grain: grainOf(day) } } : undefined
}

/** An interval of two dates of one grain, the first strictly before the second. */
export function interval(from: Day, to: Day): Produced<'date'> | undefined {
  const value = intervalValue(from, to)
  return value === undefined ? undefined : { value: { value, grain: grainOf(from) } }
}

function intervalValue(from: Day, to: Day): string | undefined {
  if (!isValid(from) || !isValid(to) || grainOf(from) !== grainOf(to)) return undefined
  return compare(from, to) < 0 ? `${iso(from)}/${iso(to)}` : undefined
}

/** Which of two dates comes first: negative when `a` does, zero when they are the same. */
export function compare(a: Day, b: Day): number {
  const keys = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const
  for (const key of keys) {
    const difference = (a[key] ?? 0) - (b[key] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

/** What a relative date resolves to, given the reference day: a date, an interval, or nothing (vague). */
export type Resolution = Day | readonly [Day, Day] | undefined

/**
 * A date said relative to when the text was written. It is resolved only
 * against the context's reference day, never the clock; without one, or when
 * `resolve` gives nothing (a vague "the near future"), its value is null.
 */
export function relative(context: Context, grain: DateGrain, resolve: (reference: CalendarDay) => Resolution): Produced<'date'> {
  const reference = referenceDay(context.referenceDate)
  const resolved = reference && resolve(reference)
  if (!resolved) return { value: { value: null, grain, relative: true } }
  const value = isPair(resolved) ? intervalValue(resolved[0], resolved[1]) : isValid(resolved) ? iso(resolved) : undefined
  const first = isPair(resolved) ? resolved[0] : resolved
  return { value: { value: value ?? null, grain: value ? grainOf(first) : grain, relative: true } }
}

/**
 * A day of a month in the year the text gives, or, when it gives none, a
 * relative date in the year the context's reading places it; said with its
 * weekday (1 Monday ... 7 Sunday), in the year it falls on that weekday.
 */
export function dayOfMonth(context: Context, month: number, day: number, year?: number, weekday?: number): Produced<'date'> | undefined {
  if (year !== undefined) return point({ year, month, day })
  if (!isValid({ year: 2000, month, day })) return undefined
  const found = relative(context, 'day', (reference) =>
    weekday === undefined ? placed(context.reading, reference, month, day) : onWeekday(reference, month, day, weekday)
  )
  return { value: { ...found.value, yearless: { month, day }, yearImplied: true } }
}

/** Years around the reference year to look in for a day on a weekday: every day of a month falls on every weekday within eleven years. */
const weekdayYears = 11

/**
 * The year a day said with its weekday and without its year falls on that
 * weekday ("Friday, July 18"), the nearest to the reference day whatever the
 * reading: the two together name one day, and "Sunday, Feb. 10" written on
 * Tuesday 12 February 2013 is two days before. A weekday the day never
 * falls on near the reference (a slip of the text) is left aside.
 */
function onWeekday(reference: CalendarDay, month: number, day: number, weekday: number): Day {
  const fitting = Array.from({ length: 2 * weekdayYears + 1 }, (_, index) => ({
    year: reference.year - weekdayYears + index,
    month,
    day
  })).filter((candidate) => isValid(candidate) && weekdayOf(candidate) === weekday)
  return nearestDay(reference, fitting) ?? placed('nearest', reference, month, day)
}

/** Of some days, the one nearest the reference day (the first of them on a tie), or undefined when there is none. */
export function nearestDay<D extends CalendarDay>(reference: CalendarDay, days: readonly D[]): D | undefined {
  const distance = (day: CalendarDay) =>
    Math.abs(Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(reference.year, reference.month - 1, reference.day))
  return days.reduce<D | undefined>((best, day) => (best === undefined || distance(day) < distance(best) ? day : best), undefined)
}

/**
 * A day of the month said by its number alone ("on the 15th"), or with its
 * weekday ("Friday the 23rd"), in its month or another within a year: the
 * nearest such day to the reference day, or, alone, the first on or after it
 * when the context reads forward (with its weekday it names one day, as in
 * `onWeekday`).
 */
export function dayNumbered(context: Context, day: number, weekday?: number): Produced<'date'> | undefined {
  if (day < 1 || day > 31) return undefined
  return relative(context, 'day', (reference) => {
    const candidates = Array.from({ length: 25 }, (_, index) => ({
      ...(shift(reference, 'month', index - 12) as CalendarDay),
      day
    })).filter(
      (candidate) =>
        isValid(candidate) &&
        (weekday === undefined ? context.reading !== 'next' || compare(candidate, reference) >= 0 : weekdayOf(candidate) === weekday)
    )
    return nearestDay(reference, candidates)
  })
}

/** The weekday of a day: 1 Monday ... 7 Sunday. */
export function weekdayOf(day: CalendarDay): number {
  return ((new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7) + 1
}

/** Days `from` to `to` of a month, in the year the text gives or the one the context's reading places them: "June 3-5", "8-9/7/2003". */
export function daysOfMonth(context: Context, month: number, from: number, to: number, year?: number): Produced<'date'> | undefined {
  const days = (inYear: number): readonly [Day, Day] => [
    { year: inYear, month, day: from },
    { year: inYear, month, day: to }
  ]
  if (year !== undefined) return interval(...days(year))
  if (!interval(...days(2000))) return undefined
  return yearImplied(relative(context, 'day', (reference) => days(placed(context.reading, reference, month, from).year)))
}

/** A date the text names without its year ("Nov. 8", "in March", "Christmas"): the reading gives its year. */
export function yearImplied(produced: Produced<'date'>): Produced<'date'>
export function yearImplied(produced: Produced<'date'> | undefined): Produced<'date'> | undefined
export function yearImplied(produced: Produced<'date'> | undefined): Produced<'date'> | undefined {
  return produced && { ...produced, value: { ...produced.value, yearImplied: true } }
}

/** A relative date too vague to resolve: "the near future", "những năm gần đây". */
export function vague(grain: DateGrain): Produced<'date'> {
  return { value: { value: null, grain, relative: true } }
}

function isPair(resolution: Day | readonly [Day, Day]): resolution is readonly [Day, Day] {
  return Array.isArray(resolution)
}

/** The reference day of an ISO date (`2025-06-01`, or a longer timestamp), or undefined. */
export function referenceDay(referenceDate: string | undefined): CalendarDay | undefined {
  const found = /^(\d{4})-(\d{2})-(\d{2})/u.exec(referenceDate ?? '')
  if (!found) return undefined
  return { year: Number(found[1]), month: Number(found[2]), day: Number(found[3]) }
}

/** The reference day moved by `by` units, kept at the unit's grain ("last year" of 2025-06-01 is 2024). */
export function shift(reference: CalendarDay, unit: Exclude<Unit, 'quarter'>, by: number): Day {
  if (unit === 'year') return { year: reference.year + by }
  if (unit === 'month') {
    const index = reference.year * 12 + reference.month - 1 + by
    return { year: Math.floor(index / 12), month: (index % 12) + 1 }
  }
  return addDays(reference, unit === 'week' ? 7 * by : by)
}

export function addDays(day: CalendarDay, by: number): CalendarDay {
  const moved = new Date(Date.UTC(day.year, day.month - 1, day.day + by))
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() }
}

/** The Monday-to-Sunday week holding `day`, moved by `by` weeks. */
export function weekOf(day: CalendarDay, by = 0): readonly [Day, Day] {
  const weekday = (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7
  const monday = addDays(day, 7 * by - weekday)
  return [monday, addDays(monday, 6)]
}

/** The Mondays of the Monday-to-Sunday weeks that lie wholly within the days `first` to `last`. */
export function weeksWithin(first: CalendarDay, last: CalendarDay): CalendarDay[] {
  const mondays: CalendarDay[] = []
  let monday = addDays(first, (8 - weekdayOf(first)) % 7)
  while (compare(addDays(monday, 6), last) <= 0) {
    mondays.push(monday)
    monday = addDays(monday, 7)
  }
  return mondays
}

/** The weekend of the week of a Monday: Friday evening to Sunday night, as "tonight" runs 18:00 to 23:00. */
export function weekendOf(monday: CalendarDay): readonly [Day, Day] {
  return [
    { ...addDays(monday, 4), hour: 18 },
    { ...addDays(monday, 6), hour: 23 }
  ]
}

/**
 * The year of a date written without one ("Nov. 8", "ngày 8/11", "in
 * March"), as `reading` places it. Nearest the reference day: a report dated
 * 9 November 2022 reads "Nov. 8" as the day before, and one dated 5 January
 * 2023 as 8 November 2022. Next: the first on or after the reference day
 * (a month, on or after the reference month).
 */
export function placed(reading: Reading, reference: CalendarDay, month: number, day?: number): Day {
  // A month is placed by its middle.
  const inYear = (year: number) => ({ year, month, day: day ?? 15 })
  const year =
    reading === 'next'
      ? reference.year + (day === undefined ? (month < reference.month ? 1 : 0) : compare(inYear(reference.year), reference) < 0 ? 1 : 0)
      : nearestDay(
          reference,
          [-1, 0, 1].map((by) => inYear(reference.year + by))
        )!.year
  return day === undefined ? { year, month } : { year, month, day }
}

/**
 * The day of a weekday (1 Monday ... 7 Sunday) said alone ("on Monday"), as
 * `reading` places it. Nearest, the reference day itself included: a report
 * dated Wednesday reads "on Monday" as two days before, and "on Friday" as
 * two days after. Next: the first after the reference day ("on Wednesday"
 * said on a Wednesday is a week on).
 */
export function weekdayAlone(context: Context, weekday: number): Produced<'date'> {
  return weekdayFrom(context, weekday, (ahead) => (context.reading === 'next' ? ahead || 7 : ahead <= 3 ? ahead : ahead - 7))
}

/**
 * The next day of a weekday after the reference day ("next Tuesday", "thứ
 * ba tới"), or the reference day itself when `orToday` ("this Monday"); the
 * `nth` such day for a count ("2 mondays from now").
 */
export function nextWeekday(context: Context, weekday: number, orToday = false, nth = 1): Produced<'date'> {
  return weekdayFrom(context, weekday, (ahead) => (ahead === 0 && !orToday ? 7 : ahead) + 7 * (nth - 1))
}

/** The last day of a weekday before the reference day ("last Sunday", "thứ ba vừa rồi"), or the `nth` last ("3 tuesdays ago"). */
export function lastWeekday(context: Context, weekday: number, nth = 1): Produced<'date'> {
  return weekdayFrom(context, weekday, (ahead) => (ahead === 0 ? -7 : ahead - 7) - 7 * (nth - 1))
}

/** A weekday of the week `by` weeks from the reference day's: "thứ năm tuần tới". */
export function weekdayOfWeek(context: Context, weekday: number, by: number): Produced<'date'> {
  return relative(context, 'day', (reference) => addDays(weekOf(reference, by)[0] as CalendarDay, weekday - 1))
}

/** A weekday moved from the reference day by `days(ahead)`, `ahead` being 0-6 days to its next occurrence. */
function weekdayFrom(context: Context, weekday: number, days: (ahead: number) => number): Produced<'date'> {
  return relative(context, 'day', (reference) => {
    return addDays(reference, days((weekday - weekdayOf(reference) + 7) % 7))
  })
}

/** A year written with two digits alone: of this century up to 49, of the last from 50 ("4/7/16" is 2016, "11/30/81" 1981). */
export function yearOfTwoDigits(digits: number): number {
  return (digits < 50 ? 2000 : 1900) + digits
}

/** The full year of two digits written after a full one: "2021-22" is 2022, "1999-00" is 2000. */
export function laterYear(first: number, twoDigits: number): number {
  const century = Math.floor(first / 100) * 100
  const candidate = century + twoDigits
  return candidate > first ? candidate : candidate + 100
}

/** The months of a quarter of a year: Q1 2024 is 2024-01/2024-03. */
export function quarter(year: number, index: number): Produced<'date'> | undefined {
  return interval({ year, month: 3 * index - 2 }, { year, month: 3 * index })
}

/** A decade as an interval of years: the 1990s are 1990/1999. */
export function decade(first: number): Produced<'date'> | undefined {
  return first % 10 === 0 ? interval({ year: first }, { year: first + 9 }) : undefined
}

/** The grain a relative date of this unit is reported in: a week is an interval of days. */
const unitGrain: Readonly<Record<Unit, DateGrain>> = { year: 'year', quarter: 'month', month: 'month', week: 'day', day: 'day' }

/** One period `by` units from the reference day: "last year", "next week", "năm tới". */
export function shifted(context: Context, unit: Unit, by: number): Produced<'date'> {
  return relative(context, unitGrain[unit], (reference) => {
    if (unit === 'week') return weekOf(reference, by)
    if (unit !== 'quarter') return shift(reference, unit, by)
    const first = shift({ ...reference, month: reference.month - ((reference.month - 1) % 3) }, 'month', 3 * by)
    return [first, shift({ ...(first as CalendarDay), day: 1 }, 'month', 2)]
  })
}

/** A quarter of the reference day's year: "third quarter", "quý 3". */
export function quarterOfReference(context: Context, index: number): Produced<'date'> {
  return relative(context, 'month', (reference) => [
    { year: reference.year, month: 3 * index - 2 },
    { year: reference.year, month: 3 * index }
  ])
}

/** A month named without its year ("in March", "tháng 6"): `by` 0 as the context's reading places it, 1 the next after the reference month, -1 the last before it, and 'same' for the reference year. */
export function monthOf(context: Context, month: number, by: -1 | 0 | 1 | 'same'): Produced<'date'> {
  const found = relative(context, 'month', (reference) => {
    if (by === 'same') return { year: reference.year, month }
    if (by === 0) return placed(context.reading, reference, month)
    const after = month > reference.month
    const before = month < reference.month
    return { year: reference.year + (by === 1 ? (after ? 0 : 1) : before ? 0 : -1), month }
  })
  return by === 0 ? yearImplied(found) : found
}

/**
 * `count` whole periods before the one of the reference day (`direction` -1:
 * "the past 50 years" of 2022 is 1972/2021) or after it (1: "the next 5 years").
 */
export function counted(context: Context, unit: Exclude<Unit, 'quarter'>, count: number, direction: -1 | 1): Produced<'date'> {
  if (!Number.isInteger(count) || count < 1) return vague(unitGrain[unit])
  return relative(context, unitGrain[unit], (reference) => {
    const near = direction === -1 ? -1 : 1
    const far = direction * count
    const [from, to] = direction === -1 ? [far, near] : [near, far]
    if (unit !== 'week') return count === 1 ? shift(reference, unit, near) : [shift(reference, unit, from), shift(reference, unit, to)]
    return [weekOf(reference, from)[0], weekOf(reference, to)[1]]
  })
}

/** `count` units before the reference day: "50 years ago", "3 năm trước" (a negative count: after it, "3 years hence"). */
export function ago(context: Context, unit: Exclude<Unit, 'quarter'>, count: number): Produced<'date'> {
  const now = referenceTime(context.referenceDate)
  if (now) return fromMoment(now, unit, -count)
  // Weeks ago name a day, not a week: "2 weeks ago" is fourteen days back.
  return unit === 'week' ? shifted(context, 'day', -7 * count) : shifted(context, unit, -count)
}

/** The grain one finer than a count's unit: a count of days from a known moment names an hour. */
const finerGrain: Readonly<Record<Exclude<Unit, 'quarter'>, DateGrain>> = { year: 'month', month: 'day', week: 'day', day: 'hour' }

/**
 * A moment `by` units from the time of writing, when that time is known:
 * "6 days ago" written at 4:30 on 12 February is 6 February at 4 o'clock,
 * "four months ago" 12 October, "three years ago" February three years back.
 * The count says the moment to one grain finer than its unit.
 */
export function fromMoment(now: Day & CalendarDay, unit: Exclude<Unit, 'quarter'>, by: number): Produced<'date'> {
  const grain = finerGrain[unit]
  const day =
    unit === 'day' || unit === 'week'
      ? addDays(now, (unit === 'week' ? 7 : 1) * by)
      : sameDayOf(unit === 'year' ? { year: now.year + by, month: now.month } : shift(now, unit, by), now.day)
  const moment: Day = grain === 'hour' ? { ...day, hour: now.hour ?? 0 } : grain === 'month' ? { year: day.year, month: day.month } : day
  return { value: { value: isValid(moment) ? iso(moment) : null, grain, relative: true } }
}

/** The day of the same number in a month (or the month's last day when it is shorter): 31 January moved a month is 28 February. */
function sameDayOf(month: Day, day: number): CalendarDay {
  const inMonth = { year: month.year, month: month.month ?? 1 }
  return { ...inMonth, day: Math.min(day, daysIn(inMonth.year, inMonth.month)) }
}

/** The day and time of writing when the reference date gives a time too ("2013-02-12T04:30:00-02:00"), as written there. */
export function referenceTime(
  referenceDate: string | undefined
): (CalendarDay & { readonly hour: number; readonly minute: number; readonly second: number }) | undefined {
  const found = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/u.exec(referenceDate ?? '')
  if (!found) return undefined
  const [year, month, day, hour, minute, second] = found.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  return { year, month, day, hour, minute, second }
}

/** A number from a regex group. */
export function int(text: string | undefined): number {
  return text === undefined ? Number.NaN : Number.parseInt(text, 10)
}

/** The named groups of a regex match. */
export function named(match: Match | undefined): Readonly<Record<string, string | undefined>> {
  return regexOf(match).named
}

/** The key of a phrase in a word list: lower case, single spaces ("Last  Year" is "last year"). */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ')
}

/** A count of periods: a whole number of digits or words ("50", "five"), not a scale word. */
export function isCount(token: Token<'numeral'>): boolean {
  const { value, scale } = token.value
  return Number.isInteger(value) && value > 0 && value <= 1000 && !scale
}

/** The words a record of a date quotes, from a token's own quote or its whole span: "next year" of "early next year". */
export function spanOf(quoted: { readonly start: number; readonly end: number }): NonNullable<DateValue['quoted']> {
  return { start: quoted.start, end: quoted.end }
}
