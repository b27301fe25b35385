import { dimension, regex, regexOf, rule, tokenOf, type Context, type Match, type Produced, type Token } from '../../../engine/rule.js'
import type { CalendarDay, Day } from '../types.js'
import { alternation } from '../../../engine/alternation.js'
import { dayDigits, fullYear } from '../digits.js'
import {
  ago,
  counted,
  dayOfMonth,
  dayNumbered,
  daysOfMonth,
  decade,
  int,
  isCount,
  named,
  phraseKey,
  interval,
  laterYear,
  lastWeekday,
  monthOf,
  weekdayAlone,
  nextWeekday,
  quarterOfReference,
  placed,
  relative,
  shift as shiftMonth,
  weekdayOfWeek,
  point,
  quarter,
  shifted,
  vague,
  yearOfTwoDigits,
  yearImplied
} from '../helpers.js'
import { holidayRules } from '../holidays.js'
import { periodRules } from './periods.js'
import { afterDuration, hasTimeOfDay, timeCountRule, timeRules, type TimeUnit } from '../times.js'
import { countedFromDay } from '../from-day.js'
import { fromDayRules } from './from-day.js'
import { yearEnding } from './year-ending.js'
import { fiscalRules } from './fiscal.js'
import { listRules } from './lists.js'
import { fiscalMonths, fiscalStartMonth, fiscalStartOf, isFiscalYear } from '../fiscal-years.js'
import { holidays, holidayWords } from './holidays.js'
import { shiftedSeason } from './seasons.js'
import { weekRules } from './weeks.js'
import {
  dayRangeRule,
  yearToDateRule,
  digitRules,
  isOneYear,
  monthsOfYear,
  periodPartRules,
  quarterOfYearRule,
  relativeRules,
  yearsJoined
} from '../rules.js'
import { fullWeekdays, monthNumber, months, quarterWords, rankOf, rankSource, weekdays, wordlikeWeekdays } from './months.js'
import {
  dayParts,
  futureWords,
  periodEndAbbreviations,
  periodParts,
  timeCounts,
  pastWords,
  shiftedPhrases,
  unitWords,
  vagueCounts,
  vaguePhrases
} from './relatives.js'

