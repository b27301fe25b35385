import { dimension, regex, regexOf, rule, tokenOf, type Match, type Produced, type Rule, type Token } from '../../../engine/rule.js'
import { afterNoon, beforeNoon, clockRange, clockTime, minutesAfter, minutesBefore, minutesOf } from '../helpers.js'
import type { ClockValue } from '../types.js'
import { alternation } from '../../../engine/alternation.js'
import { zoneAbbreviations } from '../zones.js'
import {
  colonTime,
  zonedTime,
  hourWithHalf,
  isHourNumber,
  isMinuteNumber,
  letterTime,
  timeRanges,
  wordsWithHalf,
  type DayHalfWords
} from '../rules.js'

/** "pm", "p.m.", "p m"; a lone "p" glued to the number ("3p"), a lone "a" only after minutes ("3:18a": "4a" is no time). */
const dayHalf: DayHalfWords = {
  // A dot ends "a.m." but not "am" at the end of a sentence ("at 3am.").
  source: String.raw`(?<half>[ap](?:\.[ \t]?m\.?|[ \t]?m)|(?<=\d)p|(?<=:\d\d)a)`,
  setterOf: (word) => (word.startsWith('a') ? beforeNoon : word.startsWith('p') ? afterNoon : undefined)
}

/** Words naming an hour: "noon", "midday", "midnight". */
const namedHours: Readonly<Record<string, number>> = { noon: 12, midday: 12, 'mid day': 12, midnight: 0 }

/** Minutes said in words before "past" or "to": "a quarter", "half". */
const minuteWords: Readonly<Record<string, number>> = { 'a quarter': 15, quarter: 15, half: 30 }

