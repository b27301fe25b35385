import { dimension, regex, rule, tokenOf, type Context, type Produced } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { fullYear } from '../digits.js'
import {
  addDays,
  compare,
  int,
  interval,
  named,
  phraseKey,
  placed,
  relative,
  weekOf,
  weekdayOf,
  weekendOf,
  weeksWithin,
  type Resolution,
  yearImplied
} from '../helpers.js'
import type { CalendarDay, Day } from '../types.js'
import { isOneDay } from '../from-day.js'
import { monthNumber, months, rankOf, rankSource } from './months.js'

/** "weekend", "week-end", "week end", "wkend". */
const weekendWord = String.raw`(?:week[ \t-]?end|wkend)`
/** A month, with or without its year, or a year alone, after a rank of a week in it: "of May 2016", "in October", "of 2018". */
const periodAfterRank = `[ \\t]+(?:of|in)[ \\t]+(?:(?<month>${alternation(Object.keys(months))})(?:,?[ \\t]+(?<year>${fullYear}))?|(?<yearAlone>${fullYear}))(?![ \\t]*\\d)`
/** "the second week of May 2016", "the second last week of 2019", "last week of September". */
const rankedWeekText = new RegExp(`(?:the[ \\t]+)?${rankSource}[ \\t]+week${periodAfterRank}`, 'iu')
/** "the last weekend of June", "first week-end in July 2017". */
const rankedWeekendText = new RegExp(`(?:the[ \\t]+)?${rankSource}[ \\t]+${weekendWord}${periodAfterRank}`, 'iu')
/** "the week of": before a day, the week holding it. */
const weekOfText = /(?:the[ \t]+)?week[ \t]+of/iu
/** A weekend counted from the week of writing: "this weekend", "this past week-end", "next week-end". */
const weekendShifts: Readonly<Record<string, number>> = {
  this: 0,
  'this coming': 0,
  coming: 0,
  next: 1,
  last: -1,
  past: -1,
  'this past': -1,
  previous: -1
}
const shiftedWeekendText = new RegExp(`(?:the[ \\t]+)?(?<shift>${alternation(Object.keys(weekendShifts))})[ \\t]+${weekendWord}`, 'iu')

/** The first and last day of a month, or of a year when no month is given. */
function daysOf(year: number, month: number | undefined): readonly [CalendarDay, CalendarDay] {
  if (month === undefined)
    return [
      { year, month: 1, day: 1 },
      { year, month: 12, day: 31 }
    ]
  return [
    { year, month, day: 1 },
    { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() }
  ]
}

/** The week of a rank among the weeks wholly within a period: the second last week of 2019 is 16 to 22 December. */
function rankedWeek(first: CalendarDay, last: CalendarDay, rank: number, weekend: boolean): Resolution {
  const mondays = weekend ? weekendMondays(first, last) : weeksWithin(first, last)
  const monday = rank < 0 ? mondays.at(rank) : mondays[rank - 1]
  if (!monday) return undefined
  return weekend ? weekendOf(monday) : [monday, addDays(monday, 6)]
}

/** The Mondays of the weeks whose Saturday falls within the days: the weekends of a month. */
function weekendMondays(first: CalendarDay, last: CalendarDay): CalendarDay[] {
  const saturday = addDays(first, (13 - weekdayOf(first)) % 7)
  const mondays: CalendarDay[] = []
  for (let day = saturday; compare(day, last) <= 0; day = addDays(day, 7)) {
    mondays.push(addDays(day, -5))
  }
  return mondays
}

/** A week or weekend ranked in a month or year, the month's year given or the nearest. */
function rankedIn(context: Context, groups: Readonly<Record<string, string | undefined>>, weekend: boolean): Produced<'date'> | undefined {
  const rank = rankOf(groups)
  const grain = weekend ? 'hour' : 'day'
  if (groups.yearAlone !== undefined) return fixed(rankedWeek(...daysOf(int(groups.yearAlone), undefined), rank, weekend))
  const month = monthNumber(groups.month)
  if (month === undefined) return undefined
  if (groups.year !== undefined) return fixed(rankedWeek(...daysOf(int(groups.year), month), rank, weekend))
  return yearImplied(
    relative(context, grain, (reference) => rankedWeek(...daysOf(placed(context.reading, reference, month).year, month), rank, weekend))
  )
}

function fixed(resolution: Resolution): Produced<'date'> | undefined {
  return Array.isArray(resolution) ? interval(...(resolution as readonly [Day, Day])) : undefined
}

export const rankedWeekOf = rule({
  name: 'the <ordinal> week of <month>',
  dimension: 'date',
  pattern: [regex(rankedWeekText)],
  produce: ([match], context) => rankedIn(context, named(match), false)
})

export const rankedWeekendOf = rule({
  name: 'the last weekend of <month>',
  dimension: 'date',
  pattern: [regex(rankedWeekendText)],
  produce: ([match], context) => rankedIn(context, named(match), true)
})

export const weekOfDay = rule({
  name: 'the week of <day>',
  dimension: 'date',
  pattern: [regex(weekOfText), dimension('date', isOneDay)],
  produce: ([, date]) => {
    const { value, relative: isRelative } = tokenOf(date, 'date').value
    const flag = isRelative ? { relative: true as const } : {}
    if (value === null) return { value: { value: null, grain: 'day', ...flag } }
    const [year, month, day] = value.split('-').map(Number) as [number, number, number]
    const [monday, sunday] = weekOf({ year, month, day })
    const week = interval(monday, sunday)
    return week && { value: { ...week.value, ...flag } }
  }
})

/** "the weekend" after a word that places it in the story: "over the weekend", "since the weekend" (not "a weekend", nor "the weekend market"). */
const theWeekendText = new RegExp(
  `(?<=(?<![\\p{L}])(?:over|since|during|at|through|throughout|on|for|by|until|after|before)[ \\t]+)the[ \\t]+${weekendWord}(?![ \\t]+of)`,
  'iu'
)

export const shiftedWeekend = rule({
  name: 'this|next|last weekend',
  dimension: 'date',
  pattern: [regex(shiftedWeekendText)],
  produce: ([match], context) => {
    const by = weekendShifts[phraseKey(named(match).shift!)]!
    return relative(context, 'hour', (reference) => weekendOf(weekOf(reference, by)[0] as CalendarDay))
  }
})

/**
 * The weekend a story tells of without naming it: in news, which reports, the
 * last one (this one on a Saturday or a Sunday); in a plan (`next`), the coming one.
 */
export const theWeekend = rule({
  name: 'over the weekend',
  dimension: 'date',
  pattern: [regex(theWeekendText)],
  produce: (_matches, context) =>
    relative(context, 'hour', (reference) => {
      const by = weekdayOf(reference) >= 6 || context.reading === 'next' ? 0 : -1
      return weekendOf(weekOf(reference, by)[0] as CalendarDay)
    })
})

export const weekRules = [rankedWeekOf, rankedWeekendOf, weekOfDay, shiftedWeekend, theWeekend]