/** A month name or abbreviation, with an optional dot: "November", "Nov.", "sept". */
const monthName = `(?<month>${alternation(Object.keys(months))})\\.?`
/** A day of the month, with an optional ordinal suffix: "8", "08", "3rd", "31st". */
const dayNumber = (name: string) => `(?<${name}>${dayDigits})(?:st|nd|rd|th)?`
/** A weekday before a date: "Monday, ", "Wed. ". It places a date said without its year. */
const weekdayBefore = `(?:(?<weekday>${alternation(Object.keys(weekdays))})\\.?,?[ \\t]+)?`
/** Weekday abbreviations that are no English word: "Fri", "thu". */
const wordlessShortWeekdays = Object.keys(weekdays).filter((name) => !fullWeekdays.includes(name) && !wordlikeWeekdays.includes(name))
/** A weekday after a date, which picks its year: ", Fri", ", Friday". */
const weekdayAfter = `(?:,[ \\t]*(?<weekdayAfter>${alternation([...fullWeekdays, ...wordlessShortWeekdays])})\\.?)?`
/** A year written whole after a date: ", 1972", " 2025". */
const yearAfter = `,?[ \\t]+(?<year>${fullYear})(?![.,]?\\d)`
/** Words joining the two ends of a range of days: "13-15", "13 to 15", "13 thru 15". */
const dayRangeJoin = String.raw`(?:[ \t]*[-–—][ \t]*|[ \t]+(?:to|through|thru|till|until)[ \t]+(?:the[ \t]+)?)`

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
/** "June 3-5", "June 3 to 5, 2016". */
const monthDayRangeText = new RegExp(`${monthName}[ \\t]+${dayNumber('from')}${dayRangeJoin}${dayNumber('to')}(?:${yearAfter})?`, 'iu')
/** "13-15 July", "from the 3rd to 5th June 2016" (the "from" is not part of it). */
const dayRangeMonthText = new RegExp(
  `(?:the[ \\t]+)?${dayNumber('from')}${dayRangeJoin}${dayNumber('to')}(?:[ \\t]+of)?[ \\t]+${monthName}(?:${yearAfter})?`,
  'iu'
)
/** Fiscal years: "FY23", "FY 2023", "FY2022-23", "fiscal year 2023". */
const fiscalYearText = new RegExp(
  `(?:FY[ \\t]?|fiscal(?:[ \\t]+year)?[ \\t]+)(?<first>${fullYear}|\\d{2})(?:[-–/](?<second>${fullYear}|\\d{2}))?(?![.,]?\\d)`,
  'iu'
)
/** "Q1 2024", "Q3 of 2023", "Q4/2024". */
const quarterShort = new RegExp(`Q(?<quarter>[1-4])(?:[ \\t]+of[ \\t]+|[ \\t]*[/-]?[ \\t]*)(?<year>${fullYear})`, 'iu')
/** "2019Q3", "2019-Q3", "19q3": the year first, glued to its quarter. */
const yearQuarterShort = new RegExp(`(?<year>${fullYear}|\\d{2})-?Q(?<quarter>[1-4])`, 'iu')
/** "the first quarter of 2024", "fourth quarter 2018". */
const quarterText = new RegExp(
  `(?:the[ \\t]+)?(?<quarter>${alternation(Object.keys(quarterWords))})[ \\t]+(?:quarter|qtr)(?:[ \\t]+of)?,?[ \\t]+(?<year>${fullYear})`,
  'iu'
)
/** "the 1990s", "1960’s": a decade with its century. */
const decadeFull = new RegExp(`(?:the[ \\t]+)?(?<decade>(?:1[0-9]|20)\\d0)['’]?s`, 'iu')
/** "the '60s", "the 60s": a decade of the twentieth century named by two digits, after "the". */
const decadeShort = new RegExp(`the[ \\t]+['’]?(?<decade>[2-9]0)['’]?s`, 'iu')
/** A vague count of periods: "the past few years", "the next several months", "the last couple of decades". */
const vagueCountText = new RegExp(
  `(?:the[ \\t]+)?(?:${alternation([...pastWords, ...futureWords])})[ \\t]+(?:${alternation(vagueCounts)})[ \\t]+(?<unit>${alternation([...Object.keys(unitWords), 'decades'])})`,
  'iu'
)
/** Before a count of past periods: "the past", "over the last". */
const pastBefore = new RegExp(`(?:the[ \\t]+)?(?:${alternation(pastWords)})`, 'iu')
/** Before a count of coming periods: "the next", "the coming". */
const futureBefore = new RegExp(`(?:the[ \\t]+)?(?:${alternation(futureWords)})`, 'iu')
/** A period noun after a count: "years", "months". */
const unitText = new RegExp(`(${alternation(Object.keys(unitWords))})`, 'iu')
/** "ago" after a count of periods. */
const agoText = /ago/iu
/** After a count of periods, the direction from the day of writing: "ago", "hence", "from now", "from today". */
const fromNowText = /(?<direction>ago|hence|from[ \t]+(?:now|today))/iu
/** One period said with an article: "a week", "an hour", "a fortnight". */
const oneUnitText = new RegExp(`(?:a|an)[ \\t]+(?<unit>${alternation([...Object.keys(unitWords), 'fortnight'])})`, 'iu')
/** "in" and one period said with an article: "in a week", "in a day". */
const inOneUnitText = new RegExp(`in[ \\t]+${oneUnitText.source}`, 'iu')
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
/** Amounts of time said in words: "a", "a couple of", "half an". */
const amountWords: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  'a couple of': 2,
  'a couple': 2,
  'a pair of': 2,
  'a few': 3,
  few: 3,
  'half an': 0.5,
  'a quarter of an': 0.25,
  'three-quarters of an': 0.75,
  'three quarters of an': 0.75
}
/** "in", maybe with a word of approximation: "in about". */
const inText = /in(?:[ \t]+(?:about|around|approximately|roughly))?/iu
/** "in 1h", "in 1/2 h", "in 3/4h": hours written with "h", whole or a fraction. */
const inHoursText = new RegExp(`${inText.source}[ \\t]+(?<amount>\\d{1,2}|[13]/4|1/2)[ \\t]*h(?:rs?)?`, 'iu')
const timeUnitText = new RegExp(`(?:more[ \\t]+)?(?<unit>${alternation(Object.keys(timeCounts.units))})`, 'iu')
/** "and a half hours" after a count: "in 2 and a half hours". */
const andHalfText = new RegExp(`and[ \\t]+an?[ \\t]+half[ \\t]+${timeUnitText.source}`, 'iu')
const inAmountText = new RegExp(
  `${inText.source}[ \\t]+(?<amount>${alternation(Object.keys(amountWords))})[ \\t]+${timeUnitText.source}`,
  'iu'
)
const fromNowOnlyText = /from[ \t]+now|hence/iu

