/** Days said by their rank: of a month ("the 3rd of March", "March 3rd"), of a weekday in a month ("the first Monday of May"), of the next month. */
import { dimension, regex, rule, tokenOf, type Context, type Match, type Produced, type Token } from '../../../engine/rule.js'
import { type CalendarDay, type Day } from '../types.js'
import { alternation } from '../../../engine/alternation.js'
import { dayDigits, fullYear } from '../digits.js'
import { dayNumbered, int, named, placed, relative, shift as shiftMonth, point, yearImplied } from '../helpers.js'
import { monthNumber, months, rankOf, rankSource, weekdays } from './months.js'
import { monthName, yearAfter, dayOf } from './patterns.js'

/** "the first Friday of March 2016", "last Monday of March", "the third last day of June", "the second Friday of this month". */
const rankInMonthText = new RegExp(
  `(?:the[ \\t]+)?${rankSource}[ \\t]+(?<what>${alternation([...Object.keys(weekdays), 'day'])})[ \\t]+(?:of|in)[ \\t]+(?:(?<month>${alternation(Object.keys(months))})(?:,?[ \\t]+(?<year>${fullYear}))?|(?:the|this)[ \\t]+month|(?<shift>this|next|last)[ \\t]+month)(?![ \\t]*\\d)`,
  'iu'
)

/** "of March", "of March 2015": the month after a rank of its day ("the first of June"). */
const ofMonthText = new RegExp(`of[ \\t]+${monthName}(?:${yearAfter})?`, 'iu')

/** A month before a rank of its day: "March third", "April the 23rd". */
const monthBeforeRankText = new RegExp(`${monthName}(?:[ \\t]+the)?`, 'iu')

/** A year after a rank of a day: ", 2015". */
const yearAfterRank = new RegExp(`,?[ \\t]*(?<year>${fullYear})(?![.,]?\\d)`, 'u')

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

/** The day of a rank of a weekday (or of any day) in a month: the first Friday of March 2016 is 4 March. */
function rankedInMonth(year: number, month: number, rank: number, weekday: number | undefined): Day | undefined {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const all = Array.from({ length: days }, (_, index) => ({ year, month, day: index + 1 }))
  const matching =
    weekday === undefined ? all : all.filter((day) => ((new Date(Date.UTC(year, month - 1, day.day)).getUTCDay() + 6) % 7) + 1 === weekday)
  return rank < 0 ? matching.at(rank) : matching[rank - 1]
}

export const rankInMonth = rule({
  name: 'the <ordinal> <weekday> of <month>',
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
  name: '<day> of next|last month',
  dimension: 'date',
  pattern: [regex(dayOfShiftedMonthText)],
  produce: ([match], context) => dayOfShifted(context, int(named(match).day), match)
})

export const rankOfShiftedMonth = rule({
  name: 'the <ordinal> of next|last month',
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
