/** Ranges of days, months and years said as two ends ("June 3-5", "13 to 15 July", "March-May 2024", "2019 to 2021"). */
import { regex, rule, type Context, type Produced } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { fullYear } from '../digits.js'
import { daysOfMonth, int, named, interval } from '../helpers.js'
import { yearsJoined } from '../rules.js'
import { monthNumber, months } from './months.js'
import { monthName, dayNumber, yearAfter, yearOf } from './patterns.js'

/** Words joining the two ends of a range of days: "13-15", "13 to 15", "13 thru 15". */
const dayRangeJoin = String.raw`(?:[ \t]*[-–—][ \t]*|[ \t]+(?:to|through|thru|till|until)[ \t]+(?:the[ \t]+)?)`

/** "June 3-5", "June 3 to 5, 2016". */
const monthDayRangeText = new RegExp(`${monthName}[ \\t]+${dayNumber('from')}${dayRangeJoin}${dayNumber('to')}(?:${yearAfter})?`, 'iu')

/** "13-15 July", "from the 3rd to 5th June 2016" (the "from" is not part of it). */
const dayRangeMonthText = new RegExp(
  `(?:the[ \\t]+)?${dayNumber('from')}${dayRangeJoin}${dayNumber('to')}(?:[ \\t]+of)?[ \\t]+${monthName}(?:${yearAfter})?`,
  'iu'
)

/** A range of days of one month, in a given year or the one the context's reading places it in. */
function dayRange(context: Context, groups: Readonly<Record<string, string | undefined>>): Produced<'date'> | undefined {
  const month = monthNumber(groups.month)
  return month === undefined ? undefined : daysOfMonth(context, month, int(groups.from), int(groups.to), yearOf(groups))
}

export const monthDayToDay = rule({
  name: '<month> <day>-<day>',
  dimension: 'date',
  pattern: [regex(monthDayRangeText)],
  produce: ([match], context) => dayRange(context, named(match))
})

export const dayToDayMonth = rule({
  name: '<day>-<day> <month>',
  dimension: 'date',
  pattern: [regex(dayRangeMonthText)],
  produce: ([match], context) => dayRange(context, named(match))
})

export const yearToYearWords = yearsJoined('<year> to <year>', {
  joins: ['to', 'through', 'until', 'till', 'and'],
  and: 'and',
  inARow: false,
  between: 'between'
})

/** "January-October 2024", "Jan.–Oct. 2024", "January to October 2024": a span of months of one year. */
const monthToMonthText = new RegExp(
  `(?<from>${alternation(Object.keys(months))})\\.?(?:[ \\t]*[-–—][ \\t]*|[ \\t]+(?:to|through|until)[ \\t]+)(?<to>${alternation(Object.keys(months))})\\.?,?[ \\t]+(?<year>${fullYear})(?![.,]?\\d)`,
  'iu'
)

export const monthToMonth = rule({
  name: '<month>-<month> <year>',
  dimension: 'date',
  pattern: [regex(monthToMonthText)],
  produce: ([match]) => {
    const { from, to, year } = named(match)
    const [first, last] = [monthNumber(from), monthNumber(to)]
    return first === undefined || last === undefined
      ? undefined
      : interval({ year: int(year), month: first }, { year: int(year), month: last })
  }
})
