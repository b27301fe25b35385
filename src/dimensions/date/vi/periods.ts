import { dimension, regex, regexOf, rule, tokenOf, type Token } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { dayDigits, fullYear, monthDigits } from '../digits.js'
import { int, interval, named, phraseKey, point } from '../helpers.js'
import { countFrom, isYearSaidRelatively, monthsOfCurrentYear, monthsOfYearSaid } from '../report-periods.js'
import { isOneYear, monthsOfYear } from '../rules.js'
import { quarterNumbers } from './words.js'

/**
 * The periods Vietnamese reports give figures for, and the forms of dates
 * the other rules leave: "9 tháng" (of this year), "3 quý đầu năm", "tháng
 * 12 năm ngoái", "quý I năm nay", "tháng 8-2024", "9 tháng 2025", "1/8 năm
 * 2020", "từ ngày 10 đến ngày 12/4/2024".
 */

/** A count of months a year's report covers. */
const monthCount = countFrom(1, 11)
/** A count of quarters a year's report covers. */
const quarterCount = countFrom(1, 3)
const monthsWord = /tháng/iu
/**
 * Words right before "<n> tháng" that make it the months a figure is
 * reported for, of the year of writing: "trong 3 tháng",
 * "cộng dồn 9 tháng", "lãi 9 tháng", "kim ngạch 6 tháng".
 */
const periodCue =
  /(?<![\p{L}\p{N}])(?:trong|cộng dồn|lũy kế|luỹ kế|tính chung|tính gộp|tính riêng|riêng|của|lãi|lỗ|doanh thu|lợi nhuận|kim ngạch|xuất khẩu|nhập khẩu|GDP|tổng|vốn|giải ngân|sản lượng)[ \t]+$/iu
/**
 * A figure's verb right after "<n> tháng" makes it the months the figure is
 * reported for, whatever the words before name: "Xuất khẩu cà phê 7 tháng
 * đạt 3,5 tỷ USD", "Thu ngân sách 9 tháng ước đạt ...".
 */
const figureVerbAfter = /^[ \t]+(?:ước[ \t]+)?(?:đạt|tăng|giảm|vượt|thu về|lãi|lỗ)(?![\p{L}\p{N}])/iu
/** Words before "<n> tháng" that make it a span of time, not the year's months: "sau 7 tháng tăng trưởng", "kéo dài 6 tháng". */
const spanBefore = /(?<![\p{L}\p{N}])(?:sau|mất|kéo dài|suốt|hơn|gần|khoảng|hết|mỗi|cứ|được)[ \t]+$/iu
/** What after "<n> tháng" makes it something else: a year, a prison term, an age, a span counted from the day ("9 tháng qua"). */
const notAfterMonths =
  /^[ \t]*(?:[/.-]?[ \t]*\d|năm|tù|tuổi|qua|tới|trước|sau|nữa|đầu|cuối|liên tiếp|liền|kể từ|gần đây|vừa qua|một lần|\/)/iu