/** "the first Friday of March 2016", "last Monday of March", "the third last day of June", "the second Friday of this month". */
const rankInMonthText = new RegExp(
  `(?:the[ \\t]+)?${rankSource}[ \\t]+(?<what>${alternation([...Object.keys(weekdays), 'day'])})[ \\t]+(?:of|in)[ \\t]+(?:(?<month>${alternation(Object.keys(months))})(?:,?[ \\t]+(?<year>${fullYear}))?|(?:the|this)[ \\t]+month|(?<shift>this|next|last)[ \\t]+month)(?![ \\t]*\\d)`,
  'iu'
)
/** A month without its year, after a word that makes it a date: "in March", "since June" (the word is not part of it). */
const monthAloneText = new RegExp(
  `(?<=\\b(?:in|during|since|until|by|from|early|late|mid|(?:beginning|start|middle|end)[ \\t]+of)[ \\t-]+)(?<month>${alternation(Object.keys(months))})(?![ \\t]*\\d)`,
  'iu'
)
/** A month of the coming or past year: "next March", "last June", "this October". */
const shiftedMonthText = new RegExp(`(?<shift>this|next|last)[ \\t]+(?<month>${alternation(Object.keys(months))})(?![ \\t]*\\d)`, 'iu')
/** A quarter counted from the day of writing: "this quarter", "next quarter", "last qtr". */
const shiftedQuarterText = new RegExp(
  `(?<shift>this|the[ \\t]+current|current|next|the[ \\t]+next|last|the[ \\t]+last|previous|the[ \\t]+previous)[ \\t]+(?:quarter|qtr)`,
  'iu'
)
/** A quarter of the current year: "the third quarter", "2nd qtr". */
const quarterAloneText = new RegExp(
  `(?:the[ \\t]+)?(?<quarter>${alternation(Object.keys(quarterWords))})[ \\t]+(?:quarter|qtr)(?![ \\t]+(?:of[ \\t]+)?\\d)`,
  'iu'
)
/** "of March", "of March 2015": the month after a rank of its day ("the first of June"). */
const ofMonthText = new RegExp(`of[ \\t]+${monthName}(?:${yearAfter})?`, 'iu')
/** A month before a rank of its day: "March third", "April the 23rd". */
const monthBeforeRankText = new RegExp(`${monthName}(?:[ \\t]+the)?`, 'iu')
/** A year after a rank of a day: ", 2015". */
const yearAfterRank = new RegExp(`,?[ \\t]*(?<year>${fullYear})(?![.,]?\\d)`, 'u')
/** A year of the common era said with its era, in capitals or with dots ("ad" is an advert): "2014 AD", "A.D. 2014", "2014 a.d.". */
const yearOfEraText = new RegExp(
  `(?:(?<year>${fullYear})[ \\t]*(?:AD|A\\.D\\.|a\\.d\\.)|(?:AD|A\\.D\\.)[ \\t]*(?<yearAfter>${fullYear}))(?![.,]?\\d)`,
  'u'
)
/** "EOM", "the EOY": in capitals only, as abbreviations are written. */
const periodEndText = new RegExp(`(?:[Tt]he[ \\t]+)?(?<word>${alternation(Object.keys(periodEndAbbreviations))})`, 'u')
/** "the" before a rank. */
const theText = /the/iu
/** "the" after "on", before a rank of a day: "on the 15th" ("on" is not part of it). */
const onTheText = /(?<=\bon[ \t]+)the/iu
/** What may follow a day said by its rank alone: an end, a time, or a join, never a noun ("on the 15th floor", "on the first day"). */
const afterRankAlone = /^(?:$|[ \t]*[^\p{L}\p{N} \t]|[ \t]+(?:at|and|or|to|until|till|through|from|in[ \t]+the)\b)/u
/** Words that name the month of writing or one beside it: "next", "this", "the previous". */
const monthShifts: Readonly<Record<string, number>> = { this: 0, current: 0, next: 1, coming: 1, last: -1, previous: -1, past: -1 }
/** A day of a month counted from the month of writing: "25th of next month", "the 12th day of the previous month", "18 of this month". */
const ofShiftedMonth = `of[ \\t]+(?:the[ \\t]+)?(?<shift>${alternation(Object.keys(monthShifts))})[ \\t]+month(?!['’]s)`
const dayOfShiftedMonthText = new RegExp(`(?:the[ \\t]+)?(?<day>${dayDigits})(?:st|nd|rd|th)?(?:[ \\t]+day)?[ \\t]+${ofShiftedMonth}`, 'iu')
/** The same after a rank in words: "the twentieth of next month", "the first day of this month". */
const ofShiftedMonthText = new RegExp(`(?:day[ \\t]+)?${ofShiftedMonth}`, 'iu')

/** A day of a month in a year, or in the year the context's reading places it when the text gives none (and on its weekday when it gives one). */
function dayOf(context: Context, groups: Readonly<Record<string, string | undefined>>): Produced<'date'> | undefined {
  const month = monthNumber(groups.month)
  const weekday = groups.weekday ?? groups.weekdayAfter
  return month === undefined
    ? undefined
    : dayOfMonth(context, month, int(groups.day), yearOf(groups), weekday === undefined ? undefined : weekdays[weekday.toLowerCase()])
}

