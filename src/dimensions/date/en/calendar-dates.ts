/** Dates named by their calendar: a day, a month, a year, or a day of a month ("November 8, 1972", "8 Nov", "2/15", "March 2024", "2010 AD"). */
import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { dayDigits, fullYear } from '../digits.js'
import { dayOfMonth, int, named, monthOf, point, yearOfTwoDigits } from '../helpers.js'
import { fullWeekdays, monthNumber, months, weekdays } from './months.js'
import { monthName, dayNumber, wordlessShortWeekdays, yearAfter, dayOf } from './patterns.js'

/** A weekday before a date: "Monday, ", "Wed. ". It places a date said without its year. */
const weekdayBefore = `(?:(?<weekday>${alternation(Object.keys(weekdays))})\\.?,?[ \\t]+)?`

/** A weekday after a date, which picks its year: ", Fri", ", Friday". */
const weekdayAfter = `(?:,[ \\t]*(?<weekdayAfter>${alternation([...fullWeekdays, ...wordlessShortWeekdays])})\\.?)?`

/** "November 8, 1972", "Nov. 8 1972", "Monday, Nov. 9, 2022". */
const monthDayYearText = new RegExp(`${weekdayBefore}${monthName}[ \\t]+${dayNumber('day')}${yearAfter}`, 'iu')

/** "8 November 1972", "the 3rd of March, 2024". */
const dayMonthYearText = new RegExp(
  `${weekdayBefore}(?:the[ \\t]+)?${dayNumber('day')}(?:[ \\t]+of[ \\t]+|[ \\t]*)${monthName}${yearAfter}`,
  'iu'
)

/** A day, a month name and a year joined by one dash or slash: "28/Feb/1981", "8-Nov-1972". */
const dayMonthYearGlued = new RegExp(
  `(?<day>${dayDigits})(?<separator>[-/])${monthName}\\k<separator>(?:(?<year>${fullYear})|(?<short>\\d{2}))(?![.,]?\\d)`,
  'iu'
)

/**
 * A month and a day in digits, month first as in US English ("2/15", "Fri
 * 4/25"). Alone it may be a fraction or a score ("2/3 of the budget"): it is
 * a date after "on" or a weekday, else latent, a date only beside a time
 * ("5/14 at 3:30pm").
 */
const monthDayDigits = new RegExp(
  `(?:(?<weekday>${alternation(Object.keys(weekdays))})\\.?,?[ \\t]+)?(?<![\\d.,:/-])(?<first>${dayDigits})/(?<second>${dayDigits})(?![.,:/-]?\\d)(?![ \\t]+of\\b)`,
  'iu'
)

/** A day of a month whose year the text does not give: "Nov. 8", "November 8th". */
const monthDayText = new RegExp(`${weekdayBefore}${monthName}[ \\t]*${dayNumber('day')}(?![.,]?\\d)${weekdayAfter}`, 'iu')

/** "8 November", "the 3rd of March". */
const dayMonthText = new RegExp(`${weekdayBefore}(?:the[ \\t]+)?${dayNumber('day')}(?:[ \\t]+of)?[ \\t]+${monthName}`, 'iu')

/** "November 1972", "March of 2024". */
const monthYearText = new RegExp(`${monthName}(?:[ \\t]+of)?${yearAfter}`, 'iu')

/** A month without its year, after a word that makes it a date: "in March", "since June" (the word is not part of it). */
const monthAloneText = new RegExp(
  `(?<=\\b(?:in|during|since|until|by|from|early|late|mid|(?:beginning|start|middle|end)[ \\t]+of)[ \\t-]+)(?<month>${alternation(Object.keys(months))})(?![ \\t]*\\d)`,
  'iu'
)

/** A year of the common era said with its era, in capitals or with dots ("ad" is an advert): "2014 AD", "A.D. 2014", "2014 a.d.". */
const yearOfEraText = new RegExp(
  `(?:(?<year>${fullYear})[ \\t]*(?:AD|A\\.D\\.|a\\.d\\.)|(?:AD|A\\.D\\.)[ \\t]*(?<yearAfter>${fullYear}))(?![.,]?\\d)`,
  'u'
)

export const monthDayYear = rule({
  name: '<month> <day>, <year>',
  dimension: 'date',
  pattern: [regex(monthDayYearText)],
  produce: ([match], context) => dayOf(context, named(match))
})

export const dayMonthYear = rule({
  name: '<day> <month> <year>',
  dimension: 'date',
  pattern: [regex(dayMonthYearText)],
  produce: ([match], context) => dayOf(context, named(match))
})

export const dayMonthYearDashed = rule({
  name: '<day>/<month name>/<year>',
  dimension: 'date',
  pattern: [regex(dayMonthYearGlued)],
  produce: ([match], context) => {
    const { short } = named(match)
    return dayOf(context, short === undefined ? named(match) : { ...named(match), year: String(yearOfTwoDigits(int(short))) })
  }
})

export const monthDayNumbers = rule({
  name: '<month>/<day>',
  dimension: 'date',
  pattern: [regex(monthDayDigits)],
  produce: ([match], context) => {
    const { weekday, first, second } = named(match)
    const [a, b] = [int(first), int(second)]
    // A first number above 12 is a day, as in "15/3".
    const [month, day] = a > 12 ? [b, a] : [a, b]
    if (month > 12) return undefined
    const inDate = weekday !== undefined || /\bon[ \t]+$/iu.test(context.text.slice(0, regexOf(match).start))
    const found = dayOfMonth(context, month, day, undefined, weekday === undefined ? undefined : weekdays[weekday.toLowerCase()])
    return found && { ...found, latent: !inDate }
  }
})

export const monthDay = rule({
  name: '<month> <day>',
  dimension: 'date',
  pattern: [regex(monthDayText)],
  produce: ([match], context) => dayOf(context, named(match))
})

export const dayMonth = rule({
  name: '<day> <month>',
  dimension: 'date',
  pattern: [regex(dayMonthText)],
  produce: ([match], context) => dayOf(context, named(match))
})

export const monthYear = rule({
  name: '<month> <year>',
  dimension: 'date',
  pattern: [regex(monthYearText)],
  produce: ([match]) => {
    const { month, year } = named(match)
    const number = monthNumber(month)
    return number === undefined ? undefined : point({ year: int(year), month: number })
  }
})

export const monthAlone = rule({
  name: 'in <month>',
  dimension: 'date',
  pattern: [regex(monthAloneText)],
  produce: ([match], context) => {
    const month = monthNumber(named(match).month)
    return month === undefined ? undefined : monthOf(context, month, 0)
  }
})

export const yearOfEra = rule({
  name: '<year> AD',
  dimension: 'date',
  pattern: [regex(yearOfEraText)],
  produce: ([match]) => point({ year: int(named(match).year ?? named(match).yearAfter) })
})

/**
 * A year in words ("two thousand ten", "nineteen ninety-nine" when the
 * numerals read it) after a holiday or a month: a building block only, since
 * "two thousand people" counts people.
 */
export const yearInWords = rule({
  name: '<year in words>',
  dimension: 'date',
  pattern: [
    dimension(
      'numeral',
      (token) => !token.value.digits && Number.isInteger(token.value.value) && token.value.value >= 1000 && token.value.value <= 2999
    )
  ],
  produce: ([year]) => {
    const produced = point({ year: tokenOf(year, 'numeral').value.value })
    return produced && { ...produced, latent: true }
  }
})
