import { dimension, regex, regexOf, rule, tokenOf, type Context, type Match, type Produced } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { dayDigits, fullYear, monthDigits, rangeDash } from '../digits.js'
import {
  ago,
  counted,
  dayOfMonth,
  daysOfMonth,
  decade,
  int,
  interval,
  isCount,
  named,
  lastWeekday,
  monthOf,
  weekdayAlone,
  nextWeekday,
  quarterOfReference,
  weekdayOfWeek,
  phraseKey,
  point,
  quarter,
  shifted
} from '../helpers.js'
import { holidayRules } from '../holidays.js'
import { timeCountRule, timeRules } from '../times.js'
import { holidays, holidayWords } from './holidays.js'
import { periodRules } from './periods.js'
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
import {
  countDirections,
  dayParts,
  periodParts,
  timeCounts,
  monthWords,
  placeWords,
  quarterNames,
  quarterNumbers,
  shiftedPhrases,
  unitWords,
  vaguePhrases,
  weekWords,
  weekdays,
  sundays
} from './words.js'

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
/** A weekday placed by its week or by a word: "thứ tư tuần tới", "thứ 5 của tuần này", "thứ hai tới". */
const placedWeekdayText = new RegExp(
  `(?<name>${alternation(Object.keys(weekdays))})[ \\t]+(?:(?:của[ \\t]+)?(?<week>${alternation(Object.keys(weekWords))})|(?<place>${alternation(Object.keys(placeWords))}))`,
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
/** A period noun after a count: "năm", "tháng". */
const unitText = new RegExp(`(${alternation(Object.keys(unitWords))})`, 'iu')
/** The direction a count of periods looks in: "qua", "tới", "trước". */
const directionText = new RegExp(`(${alternation(Object.keys(countDirections))})`, 'iu')
/** A weekday after a word that makes it a day ("vào thứ Hai", "sáng Chủ nhật"), not a rank ("kỳ họp thứ hai"). */
const weekdayText = new RegExp(
  `(?<=(?:vào|hôm|sáng|chiều|tối|trưa|đêm)[ \\t]+)(${alternation(Object.keys(weekdays))})|(${alternation(Object.keys(sundays))})`,
  'iu'
)
/** A weekday before the date it falls on: "thứ Hai, 14/10/2025", "thứ 4 ngày mồng 8 tháng 3" (it places a date said without its year). */
const weekdayBeforeText = new RegExp(`(?<name>${alternation(Object.keys(weekdays))})(?:[ \\t]*,)?(?:[ \\t]+(?:ngày|mồng|mùng))*`, 'iu')
/** What may stand before a weekday: a cue word ("vào thứ Hai"), or nothing but punctuation; after a noun "thứ hai" is a rank ("kỳ họp thứ hai"). */
const beforeWeekday = /(?:^|[^\p{L}\p{N}\s][ \t]*|(?:vào|hôm|sáng|chiều|tối|trưa|đêm)[ \t]+)$/iu

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

export const countedPeriod = rule({
  name: '<n> năm qua|tới|trước',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(unitText), regex(directionText)],
  produce: ([count, unit, direction], context) => {
    const n = tokenOf(count, 'numeral').value.value
    const period = unitWords[phraseKey(regexOf(unit).groups[1]!)]!
    const looks = countDirections[phraseKey(regexOf(direction).groups[1]!)]!
    if (looks === 'ago') return ago(context, period, n)
    return counted(context, period, n, looks === 'past' ? -1 : 1)
  }
})

/** "thập kỷ", "thập niên" after a count, or alone after nothing but "qua"/"tới": ten years each. */
const decadeText = /thập[ \t]+(?:kỷ|kỉ|niên)/iu
const decadeDirectionText = /(qua|vừa qua|tới|sắp tới|trước)(?![\p{L}\p{N}])/iu

function decadesCounted(context: Context, n: number, direction: Match | undefined): Produced<'date'> | undefined {
  const looks = countDirections[phraseKey(regexOf(direction).groups[1]!)]!
  if (looks === 'ago') return ago(context, 'year', 10 * n)
  return counted(context, 'year', 10 * n, looks === 'past' ? -1 : 1)
}

export const countedDecades = rule({
  name: '<n> thập kỷ qua|tới|trước',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(decadeText), regex(decadeDirectionText)],
  produce: ([count, , direction], context) => decadesCounted(context, tokenOf(count, 'numeral').value.value, direction)
})

export const oneDecade = rule({
  name: 'thập kỷ qua|tới',
  dimension: 'date',
  pattern: [regex(decadeText), regex(decadeDirectionText)],
  produce: ([, direction], context) => decadesCounted(context, 1, direction)
})

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

