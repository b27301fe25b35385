import { describe, expect, test } from 'vitest'
import { elongation, moonLongitude, sunLongitude } from '../scripts/calendars/astronomy.js'
import { holidayIn, holidaysIn } from '../src/dimensions/date/holidays.js'
import { holidays } from '../src/dimensions/date/en/holidays.js'
import type { CalendarDay } from '../src/dimensions/date/types.js'

/** The day a named English holiday falls on in a year, as an ISO day. */
function on(year: number, name: string): string {
  const day = holidayIn(year, holidays[name]!)
  if (!day) throw new Error(`no ${name} in ${year}`)
  return iso(day)
}

const iso = (day: CalendarDay) => `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
/** Month and day as one number: 17 October is 1017. */
const monthDay = (day: CalendarDay) => day.month * 100 + day.day
const years = Array.from({ length: 131 }, (_, index) => 1970 + index)

describe('astronomy', () => {
  test("should place the Sun within 0.01° of Meeus' example 25.a (13 October 1992)", () => {
    // 0h TD less ΔT (about a minute in 1992).
    expect(Math.abs(sunLongitude(2448908.5 - 60 / 86400) - 199.90895)).toBeLessThan(0.01)
  })

  test("should place the Moon within 0.02° of Meeus' example 47.a (12 April 1992), nutation left out", () => {
    expect(Math.abs(moonLongitude(2448724.5 - 60 / 86400) - 133.162655)).toBeLessThan(0.02)
  })

  test("should put the Moon on the Sun at the new moon of Meeus' example 49.a (18 February 1977, 3:37 TD)", () => {
    const gap = elongation(2443192.65118 - 48 / 86400)
    expect(Math.min(gap, 360 - gap)).toBeLessThan(0.02)
  })
})

describe('festivals of the Hindu calendar', () => {
  test('should keep Diwali between 17 October and 15 November, every year of 1970-2100', () => {
    for (const year of years) {
      const diwali = holidaysIn(year, holidays.diwali!)
      expect(diwali).toHaveLength(1)
      expect(monthDay(diwali[0]!)).toBeGreaterThanOrEqual(1017)
      expect(monthDay(diwali[0]!)).toBeLessThanOrEqual(1115)
    }
  })

  test('should keep Holi in late February or March, every year of 1970-2100', () => {
    for (const year of years) {
      const holi = holidayIn(year, holidays.holi!)!
      expect(monthDay(holi)).toBeGreaterThanOrEqual(220)
      expect(monthDay(holi)).toBeLessThanOrEqual(331)
    }
  })

  test('should give the days public calendars of India give', () => {
    expect(on(2023, 'diwali')).toBe('2023-11-12')
    expect(on(2024, 'diwali')).toBe('2024-10-31')
    expect(on(2025, 'diwali')).toBe('2025-10-20')
    expect(on(2023, 'holi')).toBe('2023-03-08')
    expect(on(2024, 'holi')).toBe('2024-03-25')
    expect(on(2025, 'holi')).toBe('2025-03-14')
    expect(on(2018, 'dussehra')).toBe('2018-10-19')
    expect(on(2023, 'dussehra')).toBe('2023-10-24')
  })
})

describe('festivals of the solar calendars', () => {
  test('should keep Pongal on 14 or 15 January', () => {
    for (const year of years) expect([114, 115]).toContain(monthDay(holidayIn(year, holidays.pongal!)!))
  })

  test('should keep a sankranti after dark on the next day in Tamil Nadu', () => {
    expect(on(2024, 'pongal')).toBe('2024-01-15')
    expect(on(2025, 'pongal')).toBe('2025-01-14')
  })

  test('should start the Bengali year the day after the sankranti, two days after one past midnight', () => {
    expect(on(2024, 'pohela boishakh')).toBe('2024-04-14')
    expect(on(2025, 'pohela boishakh')).toBe('2025-04-15')
  })
})
