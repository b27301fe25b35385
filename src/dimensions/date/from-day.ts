import type { Produced, Token } from '../../engine/rule.js'
import { addDays, point, weekdayOf, type Unit } from './helpers.js'
import type { CalendarDay, DateValue } from './types.js'

/** A date said as one whole day ("Easter 2013", "Christmas", "May 5"), resolved or not, from which a day can be counted. */
export function isOneDay(token: Token<'date'>): boolean {
  const { value, grain, part } = token.value
  return grain === 'day' && !part && (value === null || /^\d{4}-\d{2}-\d{2}$/u.test(value))
}

/** `by` units after the day (before it when negative), a day still: "a week from Christmas" is the next Christmas, a month on a 31st the month's last day. */
export function countedFromDay(date: DateValue, unit: Exclude<Unit, 'quarter'>, by: number): Produced<'date'> | undefined {
  return fromDay(date, (day) => {
    if (unit === 'day' || unit === 'week') return addDays(day, unit === 'week' ? 7 * by : by)
    const index = day.year * 12 + day.month - 1 + (unit === 'year' ? 12 * by : by)
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1]
    return { year, month, day: Math.min(day.day, new Date(Date.UTC(year, month, 0)).getUTCDate()) }
  })
}

/** The `nth` weekday (1 Monday ... 7 Sunday) after the day, or before it when `nth` is negative: "the second Monday after Christmas 2016". */
export function weekdayFromDay(date: DateValue, weekday: number, nth: number): Produced<'date'> | undefined {
  return fromDay(date, (day) => {
    const first = nth > 0 ? ((weekday - weekdayOf(day) + 6) % 7) + 1 : -(((weekdayOf(day) - weekday + 6) % 7) + 1)
    return addDays(day, first + 7 * (nth - Math.sign(nth)))
  })
}

/** The weekday (1 Monday ... 7 Sunday) `rank`th closest to the day, the day itself included: the closest Monday to Saturday 5 October 2013 is the 7th, the second closest 30 September. */
export function closestWeekday(date: DateValue, weekday: number, rank: number): Produced<'date'> | undefined {
  return fromDay(date, (day) => {
    const offsets = Array.from({ length: 43 }, (_, index) => index - 21).filter((offset) => weekdayOf(addDays(day, offset)) === weekday)
    const offset = offsets.sort((a, b) => Math.abs(a) - Math.abs(b))[rank - 1] ?? 0
    return addDays(day, offset)
  })
}

/** A day moved from a date said as a day; relative when it was, and unresolved when it was. */
function fromDay(date: DateValue, move: (day: CalendarDay) => CalendarDay): Produced<'date'> | undefined {
  if (date.value === null) return { value: { value: null, grain: 'day', relative: true } }
  const [year, month, day] = date.value.split('-').map(Number) as [number, number, number]
  const moved = point(move({ year, month, day }))
  return moved && date.relative ? { value: { ...moved.value, relative: true } } : moved
}
