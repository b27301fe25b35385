/** Dates of the calendar in Vietnamese: "8-9/7/2003", "ngày 8/11", "8 tháng 11 năm 1972", "tháng 6 năm 2011", "quý I/2024", "những năm 60", "tháng 1-10/2024". */
import { regex, rule } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { dayDigits, fullYear, monthDigits, rangeDash } from '../digits.js'
import {
  dayOfMonth,
  daysOfMonth,
  decade,
  int,
  interval,
  named,
  monthOf,
  quarterOfReference,
  phraseKey,
  point,
  quarter
} from '../helpers.js'
import { quarterOfYearRule, yearsJoined } from '../rules.js'
import { monthWords, placeWords, quarterNames, quarterNumbers } from './words.js'

/** "tháng", and its common typo "thán". */
const monthWord = '(?:tháng|thán)'

/** Not followed by more digits of a number: the year "2003" ends where its digits end. */
const digitsEnd = String.raw`(?![.,/-]?\d)`

/** A range of days of one month in digits: "8-9/7/2003", "3 - 6/6/2010". */
const dayRangeDigits = new RegExp(
  `(?<![\\d/.-])(?<from>${dayDigits})${rangeDash}(?<to>${dayDigits})/(?<month>${monthDigits})/(?<year>${fullYear})${digitsEnd}`,
  'u'
)

/**
 * A day and month in digits after "ngày" or a part of the day, the year left
 * unsaid: "ngày 8/11", "các ngày 8-9/7", "Chiều 11/3", "sáng 8/11" (the cue
 * word is not part of it); a bare "11/3" may be a ratio or a score.
 */
const yearlessDigits = new RegExp(
  `(?<=(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)[ \\t]+)(?:(?<from>${dayDigits})${rangeDash})?(?<day>${dayDigits})/(?<month>${monthDigits})${digitsEnd}`,
  'iu'
)

/** A month in digits or words: "6", "sáu", "mười hai". */
const monthNumber = `(?<month>${monthDigits}|${alternation(Object.keys(monthWords))})`

/** "tháng 6", "tháng sáu", "tháng 3 tới": a month without its year, the whole phrase. */
const monthAloneWords = new RegExp(
  `${monthWord}[ \\t]+${monthNumber}(?:[ \\t]+(?<place>${alternation(Object.keys(placeWords))}))?(?![ \\t]*(?:[/.,-]?[ \\t]*\\d|năm|của))`,
  'iu'
)

/** A quarter of the current year, or of a year after "của năm": "quý 3", "quý ba", "quý 2 của năm 2021". */
const quarterAloneWords = new RegExp(
  `quý[ \\t]+(?<quarter>${alternation([...Object.keys(quarterNumbers), ...Object.keys(quarterNames)])})(?:[ \\t]+của[ \\t]+năm[ \\t]+(?<year>${fullYear}))?(?![ \\t]*[/\\d])`,
  'iu'
)

/** "tháng 6 năm 2011", "thán 6 năm 2011": the month word is part of it, since "6 năm 2011" alone is no date. */
const monthYearWords = new RegExp(`${monthWord}[ \\t]+${monthNumber},?[ \\t]+năm[ \\t]+(?<year>${fullYear})${digitsEnd}`, 'iu')

/** Month names after a day ("mồng 4 tháng năm"), but not "năm", which there reads as "year". */
const dayMonthNames = Object.keys(monthWords).filter((word) => word !== 'năm')

/** "8 tháng 11 năm 1972" (after "ngày", which is not part of it), "ngày 8 tháng 11" without a year. */
const dayMonthWords = new RegExp(
  `(?:(?<=(?:ngày|mồng|mùng)[ \\t]+)|(?=\\d{1,2}[ \\t]+${monthWord}[ \\t]+\\d{1,2},?[ \\t]+năm))(?<day>${dayDigits})[ \\t]+${monthWord}[ \\t]+(?<month>${monthDigits}|${alternation(dayMonthNames)})(?:,?[ \\t]+năm[ \\t]+(?<year>${fullYear}))?${digitsEnd}`,
  'iu'
)

/** A decade, the whole phrase: "những năm 60", "những năm 1990", "thập niên 90", "thập kỷ 1980". */
const decadeWords = new RegExp(`(?:những[ \\t]+năm|thập[ \\t]+(?:niên|kỷ|kỉ))[ \\t]+(?<decade>(?:19|20)\\d0|[2-9]0)(?!\\d)`, 'iu')