/** A range of days of one month, in a given year or the one the context's reading places it in. */
function dayRange(context: Context, groups: Readonly<Record<string, string | undefined>>): Produced<'date'> | undefined {
  const month = monthNumber(groups.month)
  return month === undefined ? undefined : daysOfMonth(context, month, int(groups.from), int(groups.to), yearOf(groups))
}

function yearOf(groups: Readonly<Record<string, string | undefined>>): number | undefined {
  return groups.year === undefined ? undefined : int(groups.year)
}

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

/**
 * A fiscal year is named by the year it ends in and starts in the month of
 * the document's country (fiscal-years.ts): FY23 is July 2022 to June 2023
 * in Pakistan, April 2022 to March 2023 in India. A range names its first
 * year: FY2022-23 is the same twelve months.
 */
export const fiscalYear = rule({
  name: 'FY<year>',
  dimension: 'date',
  pattern: [regex(fiscalYearText)],
  produce: ([match], context) => {
    const { first, second } = named(match)
    const year = (digits: string) => (digits.length === 2 ? 2000 + int(digits) : int(digits))
    const start = year(first!)
    const end = second === undefined ? start : second.length === 2 ? laterYear(start, int(second)) : int(second)
    if (second !== undefined && end !== start + 1) return undefined
    const { from, to } = fiscalMonths(end, fiscalStartMonth(context.countries))
    return interval(from, to)
  }
})

export const quarterOfYear = rule({
  name: 'Q<n> <year>',
  dimension: 'date',
  pattern: [regex(quarterShort)],
  produce: ([match]) => quarter(int(named(match).year), int(named(match).quarter))
})

export const yearQuarter = rule({
  name: '<year>Q<n>',
  dimension: 'date',
  pattern: [regex(yearQuarterShort)],
  produce: ([match]) => {
    const { year, quarter: index } = named(match)
    return quarter(year!.length === 2 ? 2000 + int(year) : int(year), int(index))
  }
})

export const quarterOfYearText = quarterOfYearRule('the <ordinal> quarter of <year>', quarterText, quarterWords)

export const decadeOfCentury = rule({
  name: 'the <yyy0>s',
  dimension: 'date',
  pattern: [regex(decadeFull)],
  produce: ([match]) => decade(int(named(match).decade))
})

export const decadeShortForm = rule({
  name: "the '<y0>s",
  dimension: 'date',
  pattern: [regex(decadeShort)],
  produce: ([match]) => decade(1900 + int(named(match).decade))
})

export const yearToYearWords = yearsJoined('<year> to <year>', {
  joins: ['to', 'through', 'until', 'till', 'and'],
  and: 'and',
  inARow: false,
  between: 'between'
})

export const vagueCount = rule({
  name: 'the past few <unit>',
  dimension: 'date',
  pattern: [regex(vagueCountText)],
  produce: ([match]) => vague(unitGrainOf(named(match).unit))
})

/** The grain a vague count of a unit speaks in: years and decades in years, weeks and days in days. */
function unitGrainOf(word: string | undefined): 'year' | 'month' | 'day' {
  const unit = unitWords[word?.toLowerCase() ?? '']
  return unit === 'month' ? 'month' : unit === 'week' || unit === 'day' ? 'day' : 'year'
}

function countedPeriod(name: string, before: RegExp, direction: -1 | 1) {
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(before), dimension('numeral', isCount), regex(unitText)],
    produce: ([, count, unit], context) =>
      counted(context, unitWords[regexOf(unit).groups[1]!.toLowerCase()]!, tokenOf(count, 'numeral').value.value, direction)
  })
}

export const pastCount = countedPeriod('the past <n> <unit>', pastBefore, -1)

/** "decades" after a count, "decade" after "the past" alone: ten years each. */
const decadesText = /decades/iu
const oneDecadeText = /decade/iu

function countedDecades(name: string, before: RegExp, direction: -1 | 1) {
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(before), dimension('numeral', isCount), regex(decadesText)],
    produce: ([, count], context) => counted(context, 'year', 10 * tokenOf(count, 'numeral').value.value, direction)
  })
}

function oneDecade(name: string, before: RegExp, direction: -1 | 1) {
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(before), regex(oneDecadeText)],
    produce: (_matches, context) => counted(context, 'year', 10, direction)
  })
}

export const pastDecades = countedDecades('the past <n> decades', pastBefore, -1)
export const nextDecades = countedDecades('the next <n> decades', futureBefore, 1)
export const pastDecade = oneDecade('the past decade', pastBefore, -1)
export const nextDecade = oneDecade('the next decade', futureBefore, 1)

export const nextCount = countedPeriod('the next <n> <unit>', futureBefore, 1)

