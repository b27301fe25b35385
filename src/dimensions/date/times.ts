import {
  dimension,
  regex,
  regexOf,
  rule,
  tokenOf,
  type Context,
  type Match,
  type Produced,
  type RegexMatch,
  type Rule,
  type Token
} from '../../engine/rule.js'
import { minutesOf } from '../clock/helpers.js'
import type { ClockValue, TimeOfDay } from '../clock/types.js'
import { alternation } from '../../engine/alternation.js'
import { isOneDay } from './from-day.js'
import { addDays, grainOf, iso, phraseKey, referenceTime, relative, spanOf, yearImplied } from './helpers.js'
import type { CalendarDay, DateGrain, DateValue, Day } from './types.js'

/** Hours a part of the day covers, first and last (inclusive). */
export type Hours = readonly [number, number]

/** What a language says of parts of the day: "tomorrow evening", "tối qua". */
export interface DayPartWords {
  /** Phrases naming a part of a day counted from the day of writing, with that day's shift and the part's hours. */
  readonly phrases: Readonly<Record<string, { readonly by: number; readonly hours: Hours }>>
  /** Phrases naming a part of whichever day the text speaks of ("in the morning"): read only beside a time. */
  readonly unplaced?: Readonly<Record<string, Hours>>
  /** Parts of a day said after the day ("Monday morning", "Feb. 15 in the morning") or before it with "of" ("the morning of Feb. 15"). */
  readonly ofDay?: Readonly<Record<string, Hours>>
  /** Words before a part that keep its first or last hours ("early morning", "late tonight"). */
  readonly edges?: Readonly<Record<string, 'early' | 'late'>>
  /**
   * Days said in a word that a record quotes without the part of the day put
   * on them ("yesterday" of "yesterday afternoon"). Given, a day with a time
   * or a part of the day is quoted alone too ("Wednesday" of "Wednesday
   * evening", "today" of "7 am today"), and a part without its edge ("tonight"
   * of "late tonight"): the day is the date, the rest its detail.
   */
  readonly quotedDays?: readonly string[]
  /** Words that may join a day and a time ("at", "on", "lúc", "ngày"). */
  readonly joins: readonly string[]
  /** The language's names of the rules that join words: "<day> at <time>", "<day> lúc|vào <time>". */
  readonly names: {
    readonly dayAtTime: string
    readonly timeOnDay: string
    readonly partOfShiftedDay: string
  }
  /**
   * The names of the rules of a bare hour in a part of a day ("8 tonight",
   * "at 8 in the evening", "Monday at 8 in the evening"), for a language
   * whose news says it: without them, the language has none of those rules.
   */
  readonly hourOfPart?: {
    /** Words before the hour: "at", "@". */
    readonly at: readonly string[]
    readonly atHourOfPart: string
    readonly dayAtHourOfPart: string
  }
}

/** The day or part of a day a date value names, or undefined when it names neither (a month, a week, a time). */
function placeOf(value: DateValue): { day: CalendarDay; hours?: Hours } | undefined {
  const found = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})\/\1-\2-\3T(\d{2}))?$/u.exec(value.value ?? '')
  if (!found) return undefined
  const day = { year: Number(found[1]), month: Number(found[2]), day: Number(found[3]) }
  return found[4] === undefined ? { day } : { day, hours: [Number(found[4]), Number(found[5])] }
}

/** Whether a date token can take a time: a day or a part of one, known or still unresolved. */
function takesTime(token: Token<'date'>): boolean {
  const { value, grain } = token.value
  if (value === null) return grain === 'day' || grain === 'hour'
  return placeOf(token.value) !== undefined
}

function grainOfClock(clock: ClockValue): DateGrain {
  return grainOf({ year: 2000, month: 1, day: 1, ...finest(clock).from })
}

/** Both ends of a range as precise as the finer one: "4:30-7 p.m." is 16:30 to 19:00. */
function finest(clock: ClockValue): { from: TimeOfDay; to?: TimeOfDay } {
  if (!clock.to) return { from: clock.from }
  const depth = (time: TimeOfDay) => (time.second !== undefined ? 2 : time.minute !== undefined ? 1 : 0)
  const deepest = Math.max(depth(clock.from), depth(clock.to))
  const widen = (time: TimeOfDay): TimeOfDay => ({
    hour: time.hour,
    ...(deepest >= 1 ? { minute: time.minute ?? 0 } : {}),
    ...(deepest >= 2 ? { second: time.second ?? 0 } : {})
  })
  return { from: widen(clock.from), to: widen(clock.to) }
}