/** A quarter of a year: "quý I/2024", "quý 1 năm 2024", "Quý IV 2023". */
const quarterWords = new RegExp(
  `quý[ \\t]+(?<quarter>${alternation(Object.keys(quarterNumbers))})(?:[ \\t]*/[ \\t]*|[ \\t]+(?:năm[ \\t]+)?)(?<year>${fullYear})${digitsEnd}`,
  'iu'
)

/** A month written in digits or in words. */
function monthValue(text: string): number {
  return /\d/u.test(text) ? int(text) : monthWords[phraseKey(text)]!
}

export const dayToDayOfMonth = rule({
  name: '<day>-<day>/<month>/<year>',
  dimension: 'date',
  pattern: [regex(dayRangeDigits)],
  produce: ([match], context) => {
    const { from, to, month, year } = named(match)
    return daysOfMonth(context, int(month), int(from), int(to), int(year))
  }
})

export const yearlessDay = rule({
  name: 'ngày <day>/<month>',
  dimension: 'date',
  pattern: [regex(yearlessDigits)],
  produce: ([match], context) => {
    const { from, day, month } = named(match)
    if (from === undefined) return dayOfMonth(context, int(month), int(day))
    return daysOfMonth(context, int(month), int(from), int(day))
  }
})

export const monthOfYearWords = rule({
  name: 'tháng <month> năm <year>',
  dimension: 'date',
  pattern: [regex(monthYearWords)],
  produce: ([match]) => point({ year: int(named(match).year), month: monthValue(named(match).month!) })
})

export const dayOfMonthWords = rule({
  name: '<day> tháng <month> năm <year>',
  dimension: 'date',
  pattern: [regex(dayMonthWords)],
  produce: ([match], context) => {
    const { day, month, year } = named(match)
    return dayOfMonth(context, monthValue(month!), int(day), year === undefined ? undefined : int(year))
  }
})

export const yearAndYear = yearsJoined('<year> và <year>', {
  joins: ['và', 'đến', 'tới'],
  and: 'và',
  inARow: true,
  between: 'giữa(?:[ \\t]+(?:năm|các[ \\t]+năm))?',
  beforeSecond: 'năm'
})

export const decadeOfCentury = rule({
  name: 'những năm <decade>',
  dimension: 'date',
  pattern: [regex(decadeWords)],
  produce: ([match]) => {
    const digits = int(named(match).decade)
    // Two digits name a decade of the twentieth century: "những năm 60" are the 1960s.
    return decade(digits < 100 ? 1900 + digits : digits)
  }
})

export const quarterOfYear = quarterOfYearRule('quý <n>/<year>', quarterWords, quarterNumbers)

export const monthAlone = rule({
  name: 'tháng <month>',
  dimension: 'date',
  pattern: [regex(monthAloneWords)],
  produce: ([match], context) => {
    const { month, place } = named(match)
    return monthOf(context, monthValue(month!), place === undefined ? 0 : placeWords[phraseKey(place)]!)
  }
})

export const quarterAlone = rule({
  name: 'quý <n>',
  dimension: 'date',
  pattern: [regex(quarterAloneWords)],
  produce: ([match], context) => {
    const { quarter: number, year } = named(match)
    const index = quarterNumbers[phraseKey(number!)] ?? quarterNames[phraseKey(number!)]!
    return year === undefined ? quarterOfReference(context, index) : quarter(int(year), index)
  }
})

/** "tháng 1-10/2024", "tháng 1 - 10 năm 2024": a span of months of one year. */
const monthToMonthDigits = new RegExp(
  `tháng[ \\t]+(?<from>${monthDigits})${rangeDash}(?<to>${monthDigits})(?:[ \\t]*/[ \\t]*|[ \\t]+năm[ \\t]+)(?<year>${fullYear})${digitsEnd}`,
  'iu'
)

export const monthToMonth = rule({
  name: 'tháng <month>-<month>/<year>',
  dimension: 'date',
  pattern: [regex(monthToMonthDigits)],
  produce: ([match]) => {
    const { from, to, year } = named(match)
    return interval({ year: int(year), month: int(from) }, { year: int(year), month: int(to) })
  }
})