/**
 * `count` periods before the day of writing ("ago") or after it ("hence",
 * "from now"); a fortnight is fourteen days. Counted "from today", it is a
 * day: "2 years from today" is the same day three years on.
 */
function fromNow(context: Context, unit: string, count: number, direction: string): Produced<'date'> | undefined {
  const word = unit.toLowerCase()
  const [by, period] = word === 'fortnight' ? [14 * count, 'day' as const] : [count, unitWords[word]!]
  const signed = direction.toLowerCase() === 'ago' ? -by : by
  if (/today$/iu.test(direction)) return countedFromDay(shifted(context, 'day', 0).value, period, signed)
  return ago(context, period, -signed)
}

/**
 * "in 5 days", "in a fortnight": the moment that many periods after the time of
 * writing, read only when that time is known; with only a day, "in two
 * years" is mostly a span ("the highest in two years"), not a date.
 */
function inPeriods(context: Context, unit: string, count: number): Produced<'date'> | undefined {
  return hasTimeOfDay(context.referenceDate) ? fromNow(context, unit, count, 'hence') : undefined
}

export const inCount = rule({
  name: 'in <n> <unit>',
  dimension: 'date',
  pattern: [regex(inText), dimension('numeral', isCount), regex(unitText)],
  produce: ([, count, unit], context) => inPeriods(context, regexOf(unit).groups[1]!, tokenOf(count, 'numeral').value.value)
})

export const inOneUnit = rule({
  name: 'in a <unit>',
  dimension: 'date',
  pattern: [regex(inOneUnitText)],
  produce: ([match], context) => inPeriods(context, named(match).unit!, 1)
})

export const countFromNow = rule({
  name: '<n> <unit> from now',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(unitText), regex(/(?<direction>hence|from[ \t]+(?:now|today))/iu)],
  produce: ([count, unit, direction], context) =>
    fromNow(context, regexOf(unit).groups[1]!, tokenOf(count, 'numeral').value.value, named(direction).direction!)
})

export const oneUnitFromNow = rule({
  name: 'a <unit> ago|from now',
  dimension: 'date',
  pattern: [regex(oneUnitText), regex(fromNowText)],
  produce: ([unit, direction], context) => fromNow(context, named(unit).unit!, 1, named(direction).direction!)
})

export const countAgo = rule({
  name: '<n> <unit> ago',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(unitText), regex(agoText)],
  produce: ([count, unit], context) =>
    ago(context, unitWords[regexOf(unit).groups[1]!.toLowerCase()]!, tokenOf(count, 'numeral').value.value)
})

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

export const countedWeekdays = rule({
  name: '<n> fridays from now',
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
  name: '<weekday> the <day>th',
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
  name: '<weekday> of next week',
  dimension: 'date',
  pattern: [regex(weekdayOfWeekText)],
  produce: ([match], context) => {
    const { name, week, weekFirst, day } = named(match)
    const shift = (week ?? weekFirst)!.toLowerCase()
    return weekdayOfWeek(context, weekdays[(name ?? day)!.toLowerCase()]!, shift === 'next' ? 1 : shift === 'last' ? -1 : 0)
  }
})

/** The day of a rank of a weekday (or of any day) in a month: the first Friday of March 2016 is 4 March. */
function rankedInMonth(year: number, month: number, rank: number, weekday: number | undefined): Day | undefined {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const all = Array.from({ length: days }, (_, index) => ({ year, month, day: index + 1 }))
  const matching =
    weekday === undefined ? all : all.filter((day) => ((new Date(Date.UTC(year, month - 1, day.day)).getUTCDay() + 6) % 7) + 1 === weekday)
  return rank < 0 ? matching.at(rank) : matching[rank - 1]
}

export const rankInMonth = rule({
  name: 'the first <weekday> of <month>',
  dimension: 'date',
  pattern: [regex(rankInMonthText)],
  produce: ([match], context) => {
    const { what, month, year, shift } = named(match)
    const index = rankOf(named(match))
    const weekday = what!.toLowerCase() === 'day' ? undefined : weekdays[what!.toLowerCase()]
    if (month !== undefined) {
      const number = monthNumber(month)
      if (number === undefined) return undefined
      if (year !== undefined) {
        const day = rankedInMonth(int(year), number, index, weekday)
        return day ? point(day) : undefined
      }
      return yearImplied(
        relative(context, 'day', (reference) => rankedInMonth(placed(context.reading, reference, number).year, number, index, weekday))
      )
    }
    const by = shift === undefined ? 0 : shift.toLowerCase() === 'next' ? 1 : shift.toLowerCase() === 'last' ? -1 : 0
    return relative(context, 'day', (reference) => {
      const inMonth = shiftMonth(reference, 'month', by)
      return rankedInMonth(inMonth.year, inMonth.month!, index, weekday)
    })
  }
})

