/** Weekdays placed from the day of writing: "on Monday", "next Friday", "Tuesday the 5th", "Monday of next week", "3 Fridays from now". */
import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { dayDigits } from '../digits.js'
import { dayNumbered, int, isCount, named, lastWeekday, weekdayAlone, nextWeekday, relative, weekdayOfWeek } from '../helpers.js'
import { fullWeekdays, monthNumber, months, weekdays, wordlikeWeekdays } from './months.js'
import { wordlessShortWeekdays } from './patterns.js'

/**
 * A weekday standing for a day of that name, placed by the context's
 * reading: "Monday", "on Tue."
 * (an abbreviation after "on", which is not part of it), "fri." (one that is
 * no word, in lower case or before a time: "Thu" is also a Vietnamese name).
 */
const weekdayText = new RegExp(
  `(?:(?<=\\bon[ \\t]+)(?<short>${alternation(Object.keys(weekdays).filter((name) => !fullWeekdays.includes(name)))})\\.?|(?<name>${alternation(fullWeekdays)})|(?<lower>${alternation(wordlessShortWeekdays)})\\.?)`,
  'iu'
)

/** A time right after a word: "Thu at 8", "Fri 9:30", "Thu 8h", "Fri 9am", which makes a capitalised abbreviation a weekday ("Thu 45" is no time). */
const beforeTime = /^[ \t]+(?:(?:at|@)[ \t]*\d|\d{1,2}(?::\d\d|h|[ \t]*[ap]\.?m)(?![\p{L}\d]))/iu

export const weekday = rule({
  name: 'on <weekday>',
  dimension: 'date',
  pattern: [regex(weekdayText)],
  produce: ([match], context) => {
    const { short, name, lower } = named(match)
    if (lower !== undefined && lower !== lower.toLowerCase() && !beforeTime.test(context.text.slice(regexOf(match).end))) return undefined
    return weekdayAlone(context, weekdays[(short ?? name ?? lower)!.toLowerCase()]!)
  }
})

/** A weekday and a day of the month: "Friday the 23rd", "Wed 16th" (the ordinal suffix makes it a day: "Tuesday 19 people"). */
const weekdayDayText = new RegExp(
  `(?<weekday>${alternation(Object.keys(weekdays))})\\.?,?[ \\t]+(?:the[ \\t]+)?(?<day>${dayDigits})(?:st|nd|rd|th)`,
  'iu'
)

/** A weekday of the coming or the past week: "next Tuesday", "this Monday", "last Sunday". */
const shiftedWeekdayText = new RegExp(
  `(?<shift>this|next|coming|last|previous|past)[ \\t]+(?<name>${alternation(Object.keys(weekdays))})`,
  'iu'
)

/** A weekday of a week counted from the day of writing: "friday of next week", "tuesday of this week", "last week's saturday". */
const weekdayOfWeekText = new RegExp(
  `(?:(?<name>${alternation(Object.keys(weekdays))})[ \\t]+(?:of|from)?[ \\t]*(?<week>this|next|last)[ \\t]+week|(?<weekFirst>this|next|last)[ \\t]+week['’]s[ \\t]+(?<day>${alternation(Object.keys(weekdays))}))`,
  'iu'
)

/** A weekday in the plural, counted: "fridays" in "2 mondays from now". */
const weekdaysText = new RegExp(`(?<name>${alternation(fullWeekdays)})s`, 'iu')

/** After a count of weekdays, the direction from the day of writing: "from now", "hence", "ago", "back". */
const weekdaysDirectionText = /(?<direction>from[ \t]+now|hence|ago|back)/iu

/** "Friday after next", "March after next": the one after the next. */
const afterNextText = new RegExp(
  `(?:(?<weekday>${alternation(fullWeekdays)})|(?<month>${alternation(Object.keys(months))}))[ \\t]+after[ \\t]+next`,
  'iu'
)

export const countedWeekdays = rule({
  name: '<n> <weekday>s from now|ago',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(weekdaysText), regex(weekdaysDirectionText)],
  produce: ([count, name, direction], context) => {
    const weekday = weekdays[named(name).name!.toLowerCase()]!
    const n = tokenOf(count, 'numeral').value.value
    const word = named(direction).direction!.toLowerCase()
    return word === 'ago' || word === 'back' ? lastWeekday(context, weekday, n) : nextWeekday(context, weekday, false, n)
  }
})

export const afterNext = rule({
  name: '<weekday> after next',
  dimension: 'date',
  pattern: [regex(afterNextText)],
  produce: ([match], context) => {
    const { weekday, month } = named(match)
    if (weekday !== undefined) return nextWeekday(context, weekdays[weekday.toLowerCase()]!, false, 2)
    const number = monthNumber(month)
    if (number === undefined) return undefined
    return relative(context, 'month', (reference) => ({ year: reference.year + (number > reference.month ? 1 : 2), month: number }))
  }
})

export const weekdayAndDay = rule({
  name: '<weekday> the <day>',
  dimension: 'date',
  pattern: [regex(weekdayDayText)],
  produce: ([match], context) => {
    const { weekday: name, day } = named(match)
    // "sat 15th" may be a place in a table: a word-like abbreviation only capitalised.
    if (wordlikeWeekdays.includes(name!)) return undefined
    return dayNumbered(context, int(day), weekdays[name!.toLowerCase()])
  }
})

export const shiftedWeekday = rule({
  name: 'next|last <weekday>',
  dimension: 'date',
  pattern: [regex(shiftedWeekdayText)],
  produce: ([match], context) => {
    const { shift, name } = named(match)
    const weekday = weekdays[name!.toLowerCase()]!
    const word = shift!.toLowerCase()
    if (word === 'last' || word === 'previous' || word === 'past') return lastWeekday(context, weekday)
    return nextWeekday(context, weekday, word === 'this')
  }
})

export const weekdayOfShiftedWeek = rule({
  name: '<weekday> of this|next|last week',
  dimension: 'date',
  pattern: [regex(weekdayOfWeekText)],
  produce: ([match], context) => {
    const { name, week, weekFirst, day } = named(match)
    const shift = (week ?? weekFirst)!.toLowerCase()
    return weekdayOfWeek(context, weekdays[(name ?? day)!.toLowerCase()]!, shift === 'next' ? 1 : shift === 'last' ? -1 : 0)
  }
})