/** "quý đầu năm", "quý đầu của năm" after a count of quarters. */
const quartersOfYearText = /quý[ \t]+đầu(?:[ \t]+của)?[ \t]+năm/iu
/** "quý đầu năm" with no year after it: of the current year. */
const quartersOfThisYear = /quý[ \t]+đầu(?:[ \t]+của)?[ \t]+năm(?![ \t]*(?:\d|nay|này|ngoái|trước|sau|tới|qua))/iu
/** "tháng 12", "quý I" before a year said in words ("năm ngoái", "năm nay"). */
const monthBeforeYearWords = new RegExp(`tháng[ \\t]+(?<month>${monthDigits})(?=[ \\t]+năm[ \\t]+\\p{L})`, 'iu')
const quarterBeforeYearWords = new RegExp(
  `quý[ \\t]+(?<quarter>${alternation(Object.keys(quarterNumbers))})(?=[ \\t]+năm[ \\t]+\\p{L})`,
  'iu'
)
/** "tháng 8-2024", "tháng 11 - 2024": a month and its year joined by a dash. */
const monthDashYear = new RegExp(`tháng[ \\t]+(?<month>${monthDigits})[ \\t]*[-–][ \\t]*(?<year>${fullYear})(?![.,/-]?\\d)`, 'iu')
/** "tháng" before a year's digits, after a count of months: "9 tháng 2025". */
const monthsThenYear = new RegExp(`tháng(?=[ \\t]+${fullYear}(?![.,/-]?\\d))`, 'iu')
/** "năm" between a day said without its year and the year: "1/8 năm 2020". */
const yearWord = /năm/iu
/** "từ" opening a range, which its quote leaves out. */
const fromWord = String.raw`(?<=(?<![\p{L}])từ[ \t]+)`
/** The words between the first day of a range and the day that ends it: "đến", "đến hết ngày", "-". */
const rangeJoin = String.raw`[ \t]*(?:đến|tới|-|–)[ \t]*(?:(?:hết[ \t]+)?ngày[ \t]+)?(?=\d)`
/**
 * The first day of a range said by its number alone, before the day that
 * ends it: "(từ) ngày 10 đến ngày 12/4/2024", "ngày 15 đến ngày 17 tháng 5
 * năm 2023", "ngày 10 - 12/4/2024", "từ 10 đến hết ngày 12/4/2024" ("từ" is
 * not part of it); two days in a row joined by "và": "hai ngày 5 và 6/9/2025".
 */
const firstDayOfRange = new RegExp(
  `(?:ngày[ \\t]+|${fromWord})(?<first>${dayDigits})(?:${rangeJoin}|[ \\t]+(?<and>và)[ \\t]+(?:ngày[ \\t]+)?(?=\\d))`,
  'iu'
)
/** A day and month without "ngày" that open a range after "từ": "từ 30/8 đến 2/9/2025" (a bare "30/8" alone is no date). */
const firstDayMonthOfRange = new RegExp(`${fromWord}(?<day>${dayDigits})/(?<month>${monthDigits})${rangeJoin}`, 'iu')

/** A day with its year ("12/4/2024", "17 tháng 5 năm 2023"), which may end a range. */
function isWholeDay(token: Token<'date'>): boolean {
  return token.value.grain === 'day' && !token.value.relative && token.value.value !== null && !token.value.value.includes('/')
}

/** A day said without its year ("1/8"), which a year may complete. */
function isYearlessDay(token: Token<'date'>): boolean {
  return token.value.yearless !== undefined && token.value.grain === 'day'
}

export const monthsOfReport = rule({
  name: '<n> tháng',
  dimension: 'date',
  pattern: [monthCount, regex(monthsWord)],
  produce: ([count, word], context) => {
    const number = tokenOf(count, 'numeral')
    const start = number.start
    const before = context.text.slice(Math.max(0, start - 20), start)
    const after = context.text.slice(regexOf(word).end)
    if (!periodCue.test(before) && (spanBefore.test(before) || !figureVerbAfter.test(after))) return undefined
    if (notAfterMonths.test(after)) return undefined
    return monthsOfCurrentYear(context, number.value.value)
  }
})

export const quartersOfYear = rule({
  name: '<n> quý đầu năm <year>',
  dimension: 'date',
  pattern: [quarterCount, regex(quartersOfYearText), dimension('date', isOneYear)],
  produce: ([count, , year]) => monthsOfYear(tokenOf(year, 'date').value, 3 * tokenOf(count, 'numeral').value.value, 'first')
})

export const quartersOfCurrentYear = rule({
  name: '<n> quý đầu năm',
  dimension: 'date',
  pattern: [quarterCount, regex(quartersOfThisYear)],
  produce: ([count], context) => monthsOfCurrentYear(context, 3 * tokenOf(count, 'numeral').value.value)
})