function timeUnitOf(match: Match | undefined) {
  return timeCounts.units[named(match).unit!.toLowerCase()]!
}

/**
 * A moment some hours or minutes after the time of writing, read only when
 * that time is known: a dateline gives a day, and in news "in 24 hours" is
 * mostly a span ("the second attack in 24 hours"), not a moment.
 */
function inDuration(context: Context, unit: Match | undefined, amount: number): Produced<'date'> | undefined {
  return inTime(context, timeUnitOf(unit), amount)
}

function inTime(context: Context, unit: TimeUnit, amount: number): Produced<'date'> | undefined {
  return hasTimeOfDay(context.referenceDate) ? afterDuration(context, unit, amount) : undefined
}

/** An amount of hours written in digits: "2", "1/2", "3/4". */
function hoursOf(amount: string): number {
  const [numerator, denominator] = amount.split('/')
  return denominator === undefined ? int(numerator) : int(numerator) / int(denominator)
}

export const inHours = rule({
  name: 'in <n>h',
  dimension: 'date',
  pattern: [regex(inHoursText)],
  produce: ([match], context) => inTime(context, 'hour', hoursOf(named(match).amount!))
})

export const inCountAndHalf = rule({
  name: 'in <n> and a half hours',
  dimension: 'date',
  pattern: [regex(inText), dimension('numeral', isCount), regex(andHalfText)],
  produce: ([, count, unit], context) => inDuration(context, unit, tokenOf(count, 'numeral').value.value + 0.5)
})

export const inTimeCount = rule({
  name: 'in <n> minutes',
  dimension: 'date',
  pattern: [regex(inText), dimension('numeral', (token) => token.value.value > 0 && !token.value.scale), regex(timeUnitText)],
  produce: ([, amount, unit], context) => inDuration(context, unit, tokenOf(amount, 'numeral').value.value)
})

export const inTimeWords = rule({
  name: 'in half an hour',
  dimension: 'date',
  pattern: [regex(inAmountText)],
  produce: ([match], context) => inDuration(context, match, amountWords[phraseKey(named(match).amount!)]!)
})

