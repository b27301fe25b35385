import { describe, expect, test } from 'vitest'
import { holidayDays, holidayIn } from '../src/dimensions/date/holidays.js'
import { holidays } from '../src/dimensions/date/en/holidays.js'
import { lunarToSolar } from '../src/dimensions/date/lunar.js'
import type { CalendarDay } from '../src/dimensions/date/types.js'

const weekday = (day: { year: number; month: number; day: number }) => new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
/** The day a named English holiday falls on in a year. */
function on(year: number, name: string): CalendarDay {
  const day = holidayIn(year, holidays[name]!)
  if (!day) throw new Error(`no ${name} in ${year}`)
  return day
}

const years = Array.from({ length: 201 }, (_, index) => 1900 + index)

describe('holidayIn', () => {
  test('should put Western Easter on a Sunday from 22 March to 25 April, every year of 1900-2100', () => {
    for (const year of years) {
      const easter = on(year, 'easter')
      expect(weekday(easter)).toBe(0)
      const ordinal = easter.month * 100 + easter.day
      expect(ordinal).toBeGreaterThanOrEqual(322)
      expect(ordinal).toBeLessThanOrEqual(425)
    }
  })

  test('should put Orthodox Easter on a Sunday from 4 April to 8 May, never before Western Easter', () => {
    for (const year of years) {
      const orthodox = on(year, 'orthodox easter')
      expect(weekday(orthodox)).toBe(0)
      expect(orthodox.month * 100 + orthodox.day).toBeGreaterThanOrEqual(404)
      expect(orthodox.month * 100 + orthodox.day).toBeLessThanOrEqual(508)
      const western = on(year, 'easter')
      expect(Date.UTC(year, orthodox.month - 1, orthodox.day)).toBeGreaterThanOrEqual(Date.UTC(year, western.month - 1, western.day))
    }
  })

  test('should put Thanksgiving on the fourth Thursday of November and Black Friday the day after', () => {
    for (const year of years) {
      const thanksgiving = on(year, 'thanksgiving')
      expect([thanksgiving.month, weekday(thanksgiving)]).toEqual([11, 4])
      expect(thanksgiving.day).toBeGreaterThanOrEqual(22)
      expect(thanksgiving.day).toBeLessThanOrEqual(28)
      expect(on(year, 'black friday')).toEqual({ ...thanksgiving, day: thanksgiving.day + 1 })
    }
  })

  test('should move a weekday-only holiday off the weekend to the nearest weekday', () => {
    expect(on(2016, "boss's day")).toEqual({ year: 2016, month: 10, day: 17 })
    expect(on(2021, "boss's day")).toEqual({ year: 2021, month: 10, day: 15 })
    expect(on(2013, "boss's day")).toEqual({ year: 2013, month: 10, day: 16 })
  })

  test("should keep King's Day on 27 April, or the Saturday before when that is a Sunday", () => {
    expect(on(2014, "king's day")).toEqual({ year: 2014, month: 4, day: 26 })
    expect(on(2018, "king's day")).toEqual({ year: 2018, month: 4, day: 27 })
  })

  test('should run Great Lent from Clean Monday to the Friday before Lazarus Saturday: 40 days', () => {
    for (const year of years) {
      const [first, last] = holidayDays(on(year, 'great lent'), holidays['great lent']!)
      expect(first).toEqual(on(year, 'clean monday'))
      expect(weekday(last)).toBe(5)
      expect(Date.UTC(last.year, last.month - 1, last.day) - Date.UTC(first.year, first.month - 1, first.day)).toBe(39 * 86_400_000)
    }
  })

  test('should read the last weekday of a month from its end: Memorial Day is the last Monday of May', () => {
    expect(on(2024, 'memorial day')).toEqual({ year: 2024, month: 5, day: 27 })
    expect(on(2021, 'memorial day')).toEqual({ year: 2021, month: 5, day: 31 })
  })
})

describe('lunarToSolar', () => {
  test('should give the first day of the lunar year as Vietnam (UTC+7) and China (UTC+8) keep it', () => {
    const tet = (year: number, zone: number) => lunarToSolar(year, 1, 1, zone)
    expect(tet(2024, 7)).toEqual({ year: 2024, month: 2, day: 10 })
    expect(tet(2025, 7)).toEqual({ year: 2025, month: 1, day: 29 })
    expect(tet(2023, 7)).toEqual({ year: 2023, month: 1, day: 22 })
    // The two calendars parted in 1985 and 2007, when a new moon fell between midnight at UTC+7 and at UTC+8.
    expect(tet(1985, 7)).toEqual({ year: 1985, month: 1, day: 21 })
    expect(tet(1985, 8)).toEqual({ year: 1985, month: 2, day: 20 })
    expect(tet(2007, 7)).toEqual({ year: 2007, month: 2, day: 17 })
    expect(tet(2007, 8)).toEqual({ year: 2007, month: 2, day: 18 })
  })

  test('should put every Tết of 1950-2100 between 20 January and 21 February', () => {
    for (let year = 1950; year <= 2100; year++) {
      const tet = lunarToSolar(year, 1, 1, 7)
      expect(tet.year).toBe(year)
      expect(tet.month * 100 + tet.day).toBeGreaterThanOrEqual(120)
      expect(tet.month * 100 + tet.day).toBeLessThanOrEqual(221)
    }
  })

  test('should count later months from the first: the Mid-Autumn Festival of 2024 and the Hùng Kings day of 2025', () => {
    expect(lunarToSolar(2024, 8, 15, 7)).toEqual({ year: 2024, month: 9, day: 17 })
    expect(lunarToSolar(2025, 3, 10, 7)).toEqual({ year: 2025, month: 4, day: 7 })
  })
})
