import { describe, expect, test } from 'vitest'
import { createParser } from '../src/dimensions/parse.js'
import { holidayDays, holidayIn, holidaysIn } from '../src/dimensions/date/holidays.js'
import { holidays } from '../src/dimensions/date/en/holidays.js'
import { lunarToSolar } from '../src/dimensions/date/calendars/lunar.js'
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

  test('should put Black Friday on the day after the fourth Thursday of November', () => {
    for (const year of years) {
      const blackFriday = on(year, 'black friday')
      expect([blackFriday.month, weekday(blackFriday)]).toEqual([11, 5])
      expect(blackFriday.day).toBeGreaterThanOrEqual(23)
      expect(blackFriday.day).toBeLessThanOrEqual(29)
    }
  })

  test('should run Lent from Ash Wednesday to Holy Saturday, the day before Easter', () => {
    for (const year of years) {
      const [first, last] = holidayDays(on(year, 'ash wednesday'), holidays.Lent!)
      expect(weekday(first)).toBe(3)
      expect(weekday(last)).toBe(6)
      expect(Date.UTC(last.year, last.month - 1, last.day + 1)).toBe(Date.UTC(year, on(year, 'easter').month - 1, on(year, 'easter').day))
    }
  })
})

const time = (day: CalendarDay) => Date.UTC(day.year, day.month - 1, day.day)
/** Days from `a` to `b`. */
const daysBetween = (a: CalendarDay, b: CalendarDay) => (time(b) - time(a)) / 86_400_000
/** The first and last day of a named English holiday in a year. */
const span = (year: number, name: string) => holidayDays(on(year, name), holidays[name]!)

describe('holidays of the Islamic calendar', () => {
  const islamicYears = Array.from({ length: 151 }, (_, index) => 1950 + index)
  /** The days of a named holiday in the years around `day`'s, in order. */
  const around = (name: string, day: CalendarDay) =>
    [day.year - 1, day.year, day.year + 1].flatMap((year) => holidaysIn(year, holidays[name]!))
  const nextAfter = (name: string, day: CalendarDay) => around(name, day).find((found) => time(found) > time(day))!

  test('should end Ramadan, of 29 or 30 days, the day before Eid al-Fitr', () => {
    for (const year of islamicYears) {
      const [first, last] = span(year, 'ramadan')
      expect([28, 29]).toContain(daysBetween(first, last))
      expect(daysBetween(last, nextAfter('eid al fitr', last))).toBe(1)
    }
  })

  test('should keep Eid al-Adha 67 to 69 days after Eid al-Fitr', () => {
    for (const year of islamicYears) {
      const fitr = on(year, 'eid al fitr')
      const adha = nextAfter('eid al adha', fitr)
      expect(daysBetween(fitr, adha)).toBeGreaterThanOrEqual(67)
      expect(daysBetween(fitr, adha)).toBeLessThanOrEqual(69)
    }
  })

  test("should put Jumu'atul-Wida on the last Friday of Ramadan", () => {
    for (const year of islamicYears) {
      const friday = on(year, "jumu'atul wida")
      const [, last] = holidayDays(
        around('ramadan', friday).findLast((day) => time(day) <= time(friday))!,
        holidays.ramadan!
      )
      expect(weekday(friday)).toBe(5)
      expect(daysBetween(friday, last)).toBeGreaterThanOrEqual(0)
      expect(daysBetween(friday, last)).toBeLessThan(7)
    }
  })

  test('should give the days Saudi Arabia published for 2023-2025', () => {
    expect([2023, 2024, 2025].map((year) => on(year, 'eid al fitr'))).toEqual([
      { year: 2023, month: 4, day: 21 },
      { year: 2024, month: 4, day: 10 },
      { year: 2025, month: 3, day: 30 }
    ])
    expect([2023, 2024, 2025].map((year) => on(year, 'eid al adha'))).toEqual([
      { year: 2023, month: 6, day: 28 },
      { year: 2024, month: 6, day: 16 },
      { year: 2025, month: 6, day: 6 }
    ])
    expect(span(2024, 'ramadan')).toEqual([
      { year: 2024, month: 3, day: 11 },
      { year: 2024, month: 4, day: 9 }
    ])
  })

  test('should read Ramadan said during Ramadan as that one, when dates are read as the next', () => {
    const parser = createParser('en', ['date'])
    const dates = parser.parse('Ramadan', '2025-03-15', 'next').tokens.map((token) => token.value)
    expect(dates).toEqual([{ value: '2025-03-01/2025-03-29', grain: 'day', relative: true, yearImplied: true }])
  })

  test("should find both Eids of a Gregorian year that has two, and take the first as that year's", () => {
    expect(holidaysIn(2000, holidays['eid al fitr']!)).toEqual([
      { year: 2000, month: 1, day: 8 },
      { year: 2000, month: 12, day: 27 }
    ])
    expect(on(2000, 'eid al fitr')).toEqual({ year: 2000, month: 1, day: 8 })
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
