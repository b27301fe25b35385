import { dimension, regex, regexOf, rule, tokenOf, type Match, type Rule, type Token } from '../../engine/rule.js'
import { alternation } from '../../engine/alternation.js'
import { clockRange, clockTime, isHour, type HourSetter } from './helpers.js'

/** What a language writes after a time to say which half of the day it is in: "pm", "a.m.", "chiều". */
export interface DayHalfWords {
  /** Regex source of the words, with a named group `half`; it is matched right after the time or after blanks. */
  readonly source: string
  readonly setterOf: (word: string) => HourSetter | undefined
}

/** Not glued to a number before it: "1.3:30" or "2024:30" hold no time. */
const notAfterNumber = String.raw`(?<![\d.,:/])`
/** Not followed by more of a number: "3:305" or "3:30.5" are not times. */
const notBeforeNumber = String.raw`(?![.,:]?\d)`
const hour24 = String.raw`(?:[01]?\d|2[0-3])`
const sixty = String.raw`[0-5]\d`

function named(match: Match | undefined): Readonly<Record<string, string | undefined>> {
  return regexOf(match).named
}

function int(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number.parseInt(text, 10)
}

function setterOf(words: DayHalfWords, half: string | undefined): HourSetter | undefined {
  return half === undefined ? undefined : words.setterOf(half.toLowerCase())
}

/** "15:30", "4:12am", "8:02:15 AM", "4:15 chiều": hours and minutes (and seconds) with a colon. */
export function colonTime(words: DayHalfWords): Rule<'clock'> {
  const text = new RegExp(
    `${notAfterNumber}(?<hour>${hour24}):(?<minute>${sixty})(?::(?<second>${sixty}))?${notBeforeNumber}(?:[ \\t]*${words.source})?`,
    'iu'
  )
  return rule({
    name: '<hh>:<mm>',
    dimension: 'clock',
    pattern: [regex(text)],
    produce: ([match]) => {
      const { hour, minute, second, half } = named(match)
      const setHour = setterOf(words, half)
      if (half !== undefined && !setHour) return undefined
      // A leading zero ("09:30") is a 24-hour clock.
      return clockTime(
        { hour: int(hour)!, minute: int(minute), second: int(second) },
        { setHour, twentyFourHour: hour!.length === 2 && hour!.startsWith('0') }
      )
    }
  })
}

/**
 * "15h30", "16h", "10g45": the 24-hour clock with a letter for the hour, as
 * French and Vietnamese write it. `minHourAlone` is the least hour read
 * alone without minutes: in English "in 1h" is an hour's time, not one
 * o'clock; a lesser one is latent, a time only beside a day, a zone or
 * another time ("Thursday 8h", "8h GMT", "8h30 - 10h").
 */
export function letterTime(letters: readonly string[], options: { readonly minHourAlone?: number } = {}): Rule<'clock'> {
  const text = new RegExp(`${notAfterNumber}(?<hour>${hour24})(?:${letters.join('|')})(?<minute>${sixty})?(?![\\d.,:])`, 'iu')
  return rule({
    name: `<hh>${letters[0]}<mm>`,
    dimension: 'clock',
    pattern: [regex(text)],
    produce: ([match]) => {
      const { hour, minute } = named(match)
      const latent = minute === undefined && int(hour)! < (options.minHourAlone ?? 0)
      return clockTime({ hour: int(hour)!, minute: minute === undefined ? 0 : int(minute) }, { twentyFourHour: true, latent })
    }
  })
}

/** "3pm", "3 PM", "11 a.m.", "415 p.m.": an hour (and minutes, glued) in digits with its half of the day. */
export function hourWithHalf(words: DayHalfWords, filler: string): Rule<'clock'> {
  const text = new RegExp(
    `${notAfterNumber}(?:(?<hour>1[0-2]|0?\\d)(?<minute>${sixty})?)${notBeforeNumber}(?:[ \\t]*${filler})?[ \\t]*${words.source}`,
    'iu'
  )
  return rule({
    name: '<hour> am|pm',
    dimension: 'clock',
    pattern: [regex(text)],
    produce: ([match]) => {
      const { hour, minute, half } = named(match)
      const setHour = setterOf(words, half)
      return setHour ? clockTime({ hour: int(hour)!, minute: int(minute) }, { setHour }) : undefined
    }
  })
}