/** The clock on a day: a point, or an interval for a range. */
function onDay(day: CalendarDay, clock: ClockValue): Day | readonly [Day, Day] {
  const { from, to } = finest(clock)
  const zone = zoneOf(clock)
  return to
    ? [
        { ...day, ...from, ...zone },
        { ...day, ...to, ...zone }
      ]
    : { ...day, ...from, ...zone }
}

function zoneOf(clock: ClockValue): { offset?: number } {
  return clock.offset === undefined ? {} : { offset: clock.offset }
}

/** An ambiguous time inside an afternoon or an evening is said on the 12-hour clock: "tonight at 8" is 20:00. */
/** A span of two days rather than one (`Array.isArray` alone would widen a readonly pair to `any[]`). */
function isPair(resolved: Day | readonly [Day, Day]): resolved is readonly [Day, Day] {
  return Array.isArray(resolved)
}

function inPart(clock: ClockValue, hours: Hours | undefined): ClockValue {
  if (!clock.ambiguous || !hours || hours[0] < 12) return clock
  const later = (time: TimeOfDay): TimeOfDay => (time.hour < 12 ? { ...time, hour: time.hour + 12 } : time)
  return { ...clock, from: later(clock.from), ...(clock.to ? { to: later(clock.to) } : {}) }
}

/** A time on the day (or part of a day) a date names: "tomorrow at 4pm", "8:15 chiều ngày 12/5/2019", "tonight at 8". */
export function atTime(date: DateValue, clock: ClockValue): Produced<'date'> | undefined {
  const grain = grainOfClock(clock)
  if (date.value === null) return { value: { value: null, grain, relative: true } }
  const place = placeOf(date)
  if (!place) return undefined
  const resolved = onDay(place.day, inPart(clock, place.hours))
  const value = isPair(resolved) ? `${iso(resolved[0])}/${iso(resolved[1])}` : iso(resolved)
  return { value: { value, grain, ...(date.relative ? { relative: true as const } : {}) } }
}

/**
 * The hour of a reference date that has a time ("2013-02-12T04:30:00-02:00"),
 * in minutes since midnight: a time in the hour of writing ("4:23" written at
 * 4:30) is still that hour's, not tomorrow's.
 */
function referenceHour(referenceDate: string | undefined): number | undefined {
  const found = /^\d{4}-\d{2}-\d{2}T(\d{2}):\d{2}/u.exec(referenceDate ?? '')
  return found ? Number(found[1]) * 60 : undefined
}

/**
 * A time said without its day ("at 3pm", "15h30") falls on the day of
 * writing. When the time of writing is known too, it is the next such time:
 * "at 3am" written at 4:30 is tomorrow's, and an ambiguous "3:30" is 15:30.
 */
export function timeOfReference(context: Context, clock: ClockValue): Produced<'date'> {
  const grain = grainOfClock(clock)
  return relative(context, grain, (reference) => {
    const now = referenceHour(context.referenceDate)
    if (now === undefined || clock.to) return onDay(reference, clock)
    const readings = clock.ambiguous ? [clock.from, { ...clock.from, hour: (clock.from.hour + 12) % 24 }] : [clock.from]
    const sorted = readings.sort((a, b) => minutesOf(a) - minutesOf(b))
    const today = sorted.find((time) => minutesOf(time) >= now)
    return today ? { ...reference, ...today, ...zoneOf(clock) } : { ...addDays(reference, 1), ...sorted[0]!, ...zoneOf(clock) }
  })
}

/** A part of a day counted from the day of writing: "tomorrow evening", "tối qua", "late tonight". */
function dayPart(context: Context, by: number, hours: Hours, latent = false): Produced<'date'> {
  const produced = relative(context, 'hour', (reference) => {
    const day = addDays(reference, by)
    return [
      { ...day, hour: hours[0] },
      { ...day, hour: hours[1] }
    ]
  })
  return { ...produced, latent }
}

function withEdge(hours: Hours, edge: 'early' | 'late' | undefined): Hours {
  if (edge === 'early') return [hours[0], Math.max(hours[0], hours[1] - 3)]
  if (edge === 'late') return [Math.max(hours[0], hours[1] - 2), hours[1]]
  return hours
}

/** A number that can be an hour of the 12-hour clock: "8 tonight", "3 in the morning". */
function isTwelveHour(token: Token<'numeral'>): boolean {
  const { value, scale } = token.value
  return Number.isInteger(value) && value >= 1 && value <= 12 && !scale
}