export const monthOfYearSaidRelatively = rule({
  name: 'tháng <month> năm ngoái',
  dimension: 'date',
  pattern: [regex(monthBeforeYearWords), dimension('date', isYearSaidRelatively)],
  produce: ([match, year]) => {
    const month = int(named(match).month)
    return month >= 1 && month <= 12 ? monthsOfYearSaid(tokenOf(year, 'date').value, month, month) : undefined
  }
})

export const quarterOfYearSaidRelatively = rule({
  name: 'quý <n> năm nay',
  dimension: 'date',
  pattern: [regex(quarterBeforeYearWords), dimension('date', isYearSaidRelatively)],
  produce: ([match, year]) => {
    const index = quarterNumbers[phraseKey(named(match).quarter!)]!
    return monthsOfYearSaid(tokenOf(year, 'date').value, 3 * index - 2, 3 * index)
  }
})

export const monthDashYearRule = rule({
  name: 'tháng <month>-<year>',
  dimension: 'date',
  pattern: [regex(monthDashYear)],
  produce: ([match]) => {
    const { month, year } = named(match)
    return int(month) >= 1 && int(month) <= 12 ? point({ year: int(year), month: int(month) }) : undefined
  }
})

export const monthsOfYearNoWord = rule({
  name: '<n> tháng <year>',
  dimension: 'date',
  pattern: [monthCount, regex(monthsThenYear), dimension('date', isOneYear)],
  produce: ([count, , year]) => monthsOfYear(tokenOf(year, 'date').value, tokenOf(count, 'numeral').value.value, 'first')
})

export const yearlessDayOfYear = rule({
  name: 'ngày <day>/<month> năm <year>',
  dimension: 'date',
  pattern: [dimension('date', isYearlessDay), regex(yearWord), dimension('date', (token) => isOneYear(token) && !token.value.relative)],
  produce: ([day, , year]) => {
    const { month, day: number } = tokenOf(day, 'date').value.yearless!
    return point({ year: int(tokenOf(year, 'date').value.value!), month, day: number })
  }
})

export const dayToFullDay = rule({
  name: 'ngày <day> đến ngày <day>/<month>/<year>',
  dimension: 'date',
  pattern: [regex(firstDayOfRange), dimension('date', isWholeDay)],
  produce: ([match, last]) => {
    const [year, month, day] = partsOf(tokenOf(last, 'date'))
    const { first, and } = named(match)
    // "và" joins two days, a range only when they follow each other: "ngày 5 và 16/9" are two days apart.
    const ok = and === undefined ? int(first) < day : int(first) + 1 === day
    return ok ? interval({ year, month, day: int(first) }, { year, month, day }) : undefined
  }
})

export const dayMonthToFullDay = rule({
  name: 'từ <day>/<month> đến <day>/<month>/<year>',
  dimension: 'date',
  pattern: [regex(firstDayMonthOfRange), dimension('date', isWholeDay)],
  produce: ([match, last]) => {
    const [year, month, day] = partsOf(tokenOf(last, 'date'))
    const first = { month: int(named(match).month), day: int(named(match).day) }
    // A range that crosses the new year ("từ 30/12 đến 2/1/2025") starts in the year before.
    const startYear = first.month > month || (first.month === month && first.day >= day) ? year - 1 : year
    return interval({ year: startYear, ...first }, { year, month, day })
  }
})

/** The year, month and day of a whole day. */
function partsOf(token: Token<'date'>): [number, number, number] {
  return token.value.value!.split('-').map(Number) as [number, number, number]
}

export const periodRules = [
  monthsOfReport,
  quartersOfYear,
  quartersOfCurrentYear,
  monthOfYearSaidRelatively,
  quarterOfYearSaidRelatively,
  monthDashYearRule,
  monthsOfYearNoWord,
  yearlessDayOfYear,
  dayToFullDay,
  dayMonthToFullDay
]