export const timeCountFromNow = rule({
  name: '<n> minutes from now',
  dimension: 'date',
  pattern: [dimension('numeral', (token) => token.value.value > 0 && !token.value.scale), regex(timeUnitText), regex(fromNowOnlyText)],
  produce: ([amount, unit], context) => afterDuration(context, timeUnitOf(unit), tokenOf(amount, 'numeral').value.value)
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

/** "July-March", "Jul-Mar" before a fiscal year: the months of it. */
const monthsOfFiscalText = new RegExp(
  `(?<from>${alternation(Object.keys(months))})\\.?[ \\t]*[-–—][ \\t]*(?<to>${alternation(Object.keys(months))})\\.?(?:[ \\t]+(?:of|in))?`,
  'iu'
)

/**
 * Months of a fiscal year, as Pakistan reports its trade: "July-March FY25"
 * is July 2024 to March 2025, since FY25 runs from July 2024 to June 2025.
 */
export const monthsOfFiscalYear = rule({
  name: '<month>-<month> FY<year>',
  dimension: 'date',
  pattern: [regex(monthsOfFiscalText), dimension('date', isFiscalYear)],
  produce: ([match, fiscal]) => {
    const { from, to } = named(match)
    const [first, last] = [monthNumber(from), monthNumber(to)]
    if (first === undefined || last === undefined) return undefined
    const start = fiscalStartOf(tokenOf(fiscal, 'date'))
    const inFiscal = (month: number) => ({ year: month >= start.month ? start.year : start.year + 1, month })
    return interval(inFiscal(first), inFiscal(last))
  }
})

/** "the first", "the last" before a count of months of a year. */
const monthsEdgeText = /(?:the[ \t]+)?(?<edge>first|opening|last|final)/iu
/** "months of", "quarters of" between the count and the year. */
const monthsOfText = /(?<unit>months|quarters)[ \t]+of/iu
/** "the first half of", "the second half of" before a year. */
const halfOfText = /(?:the[ \t]+)?(?<edge>first|second|last|latter)[ \t]+half[ \t]+of/iu
/** "the first half of the year": of the current year. */
const halfOfThisYear = /(?:the[ \t]+)?(?<edge>first|second|last|latter)[ \t]+half[ \t]+of[ \t]+the[ \t]+year/iu
/** "H1", "1H", "H2" before a year (in capitals: "h1" is a heading). */
const halfShortText = /(?:H(?<h>[12])|(?<hAfter>[12])H)(?:[ \t]*\/)?/u

function halfEdge(match: Match | undefined): 'first' | 'last' {
  const { edge, h, hAfter } = named(match)
  if (edge !== undefined) return ['first', 'opening'].includes(edge.toLowerCase()) ? 'first' : 'last'
  return (h ?? hAfter) === '1' ? 'first' : 'last'
}

export const monthsOfYearCount = rule({
  name: 'the first <n> months of <year>',
  dimension: 'date',
  pattern: [
    regex(monthsEdgeText),
    dimension('numeral', (token) => Number.isInteger(token.value.value) && !token.value.scale),
    regex(monthsOfText),
    dimension('date', isOneYear)
  ],
  produce: ([edge, count, unit, year]) => {
    const months = tokenOf(count, 'numeral').value.value * (regexOf(unit).named.unit!.toLowerCase() === 'quarters' ? 3 : 1)
    return monthsOfYear(tokenOf(year, 'date').value, months, halfEdge(edge))
  }
})

export const halfOfYear = rule({
  name: 'the first half of <year>',
  dimension: 'date',
  pattern: [regex(halfOfText), dimension('date', isOneYear)],
  produce: ([edge, year]) => monthsOfYear(tokenOf(year, 'date').value, 6, halfEdge(edge))
})

export const halfOfCurrentYear = rule({
  name: 'the first half of the year',
  dimension: 'date',
  pattern: [regex(halfOfThisYear)],
  produce: ([edge], context) => monthsOfYear(shifted(context, 'year', 0).value, 6, halfEdge(edge))
})

export const halfShort = rule({
  name: 'H1 <year>',
  dimension: 'date',
  pattern: [regex(halfShortText), dimension('date', isOneYear)],
  produce: ([edge, year]) => monthsOfYear(tokenOf(year, 'date').value, 6, halfEdge(edge))
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

export const shiftedMonth = rule({
  name: 'next|last <month>',
  dimension: 'date',
  pattern: [regex(shiftedMonthText)],
  produce: ([match], context) => {
    const { shift, month } = named(match)
    const number = monthNumber(month)
    if (number === undefined) return undefined
    const word = shift!.toLowerCase()
    return monthOf(context, number, word === 'next' ? 1 : word === 'last' ? -1 : 'same')
  }
})

export const shiftedQuarter = rule({
  name: 'this|next|last quarter',
  dimension: 'date',
  pattern: [regex(shiftedQuarterText)],
  produce: ([match], context) => {
    const word = phraseKey(named(match).shift!).replace(/^the /u, '')
    return shifted(context, 'quarter', word === 'next' ? 1 : word === 'last' || word === 'previous' ? -1 : 0)
  }
})

export const quarterAlone = rule({
  name: 'the <ordinal> quarter',
  dimension: 'date',
  pattern: [regex(quarterAloneText)],
  produce: ([match], context) => quarterOfReference(context, quarterWords[named(match).quarter!.toLowerCase()]!)
})

/** A rank that can be a day of a month: 1st to 31st. */
function isDayRank(token: Token<'ordinal'>): boolean {
  return Number.isInteger(token.value.value) && token.value.value >= 1 && token.value.value <= 31
}

/** The date of a rank of a day and a month (and maybe a year) matched around it. */
function rankedDay(rank: Match | undefined, monthMatch: Match | undefined, yearMatch: Match | undefined, context: Context) {
  const groups = { ...named(monthMatch), ...(yearMatch ? named(yearMatch) : {}) }
  return dayOf(context, { ...groups, day: String(tokenOf(rank, 'ordinal').value.value) })
}

export const rankOfMonth = rule({
  name: '<ordinal> of <month>',
  dimension: 'date',
  pattern: [dimension('ordinal', isDayRank), regex(ofMonthText)],
  produce: ([rank, month], context) => rankedDay(rank, month, undefined, context)
})

export const theRankOfMonth = rule({
  name: 'the <ordinal> of <month>',
  dimension: 'date',
  pattern: [regex(theText), dimension('ordinal', isDayRank), regex(ofMonthText)],
  produce: ([, rank, month], context) => rankedDay(rank, month, undefined, context)
})

export const dayRankAlone = rule({
  name: 'on the <ordinal>',
  dimension: 'date',
  pattern: [regex(onTheText), dimension('ordinal', isDayRank)],
  produce: ([, rank], context) => {
    const token = tokenOf(rank, 'ordinal')
    return afterRankAlone.test(context.text.slice(token.end)) ? dayNumbered(context, token.value.value) : undefined
  }
})

/** Day `day` of the month `shift` words away from the month of writing. */
function dayOfShifted(context: Context, day: number, shift: Match | undefined): Produced<'date'> {
  const by = monthShifts[named(shift).shift!.toLowerCase()]!
  return relative(context, 'day', (reference) => ({ ...(shiftMonth(reference, 'month', by) as CalendarDay), day }))
}

export const dayOfShiftedMonth = rule({
  name: '<day> of next month',
  dimension: 'date',
  pattern: [regex(dayOfShiftedMonthText)],
  produce: ([match], context) => dayOfShifted(context, int(named(match).day), match)
})

export const rankOfShiftedMonth = rule({
  name: 'the <ordinal> of next month',
  dimension: 'date',
  pattern: [regex(theText), dimension('ordinal', isDayRank), regex(ofShiftedMonthText)],
  produce: ([, rank, shift], context) => dayOfShifted(context, tokenOf(rank, 'ordinal').value.value, shift)
})

export const monthRank = rule({
  name: '<month> <ordinal>',
  dimension: 'date',
  pattern: [regex(monthBeforeRankText), dimension('ordinal', isDayRank)],
  produce: ([month, rank], context) => rankedDay(rank, month, undefined, context)
})

export const monthRankYear = rule({
  name: '<month> <ordinal> <year>',
  dimension: 'date',
  pattern: [regex(monthBeforeRankText), dimension('ordinal', isDayRank), regex(yearAfterRank)],
  produce: ([month, rank, year], context) => rankedDay(rank, month, year, context)
})

export const yearOfEra = rule({
  name: '<year> AD',
  dimension: 'date',
  pattern: [regex(yearOfEraText)],
  produce: ([match]) => point({ year: int(named(match).year ?? named(match).yearAfter) })
})

export const periodEnd = rule({
  name: 'EOM',
  dimension: 'date',
  pattern: [regex(periodEndText)],
  produce: ([match], context) => {
    const { part, unit } = periodEndAbbreviations[named(match).word!]!
    return { value: { ...shifted(context, unit, 0).value, part } }
  }
})

/** "the following week", "the following month": the period after one the text has told, or, in a plan, after the day of writing. */
const followingText = new RegExp(`(?:the[ \\t]+)?following[ \\t]+(?<unit>week|month|year)`, 'iu')

/**
 * News tells "the following week" after a time of the story ("Talks broke
 * down in May; the following week ..."), which it does not name, so it is
 * read only under the `next` reading, where plans and requests mean the week
 * after the one of writing.
 */
export const followingPeriod = rule({
  name: 'the following <unit>',
  dimension: 'date',
  pattern: [regex(followingText)],
  produce: ([match], context) =>
    context.reading === 'next' ? shifted(context, named(match).unit!.toLowerCase() as 'week' | 'month' | 'year', 1) : undefined
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

export const rules = [
  followingPeriod,
  yearInWords,
  ...digitRules({ dayFirst: false }),
  monthDayYear,
  dayMonthYear,
  dayMonthYearDashed,
  monthDayNumbers,
  monthDay,
  dayMonth,
  monthYear,
  monthDayToDay,
  dayToDayMonth,
  fiscalYear,
  ...fiscalRules,
  yearEnding,
  quarterOfYear,
  quarterOfYearText,
  yearQuarter,
  decadeOfCentury,
  decadeShortForm,
  yearToYearWords,
  ...relativeRules({
    shifted: shiftedPhrases,
    vague: vaguePhrases,
    vagueNotFollowedBy: String.raw`(?:of|in)[ \t]+(?:the[ \t]+year[ \t]+)?\d`,
    names: { shifted: 'last|this|next <unit>', vague: 'the near future' }
  }),
  vagueCount,
  pastCount,
  nextCount,
  pastDecades,
  nextDecades,
  pastDecade,
  nextDecade,
  countAgo,
  countFromNow,
  oneUnitFromNow,
  inCount,
  inOneUnit,
  weekday,
  weekdayAndDay,
  countedWeekdays,
  afterNext,
  shiftedWeekday,
  weekdayOfShiftedWeek,
  rankInMonth,
  ...weekRules,
  shiftedSeason,
  monthsOfFiscalYear,
  monthToMonth,
  monthsOfYearCount,
  halfOfYear,
  halfOfCurrentYear,
  halfShort,
  inTimeCount,
  inTimeWords,
  inHours,
  inCountAndHalf,
  timeCountFromNow,
  monthAlone,
  shiftedMonth,
  shiftedQuarter,
  quarterAlone,
  rankOfMonth,
  theRankOfMonth,
  dayRankAlone,
  dayOfShiftedMonth,
  rankOfShiftedMonth,
  monthRank,
  monthRankYear,
  ...timeRules(dayParts),
  ...periodPartRules(periodParts),
  periodEnd,
  yearOfEra,
  ...holidayRules(holidays, holidayWords),
  ...fromDayRules,
  yearToDateRule('year to date', ['year to date', 'year-to-date', 'the year to date']),
  timeCountRule(timeCounts),
  dayRangeRule('<day> to <day>', String.raw`[-–—]|to|through|thru|till|until`),
  dayRangeRule('between <day> and <day>', 'and', 'between'),
  ...listRules,
  ...periodRules
]