/** Hours of a day named by a date token: "Monday morning" is Monday 00 to 11. */
function partOfDay(date: Match | undefined, hours: Hours): Produced<'date'> {
  const { value, relative: isRelative } = dateOf(date)
  const flag = isRelative ? { relative: true as const } : {}
  if (value === null) return { value: { value: null, grain: 'hour', ...flag } }
  return { value: { value: `${value}T${pad(hours[0])}/${value}T${pad(hours[1])}`, grain: 'hour', ...flag } }
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** The rules of a part of a named day: "Monday morning", "Feb. 15 in the morning", "the morning of Feb. 15". */
function partOfDayRules(
  words: DayPartWords,
  parts: Readonly<Record<string, Hours>>,
  edgeSource: string,
  edgeOf: (match: Match | undefined) => 'early' | 'late' | undefined
): Rule<'date'>[] {
  const after = new RegExp(`${edgeSource}(?<phrase>${alternation(Object.keys(parts))})`, 'iu')
  const before = new RegExp(`(?:the[ \\t]+)?${edgeSource}(?<phrase>${alternation(Object.keys(parts))})[ \\t]+of`, 'iu')
  const hoursOf = (match: Match | undefined) => withEdge(parts[phraseKey(regexOf(match).named.phrase!)]!, edgeOf(match))
  return [
    rule({
      name: '<day> <part of day>',
      dimension: 'date',
      pattern: [dimension('date', isOneDay), regex(after)],
      produce: ([date, part]) => quotingDay(partOfDay(date, hoursOf(part)), date, words)
    }),
    rule({
      name: '<part of day> of <day>',
      dimension: 'date',
      pattern: [regex(before), dimension('date', isOneDay)],
      produce: ([part, date]) => quotingDay(partOfDay(date, hoursOf(part)), date, words)
    })
  ]
}

/** A date token naming a part of a day: "tonight", "in the morning", "tomorrow afternoon". */
function isDayPart(token: Token<'date'>): boolean {
  return token.value.grain === 'hour' && (token.value.value === null || placeOf(token.value)?.hours !== undefined)
}

/** A bare hour in a part of a day: "8 tonight" is 20:00, "3 in the morning" 3:00. */
function atHourOfPart(hour: Match | undefined, date: Match | undefined, context: Context): Produced<'date'> | undefined {
  return onDayOrPart(date, { from: { hour: tokenOf(hour, 'numeral').value.value }, ambiguous: true }, context)
}

/**
 * A time on a day or a part of one. A part of whichever day the text speaks
 * of ("in the morning", latent) only settles the half of the day: "3 in the
 * morning" is the next 3:00 as "3am" would be.
 */
function onDayOrPart(date: Match | undefined, clock: ClockValue, context: Context): Produced<'date'> | undefined {
  const token = tokenOf(date, 'date')
  const hours = placeOf(token.value)?.hours
  if (!token.latent || !hours) return atTime(token.value, clock)
  return timeOfReference(context, { ...inPart(clock, hours), ambiguous: undefined })
}

function clockOf(match: Match | undefined): ClockValue {
  return tokenOf(match, 'clock').value
}

function dateOf(match: Match | undefined): DateValue {
  return tokenOf(match, 'date').value
}

/** The rules of a bare hour in a part of a day, in a language's words; none where its news does not say it. */
function hourOfPartRules(dayWords: DayPartWords): Rule<'date'>[] {
  const words = dayWords.hourOfPart
  if (!words) return []
  const atText = new RegExp(`(?:${alternation(words.at)})`, 'iu')
  return [
    rule({
      name: '<hour> <part of day>',
      dimension: 'date',
      pattern: [dimension('numeral', isTwelveHour), dimension('date', isDayPart)],
      produce: ([hour, date], context) => atHourOfPart(hour, date, context)
    }),
    rule({
      name: words.atHourOfPart,
      dimension: 'date',
      pattern: [regex(atText), dimension('numeral', isTwelveHour), dimension('date', isDayPart)],
      produce: ([, hour, date], context) => atHourOfPart(hour, date, context)
    }),
    rule({
      name: words.dayAtHourOfPart,
      dimension: 'date',
      pattern: [
        dimension('date', isOneDay),
        regex(atText),
        dimension('numeral', isTwelveHour),
        dimension('date', (token) => token.latent && isDayPart(token))
      ],
      produce: ([day, , hour, part]) => {
        const clock: ClockValue = { from: { hour: tokenOf(hour, 'numeral').value.value }, ambiguous: true }
        return quotingDay(atTime(dateOf(day), { ...inPart(clock, placeOf(dateOf(part))?.hours), ambiguous: undefined }), day, dayWords)
      }
    })
  ]
}

/** What is produced on a day, quoting the day alone where the language's records do. */
function quotingDay(produced: Produced<'date'> | undefined, day: Match | undefined, words: DayPartWords): Produced<'date'> | undefined {
  if (!produced || !words.quotedDays) return produced
  const token = tokenOf(day, 'date')
  // A part of whichever day the text speaks of ("3 in the morning") is no day to quote.
  if (token.latent) return produced
  return { ...produced, value: { ...produced.value, quoted: spanOf(token.value.quoted ?? token) } }
}

/** The words of a part of a shifted day a record quotes: the day's word ("yesterday afternoon"), or the part without its edge ("late tonight"). */
function quotedPart(match: RegexMatch, phrase: string, words: DayPartWords): DateValue['quoted'] {
  if (!words.quotedDays) return undefined
  const start = match.end - phrase.length
  const day = words.quotedDays.find((word) => phraseKey(phrase).startsWith(`${word} `))
  if (day !== undefined) return { start, end: start + day.length }
  return start > match.start ? { start, end: match.end } : undefined
}

/** The rules that put times of day on dates, and parts of days, in a language's words. */
export function timeRules(words: DayPartWords): Rule<'date'>[] {
  const edges = words.edges ?? {}
  const edgeSource = Object.keys(edges).length ? `(?:(?<edge>${alternation(Object.keys(edges))})[ \\t]+)?` : ''
  const phraseText = new RegExp(`${edgeSource}(?<phrase>${alternation(Object.keys(words.phrases))})`, 'iu')
  const unplaced = words.unplaced ?? {}
  const unplacedText = new RegExp(`${edgeSource}(?<phrase>${alternation(Object.keys(unplaced))})`, 'iu')
  const join = new RegExp(`(?:${alternation(words.joins)})`, 'iu')
  const nonLatent = (token: Token<'clock'>) => !token.latent
  const edgeOf = (match: Match | undefined) => {
    const edge = regexOf(match).named.edge
    return edge === undefined ? undefined : edges[edge.toLowerCase()]
  }
  const rules: Rule<'date'>[] = [
    rule({
      name: '<time>',
      dimension: 'date',
      pattern: [dimension('clock', nonLatent)],
      // A time said without its day names no day, as a day said without its year names no year: yearless.
      produce: ([clock], context) => yearImplied(timeOfReference(context, clockOf(clock)))
    }),
    rule({
      name: '<day> <time>',
      dimension: 'date',
      pattern: [dimension('date', takesTime), dimension('clock')],
      produce: ([date, clock], context) => quotingDay(onDayOrPart(date, clockOf(clock), context), date, words)
    }),
    rule({
      name: words.names.dayAtTime,
      dimension: 'date',
      pattern: [dimension('date', takesTime), regex(join), dimension('clock', nonLatent)],
      produce: ([date, , clock], context) => quotingDay(onDayOrPart(date, clockOf(clock), context), date, words)
    }),
    rule({
      name: '<time> <day>',
      dimension: 'date',
      pattern: [dimension('clock'), dimension('date', takesTime)],
      produce: ([clock, date], context) => quotingDay(onDayOrPart(date, clockOf(clock), context), date, words)
    }),
    rule({
      name: words.names.timeOnDay,
      dimension: 'date',
      pattern: [dimension('clock', nonLatent), regex(join), dimension('date', takesTime)],
      produce: ([clock, , date], context) => quotingDay(onDayOrPart(date, clockOf(clock), context), date, words)
    }),
    ...hourOfPartRules(words),
    rule({
      name: words.names.partOfShiftedDay,
      dimension: 'date',
      pattern: [regex(phraseText)],
      produce: ([match], context) => {
        const phrase = regexOf(match).named.phrase!
        const { by, hours } = words.phrases[phraseKey(phrase)]!
        const produced = dayPart(context, by, withEdge(hours, edgeOf(match)))
        const quoted = quotedPart(regexOf(match), phrase, words)
        return quoted ? { ...produced, value: { ...produced.value, quoted } } : produced
      }
    })
  ]
  if (words.ofDay) rules.push(...partOfDayRules(words, words.ofDay, edgeSource, edgeOf))
  if (Object.keys(unplaced).length === 0) return rules
  return [
    ...rules,
    rule({
      name: 'in the <part of day>',
      dimension: 'date',
      pattern: [regex(unplacedText)],
      produce: ([match], context) => dayPart(context, 0, withEdge(unplaced[phraseKey(regexOf(match).named.phrase!)]!, edgeOf(match)), true)
    })
  ]
}

/** Units of a count of time from the moment of writing: "the last 3 minutes", "4 giờ tới". */
export type TimeUnit = 'hour' | 'minute' | 'second'

const unitMilliseconds: Readonly<Record<TimeUnit, number>> = { hour: 3_600_000, minute: 60_000, second: 1_000 }

/** The moment of a reference date that has a time, or undefined. */
function referenceMoment(referenceDate: string | undefined): number | undefined {
  const now = referenceTime(referenceDate)
  return now && Date.UTC(now.year, now.month - 1, now.day, now.hour, now.minute, now.second)
}

function dayAt(moment: number, unit: TimeUnit): Day {
  const date = new Date(moment)
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    ...(unit !== 'hour' ? { minute: date.getUTCMinutes() } : {}),
    ...(unit === 'second' ? { second: date.getUTCSeconds() } : {})
  }
}

