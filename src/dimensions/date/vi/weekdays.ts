/** Weekdays: "vào thứ Hai", "thứ Hai, 14/10/2025", "thứ tư tuần tới". */
import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { dayOfMonth, named, lastWeekday, weekdayAlone, nextWeekday, weekdayOfWeek, phraseKey } from '../helpers.js'
import { placeWords, weekWords, weekdays, sundays } from './words.js'

/** A weekday placed by its week or by a word: "thứ tư tuần tới", "thứ 5 của tuần này", "thứ hai tới". */
const placedWeekdayText = new RegExp(
  `(?<name>${alternation(Object.keys(weekdays))})[ \\t]+(?:(?:của[ \\t]+)?(?<week>${alternation(Object.keys(weekWords))})|(?<place>${alternation(Object.keys(placeWords))}))`,
  'iu'
)

/** A weekday after a word that makes it a day ("vào thứ Hai", "sáng Chủ nhật"), not a rank ("kỳ họp thứ hai"). */
const weekdayText = new RegExp(
  `(?<=(?:vào|hôm|sáng|chiều|tối|trưa|đêm)[ \\t]+)(${alternation(Object.keys(weekdays))})|(${alternation(Object.keys(sundays))})`,
  'iu'
)

/** A weekday before the date it falls on: "thứ Hai, 14/10/2025", "thứ 4 ngày mồng 8 tháng 3" (it places a date said without its year). */
const weekdayBeforeText = new RegExp(`(?<name>${alternation(Object.keys(weekdays))})(?:[ \\t]*,)?(?:[ \\t]+(?:ngày|mồng|mùng))*`, 'iu')

/** What may stand before a weekday: a cue word ("vào thứ Hai"), or nothing but punctuation; after a noun "thứ hai" is a rank ("kỳ họp thứ hai"). */
const beforeWeekday = /(?:^|[^\p{L}\p{N}\s][ \t]*|(?:vào|hôm|sáng|chiều|tối|trưa|đêm)[ \t]+)$/iu

export const weekday = rule({
  name: 'vào <weekday>',
  dimension: 'date',
  pattern: [regex(weekdayText)],
  produce: ([match], context) => {
    const { groups } = regexOf(match)
    return weekdayAlone(context, weekdays[phraseKey((groups[1] ?? groups[2])!)]!)
  }
})

export const weekdayBeforeDate = rule({
  name: '<weekday> <date>',
  dimension: 'date',
  pattern: [regex(weekdayBeforeText), dimension('date', (token) => token.value.grain === 'day' && !token.value.value?.includes('/'))],
  produce: ([weekdayMatch, date], context) => {
    if (!beforeWeekday.test(context.text.slice(Math.max(0, weekdayMatch!.start - 20), weekdayMatch!.start))) return undefined
    const { value } = tokenOf(date, 'date')
    // Said without its year, the day is in the year it falls on that weekday.
    const weekday = weekdays[phraseKey(regexOf(weekdayMatch).named.name!)]!
    return value.yearless ? dayOfMonth(context, value.yearless.month, value.yearless.day, undefined, weekday) : { value }
  }
})

export const placedWeekday = rule({
  name: '<weekday> tuần tới',
  dimension: 'date',
  pattern: [regex(placedWeekdayText)],
  produce: ([match], context) => {
    const { name, week, place } = named(match)
    const weekday = weekdays[phraseKey(name!)]!
    if (week !== undefined) return weekdayOfWeek(context, weekday, weekWords[phraseKey(week)]!)
    return placeWords[phraseKey(place!)] === 1 ? nextWeekday(context, weekday) : lastWeekday(context, weekday)
  }
})