/** A whole number that can be an hour: "three", "15". */
export function isHourNumber(token: Token<'numeral'>): boolean {
  return isHour(token.value.value) && !token.value.scale
}

/** A number that can be minutes of an hour: "twenty", "45". */
export function isMinuteNumber(token: Token<'numeral'>): boolean {
  const { value, scale } = token.value
  return Number.isInteger(value) && value >= 1 && value <= 59 && !scale
}

/** "three am", "ten thirty p.m.", "eight forty five a m": an hour in words, maybe its minutes, and its half of the day. */
export function wordsWithHalf(words: DayHalfWords): Rule<'clock'>[] {
  const half = new RegExp(words.source, 'iu')
  const produce = (hour: Match | undefined, minute: Match | undefined, halfMatch: Match | undefined) => {
    const setHour = setterOf(words, named(halfMatch).half)
    const minutes = minute ? tokenOf(minute, 'numeral').value.value : undefined
    return setHour ? clockTime({ hour: tokenOf(hour, 'numeral').value.value, minute: minutes }, { setHour }) : undefined
  }
  return [
    rule({
      name: '<hour> <am|pm>',
      dimension: 'clock',
      pattern: [dimension('numeral', isHourNumber), regex(half)],
      produce: ([hour, halfMatch]) => produce(hour, undefined, halfMatch)
    }),
    rule({
      name: '<hour> <minutes> <am|pm>',
      dimension: 'clock',
      pattern: [
        dimension('numeral', isHourNumber),
        dimension('numeral', (token) => isMinuteNumber(token) && token.value.value >= 10),
        regex(half)
      ],
      produce: ([hour, minute, halfMatch]) => produce(hour, minute, halfMatch)
    })
  ]
}

/** Joins two times into a range: "3-4pm", "9:30 - 11:00", "from 4:30 to 7 PM" (the "from" is not part of it). */
/**
 * "10:00 GMT", "3pm PST", "9 am (BST)", "8h (GMT+7)", "15h giờ Hà Nội": a
 * time with the zone the text names; an offset after GMT or UTC counts from it.
 */
export function zonedTime(zones: Readonly<Record<string, number>>): Rule<'clock'> {
  const text = new RegExp(
    `\\(?(?<zone>${alternation(Object.keys(zones))})(?:[ \\t]*(?<sign>[+−-])[ \\t]*(?<hours>1[0-4]|0?\\d)(?::?(?<minutes>[0-5]\\d))?)?(?![\\d])\\)?`,
    'iu'
  )
  return rule({
    name: '<time> <zone>',
    dimension: 'clock',
    pattern: [dimension('clock', (token) => token.value.offset === undefined), regex(text)],
    produce: ([clock, zone]) => {
      const { zone: name, sign, hours, minutes } = named(zone)
      const base = zones[name!.toLowerCase().replace(/\s+/gu, ' ')]!
      if (sign !== undefined && base !== 0) return undefined
      const shift = sign === undefined ? 0 : (sign === '+' ? 1 : -1) * (int(hours)! * 60 + (int(minutes) ?? 0))
      return { value: { ...tokenOf(clock, 'clock').value, offset: base + shift } }
    }
  })
}

export function timeRanges(joins: string): Rule<'clock'>[] {
  const join = new RegExp(joins, 'iu')
  const range = (from: Match | undefined, to: Match | undefined) => clockRange(tokenOf(from, 'clock').value, tokenOf(to, 'clock').value)
  // The first end may be a bare hour ("3-4pm", "9-11am"), which is no time alone.
  const bareHour = new RegExp(`${notAfterNumber}(?<hour>${hour24})(?=[ \\t]*(?:${joins}))`, 'iu')
  return [
    rule({
      name: '<time> - <time>',
      dimension: 'clock',
      pattern: [dimension('clock', (token) => !token.value.to), regex(join), dimension('clock', (token) => !token.value.to)],
      produce: ([from, , to]) => range(from, to)
    }),
    rule({
      name: '<hour> - <time>',
      dimension: 'clock',
      pattern: [regex(bareHour), regex(join), dimension('clock', (token) => !token.value.to && !token.value.ambiguous)],
      produce: ([hour, , to]) => {
        const from = clockTime({ hour: int(named(hour).hour)! })
        return from ? clockRange(from.value, tokenOf(to, 'clock').value) : undefined
      }
    })
  ]
}