/**
 * `count` whole hours, minutes or seconds before the one of writing
 * (`direction` -1: "the last 3 minutes" written at 4:30 are 4:27 to 4:29) or
 * after it (1: "the next 4 hours"). Resolved only when the time of writing
 * is known, which a dateline seldom gives.
 */
export function countedTime(context: Context, unit: TimeUnit, count: number, direction: -1 | 1): Produced<'date'> {
  const moment = referenceMoment(context.referenceDate)
  if (moment === undefined || !Number.isInteger(count) || count < 1) return { value: { value: null, grain: unit, relative: true } }
  const size = unitMilliseconds[unit]
  const current = Math.floor(moment / size) * size
  const near = current + direction * size
  const far = current + direction * count * size
  const [from, to] = direction === -1 ? [far, near] : [near, far]
  const value = from === to ? iso(dayAt(from, unit)) : `${iso(dayAt(from, unit))}/${iso(dayAt(to, unit))}`
  return { value: { value, grain: unit, relative: true } }
}

/** What a language says of counts of time: its units and the words of direction, before the count or after the unit. */
export interface TimeCountWords {
  readonly units: Readonly<Record<string, TimeUnit>>
  readonly directions: Readonly<Record<string, -1 | 1>>
  /** Where the direction stands: "the last 3 minutes" (before) or "3 phút vừa rồi" (after). */
  readonly directionFirst: boolean
}