const namedHourText = /(?:the[ \t]+)?(?<name>noon|midday|mid[ \t]day|midnight)/iu
const oclockText = /o['’]?clock/iu
const minuteWordText = /(?<minutes>a[ \t]+quarter|quarter|half)/iu
/** "past", "after", "to", "before", with "minutes" before them when a number of minutes is said ("from" only then: "20 minutes from 2pm"). */
const directionText = /(?:(?:minutes?|mins?)[ \t]+)?(?<direction>past|after|to|till|before|(?<=(?:minutes?|mins?)[ \t]+)from)/iu
/** The same with "minutes" said: between two bare numbers ("20 minutes past 3"), since "five to ten" is mostly a range. */
const minutesDirectionText = /(?:minutes?|mins?)[ \t]+(?<direction>past|after|to|till|before|from)/iu
/** A word after a time that says it is approximate, which adds nothing to it: "4pm approximately". */
const approximatelyText = /approximately|approx\.?|or[ \t]+so/iu
/** "at" or "@" before a bare hour, which makes it a time only next to a day or a part of one ("tonight at 8"). */
const atText = /at|@/iu
const betweenText = /between/iu
/** Words joining two times into a range, "untill" as it is often misspelt. */
const rangeJoins = String.raw`[-–—]|to|through|thru|till|until|untill`
const rangeJoinText = new RegExp(rangeJoins, 'iu')
/** "later than" or "after" before the start of a range whose end comes after "but before". */
const laterThanText = /later[ \t]+than|after/iu
const butBeforeText = /,?[ \t]*(?:but|and)[ \t]+before/iu
/** "for" and a count of minutes or hours after a time: "5pm for 45 mins". */
const forText = /for/iu
const minutesOrHoursText = /(?<unit>minutes?|mins?|hours?|hrs?)/iu
/** A zone's name right after an hour: "8 GMT", "8 (PST)". */
const zoneAfter = new RegExp(`^[ \\t]*\\(?(?:${alternation(Object.keys(zoneAbbreviations))})(?![\\p{L}])`, 'iu')
const andText = /and/iu

/** A clock that is a whole hour, which minutes can be counted from: "3pm", "noon", "3 o'clock", "15h". */
function isWholeHour(token: Token<'clock'>): boolean {
  return token.value.to === undefined && !token.value.from.minute && token.value.from.second === undefined
}

function minutesFrom(match: Match | undefined): number {
  if (match?.kind === 'token') return tokenOf(match, 'numeral').value.value
  return minuteWords[regexOf(match).named.minutes!.toLowerCase().replace(/\s+/gu, ' ')]!
}

function moved(minutes: Match | undefined, direction: Match | undefined, base: ClockValue): Produced<'clock'> | undefined {
  const word = regexOf(direction).named.direction!.toLowerCase()
  const count = minutesFrom(minutes)
  return word === 'past' || word === 'after' || word === 'from' ? minutesAfter(base, count) : minutesBefore(base, count)
}

/** "half past three", "20 minutes to 2pm", "a quarter past ten": minutes counted from an hour said as a time or a number. */
function minutesFromHour(): Rule<'clock'>[] {
  const minuteItems = [dimension('numeral', isMinuteNumber), regex(minuteWordText)] as const
  const hourOf = (match: Match | undefined): ClockValue | undefined => {
    if (match?.kind === 'token' && match.dimension === 'clock') return tokenOf(match, 'clock').value
    const hour = tokenOf(match, 'numeral').value.value
    return hour >= 1 && hour <= 12 ? clockTime({ hour })?.value : undefined
  }
  return minuteItems.flatMap((minutes) =>
    [dimension('clock', isWholeHour), dimension('numeral', isHourNumber)].map((hour) =>
      rule({
        name: `${minutes.kind === 'regex' ? 'a quarter|half' : '<minutes>'} past|to ${hour.dimension === 'clock' ? '<time>' : '<hour>'}`,
        dimension: 'clock',
        pattern: [
          minutes,
          regex(minutes.kind === 'dimension' && hour.dimension === 'numeral' ? minutesDirectionText : directionText),
          hour
        ],
        produce: ([minuteMatch, direction, hourMatch]) => {
          const base = hourOf(hourMatch)
          return base ? moved(minuteMatch, direction, base) : undefined
        }
      })
    )
  )
}

export const namedHour = rule({
  name: 'noon|midnight',
  dimension: 'clock',
  pattern: [regex(namedHourText)],
  produce: ([match]) =>
    clockTime({ hour: namedHours[regexOf(match).named.name!.toLowerCase().replace(/\s+/gu, ' ')]! }, { twentyFourHour: true })
})

export const oclock = rule({
  name: "<hour> o'clock",
  dimension: 'clock',
  pattern: [dimension('numeral', (token) => isHourNumber(token) && token.value.value >= 1 && token.value.value <= 12), regex(oclockText)],
  produce: ([hour]) => clockTime({ hour: tokenOf(hour, 'numeral').value.value })
})

/**
 * "at 8", "@ three": a bare hour after "at" is a time only beside a day or a
 * part of one ("tonight at 8"): alone it stays latent, since "rose to 5 at 3"
 * is no time. It ends the phrase: a word after it ("at 7 percent") makes it
 * none, unless the word is a zone ("at 8 GMT").
 */
export const atHour = rule({
  name: 'at <hour>',
  dimension: 'clock',
  pattern: [regex(atText), dimension('numeral', (token) => isHourNumber(token) && token.value.value >= 1 && token.value.value <= 12)],
  produce: ([, hour], context) => {
    const token = tokenOf(hour, 'numeral')
    const after = context.text.slice(token.end)
    if (/^[ \t]*[\p{L}\p{N}%$]/u.test(after) && !zoneAfter.test(after)) return undefined
    return clockTime({ hour: token.value.value }, { latent: true })
  }
})

/** Four digits of the 24-hour clock, as wire reports and schedules write them: "0800", "1030", "2330". */
const fourDigitsText = /(?<hour>[01]\d|2[0-3])(?<minute>[0-5]\d)(?![\d,:]|\.\d)(?<hrs>[ \t]*hrs\b)?/iu
/** What makes four digits a time after "at": nothing more, or a word that places a time, never a noun ("at 1500 metres"). */
const afterWireTime = /^(?:[ \t]*(?:$|[.,;:!?)–—-]|(?:on|in|local|today|tomorrow|tonight|and|to|until|till)(?![\p{L}])))/u
const beforeWireTime = /(?:^|[ \t(])(?:at|@|around|approximately|about|by|from|until|till)[ \t]+$/iu

/**
 * "0800 GMT", "1030 hrs", "at 1145": four digits are a time before a zone or
 * "hrs", or after "at" when they cannot be a year of news ("at 2010
 * prices": an hour of 19 or 20 is read only before a zone or "hrs").
 */
export const wireTime = rule({
  name: '<hhmm>',
  dimension: 'clock',
  pattern: [regex(fourDigitsText)],
  produce: ([match], context) => {
    const { start, end } = match!
    const { hour, minute, hrs } = regexOf(match).named
    const after = context.text.slice(end, end + 20)
    const marked = hrs !== undefined || zoneAfter.test(after)
    const placed =
      beforeWireTime.test(context.text.slice(Math.max(0, start - 16), start)) && afterWireTime.test(after) && !/^(?:19|20)/u.test(hour!)
    return marked || placed ? clockTime({ hour: Number(hour), minute: Number(minute) }, { twentyFourHour: true }) : undefined
  }
})

export const betweenTimes = rule({
  name: 'between <time> and <time>',
  dimension: 'clock',
  pattern: [
    regex(betweenText),
    dimension('clock', (token) => !token.value.to),
    regex(andText),
    dimension('clock', (token) => !token.value.to)
  ],
  produce: ([, from, , to]) => clockRange(tokenOf(from, 'clock').value, tokenOf(to, 'clock').value)
})

/** A time that is one point of the day, not a range. */
function isPoint(token: Token<'clock'>): boolean {
  return !token.value.to
}

/** "9am until 5", "2pm to 5": a range whose end is a bare hour, read as the first such hour after the start. */
export const timeToHour = rule({
  name: '<time> - <hour>',
  dimension: 'clock',
  pattern: [
    dimension('clock', (token) => isPoint(token) && !token.value.ambiguous),
    regex(rangeJoinText),
    dimension('numeral', (token) => isHourNumber(token) && token.value.value >= 1 && token.value.value <= 12)
  ],
  produce: ([from, , hour], context) => {
    const token = tokenOf(hour, 'numeral')
    // "from 8am to 6 percent" is no range.
    if (/^[ \t]*[\p{L}\p{N}%$]/u.test(context.text.slice(token.end))) return undefined
    const end = clockTime({ hour: token.value.value })
    return end ? clockRange(tokenOf(from, 'clock').value, end.value) : undefined
  }
})

export const laterThanButBefore = rule({
  name: 'later than <time> but before <time>',
  dimension: 'clock',
  pattern: [regex(laterThanText), dimension('clock', isPoint), regex(butBeforeText), dimension('clock', isPoint)],
  produce: ([, from, , to]) => clockRange(tokenOf(from, 'clock').value, tokenOf(to, 'clock').value)
})

/** "5pm for 45 mins", "16h for two hours": from the time to the end of the count, on the same day. */
export const timeForDuration = rule({
  name: '<time> for <n> minutes',
  dimension: 'clock',
  pattern: [
    dimension('clock', (token) => isPoint(token) && !token.latent),
    regex(forText),
    dimension('numeral', (token) => Number.isInteger(token.value.value) && token.value.value > 0 && !token.value.scale),
    regex(minutesOrHoursText)
  ],
  produce: ([clock, , count, unit]) => {
    const from = tokenOf(clock, 'clock').value
    const minutes = tokenOf(count, 'numeral').value.value * (/^h/iu.test(regexOf(unit).named.unit!) ? 60 : 1)
    const end = minutesOf(from.from) + minutes
    if (end >= 24 * 60) return undefined
    return clockRange(from, { from: { hour: Math.floor(end / 60), minute: end % 60 } })
  }
})

export const approximateTime = rule({
  name: '<time> approximately',
  dimension: 'clock',
  pattern: [dimension('clock', (token) => !token.latent), regex(approximatelyText)],
  produce: ([clock]) => ({ value: tokenOf(clock, 'clock').value })
})

export const rules: Rule<'clock'>[] = [
  colonTime(dayHalf),
  letterTime(['h'], { minHourAlone: 13 }),
  hourWithHalf(dayHalf, String.raw`(?:o['’]?clock|ish)`),
  ...wordsWithHalf(dayHalf),
  ...timeRanges(rangeJoins),
  timeToHour,
  laterThanButBefore,
  timeForDuration,
  approximateTime,
  namedHour,
  oclock,
  atHour,
  wireTime,
  betweenTimes,
  ...minutesFromHour(),
  zonedTime(zoneAbbreviations)
]