export const monthAlone = rule({
  name: 'tháng <month>',
  dimension: 'date',
  pattern: [regex(monthAloneWords)],
  produce: ([match], context) => {
    const { month, place } = named(match)
    return monthOf(context, monthValue(month!), place === undefined ? 0 : placeWords[phraseKey(place)]!)
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

/** A count of months that can open a year: 1 to 11. */
const monthCount = dimension(
  'numeral',
  (token) => Number.isInteger(token.value.value) && token.value.value >= 1 && token.value.value <= 11 && !token.value.scale
)
/** "tháng đầu năm", "tháng năm", "tháng cuối của năm" after a count of months, before the year's digits. */
const monthsOfYearDigits = /tháng(?:[ \t]+(?<edge>đầu|cuối))?[ \t]+(?:của[ \t]+)?năm/iu
/** "tháng đầu", "tháng cuối" before a year said in words ("năm nay", "năm ngoái"). */
const monthsOfYearWords = /tháng[ \t]+(?<edge>đầu|cuối)(?:[ \t]+của)?/iu
/** "tháng đầu năm" with no year after it: of the current year. */
const monthsOfThisYear = /tháng[ \t]+(?<edge>đầu|cuối)[ \t]+năm(?![ \t]*(?:\d|nay|này|ngoái|trước|sau|tới|qua))/iu
/** "nửa đầu năm", "nửa cuối năm", "nửa sau năm" (half a year). */
const halfYearDigits = /nửa[ \t]+(?<edge>đầu|cuối|sau)[ \t]+năm/iu
/** "nửa đầu" before a year said in words ("nửa đầu năm nay"). */
const halfYearWords = /nửa[ \t]+(?<edge>đầu|cuối|sau)/iu
const halfYearAlone = /nửa[ \t]+(?<edge>đầu|cuối|sau)[ \t]+năm(?![ \t]*(?:\d|nay|này|ngoái|trước|sau|tới|qua))/iu

function edgeOf(match: Match | undefined): 'first' | 'last' {
  return regexOf(match).named.edge?.toLowerCase() === 'đầu' || regexOf(match).named.edge === undefined ? 'first' : 'last'
}

export const monthsOfYearRules = [
  ...[
    { text: monthsOfYearDigits, name: '<n> tháng đầu|cuối năm <year>' },
    { text: monthsOfYearWords, name: '<n> tháng đầu|cuối <year>' }
  ].map(({ text, name }) =>
    rule({
      name,
      dimension: 'date',
      pattern: [monthCount, regex(text), dimension('date', isOneYear)],
      produce: ([count, words, year]) => monthsOfYear(tokenOf(year, 'date').value, tokenOf(count, 'numeral').value.value, edgeOf(words))
    })
  ),
  rule({
    name: '<n> tháng đầu|cuối năm',
    dimension: 'date',
    pattern: [monthCount, regex(monthsOfThisYear)],
    produce: ([count, words], context) =>
      monthsOfYear(shifted(context, 'year', 0).value, tokenOf(count, 'numeral').value.value, edgeOf(words))
  }),
  ...[
    { text: halfYearDigits, name: 'nửa đầu|cuối|sau năm <year>' },
    { text: halfYearWords, name: 'nửa đầu|cuối|sau <year>' }
  ].map(({ text, name }) =>
    rule({
      name,
      dimension: 'date',
      pattern: [regex(text), dimension('date', isOneYear)],
      produce: ([words, year]) => monthsOfYear(tokenOf(year, 'date').value, 6, edgeOf(words))
    })
  ),
  rule({
    name: 'nửa đầu|cuối|sau năm',
    dimension: 'date',
    pattern: [regex(halfYearAlone)],
    produce: ([words], context) => monthsOfYear(shifted(context, 'year', 0).value, 6, edgeOf(words))
  })
]

export const rules = [
  ...digitRules({ dayFirst: true }),
  dayToDayOfMonth,
  yearlessDay,
  monthOfYearWords,
  dayOfMonthWords,
  yearAndYear,
  decadeOfCentury,
  quarterOfYear,
  ...relativeRules({
    shifted: shiftedPhrases,
    vague: vaguePhrases,
    notFollowedBy: 'đó',
    vagueNotFollowedBy: String.raw`(?:của[ \t]+)?(?:năm[ \t]+)?\d|(?:của[ \t]+)?tháng[ \t]+\d`,
    names: { shifted: 'năm ngoái|năm nay|năm tới', vague: 'thời gian tới' }
  }),
  countedPeriod,
  countedDecades,
  oneDecade,
  weekday,
  weekdayBeforeDate,
  monthAlone,
  placedWeekday,
  quarterAlone,
  ...timeRules(dayParts),
  ...periodPartRules(periodParts),
  ...holidayRules(holidays, holidayWords),
  yearToDateRule('từ đầu năm đến nay', [
    'từ đầu năm đến nay',
    'từ đầu năm tới nay',
    'từ đầu năm đến thời điểm này',
    'từ đầu năm đến thời điểm hiện tại'
  ]),
  timeCountRule(timeCounts),
  ...monthsOfYearRules,
  monthToMonth,
  dayRangeRule('<ngày> đến <ngày>', String.raw`[-–—][ \t]*(?:ngày[ \t]+)?|(?:đến|tới)(?:[ \t]+ngày)?`),
  ...periodRules
]