/** The rule of counts of time from the moment of writing. */
export function timeCountRule(words: TimeCountWords): Rule<'date'> {
  const unitText = new RegExp(`(?<unit>${alternation(Object.keys(words.units))})`, 'iu')
  const directionText = new RegExp(`(?:the[ \\t]+)?(?<direction>${alternation(Object.keys(words.directions))})`, 'iu')
  const count = dimension(
    'numeral',
    (token: Token<'numeral'>) => Number.isInteger(token.value.value) && token.value.value > 0 && !token.value.scale
  )
  const produce = (number: Match | undefined, unit: Match | undefined, direction: Match | undefined, context: Context) =>
    countedTime(
      context,
      words.units[phraseKey(regexOf(unit).named.unit!)]!,
      tokenOf(number, 'numeral').value.value,
      words.directions[phraseKey(regexOf(direction).named.direction!)]!
    )
  if (words.directionFirst) {
    return rule({
      name: 'the last|next <n> <time unit>',
      dimension: 'date',
      pattern: [regex(directionText), count, regex(unitText)],
      produce: ([direction, number, unit], context) => produce(number, unit, direction, context)
    })
  }
  return rule({
    name: '<n> <time unit> qua|tới',
    dimension: 'date',
    pattern: [count, regex(unitText), regex(directionText)],
    produce: ([number, unit, direction], context) => produce(number, unit, direction, context)
  })
}

/**
 * The moment `amount` units after the time of writing ("in 2 minutes", "in
 * half an hour", "an hour from now"), one grain finer than what was said: a
 * count of hours names a minute, of minutes or seconds a second.
 */
export function afterDuration(context: Context, unit: TimeUnit, amount: number): Produced<'date'> {
  const whole = Number.isInteger(amount)
  const grain: TimeUnit = unit === 'hour' && whole ? 'minute' : 'second'
  const moment = referenceMoment(context.referenceDate)
  if (moment === undefined || !(amount > 0)) return { value: { value: null, grain, relative: true } }
  return { value: { value: iso(dayAt(moment + amount * unitMilliseconds[unit], grain)), grain, relative: true } }
}
