import { describe, expect, test } from 'vitest'
import { countedFromDay, weekdayFromDay } from '../src/dimensions/date/from-day.js'
import { addDays, weekdayOf } from '../src/dimensions/date/helpers.js'

const start = { year: 2024, month: 1, day: 1 }
/** Every day of 2024 as a date said as a day. */
const days = Array.from({ length: 366 }, (_, index) => addDays(start, index))
const iso = (day: { year: number; month: number; day: number }) =>
  `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000

describe('weekdayFromDay', () => {
  test('should give the nth weekday after a day, within its nth week after it, and the nth before it the same way back', () => {
    for (const day of days) {
      for (const [weekday, nth] of [
        [2, 3],
        [7, 1],
        [weekdayOf(day), 1],
        [5, -1],
        [weekdayOf(day), -2]
      ] as const) {
        const found = weekdayFromDay({ value: iso(day), grain: 'day' }, weekday, nth)!.value.value!
        const [year, month, date] = found.split('-').map(Number) as [number, number, number]
        expect(weekdayOf({ year, month, day: date })).toBe(weekday)
        const distance = daysBetween(iso(day), found) * Math.sign(nth)
        expect(distance).toBeGreaterThan(7 * (Math.abs(nth) - 1))
        expect(distance).toBeLessThanOrEqual(7 * Math.abs(nth))
      }
    }
  })
})

describe('countedFromDay', () => {
  test('should keep the day of the month a year or a month on, or the last day of a shorter month', () => {
    expect(countedFromDay({ value: '2024-02-29', grain: 'day' }, 'year', 1)?.value.value).toBe('2025-02-28')
    expect(countedFromDay({ value: '2024-03-31', grain: 'day' }, 'month', -1)?.value.value).toBe('2024-02-29')
    expect(countedFromDay({ value: '2024-12-25', grain: 'day', relative: true }, 'week', 2)?.value).toEqual({
      value: '2025-01-08',
      grain: 'day',
      relative: true
    })
  })

  test('should leave a day counted from an unresolved day unresolved', () => {
    expect(countedFromDay({ value: null, grain: 'day', relative: true }, 'day', 3)?.value).toEqual({
      value: null,
      grain: 'day',
      relative: true
    })
  })
})
