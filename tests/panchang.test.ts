import { describe, expect, test } from 'vitest'
import { elongation, moonLongitude, sunLongitude } from '../src/dimensions/date/astronomy.js'
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

  test('should run Navaratri from Pratipada to the day before Dussehra, seven to ten days as tithis are lost or repeated', () => {
    for (const year of years) {
      const first = holidayIn(year, holidays.navaratri!)!
      const dussehra = holidayIn(year, holidays.dussehra!)!
      const days =
        (Date.UTC(dussehra.year, dussehra.month - 1, dussehra.day) - Date.UTC(first.year, first.month - 1, first.day)) / 86_400_000
      expect(days).toBeGreaterThanOrEqual(7)
      expect(days).toBeLessThanOrEqual(10)
    }
  })

  test('should give the days public calendars of India give', () => {
    expect(on(2023, 'diwali')).toBe('2023-11-12')
    expect(on(2024, 'diwali')).toBe('2024-10-31')
    expect(on(2025, 'diwali')).toBe('2025-10-20')
    expect(on(2019, 'dhanteras')).toBe('2019-10-25')
    expect(on(2023, 'holi')).toBe('2023-03-08')
    expect(on(2024, 'holi')).toBe('2024-03-25')
    expect(on(2025, 'holi')).toBe('2025-03-14')
    expect(on(2018, 'dussehra')).toBe('2018-10-19')
    expect(on(2023, 'dussehra')).toBe('2023-10-24')
    expect(on(2023, 'ganesh chaturthi')).toBe('2023-09-19')
    expect(on(2024, 'janmashtami')).toBe('2024-08-26')
    expect(on(2024, 'ugadi')).toBe('2024-04-09')
  })

  test('should skip an adhika month: Raksha Bandhan 2023 is the full moon of the second Shravana', () => {
    expect(on(2023, 'raksha bandhan')).toBe('2023-08-30')
  })

  test('should find the Pausha tithi of Guru Gobind Singh Jayanti twice in a year, or not at all', () => {
    const counts = years.map((year) => holidaysIn(year, holidays['guru gobind singh jayanti']!).length)
    expect(new Set(counts)).toEqual(new Set([0, 1, 2]))
  })
})

describe('festivals of the solar calendars', () => {
  test('should keep Vaisakhi on 13 or 14 April, every year of 1970-2050', () => {
    for (const year of years.filter((year) => year <= 2050)) expect([413, 414]).toContain(monthDay(holidayIn(year, holidays.vaisakhi!)!))
  })

  test('should keep Pongal on 14 or 15 January, Boghi the day before, Mattu Pongal the day after', () => {
    for (const year of years) {
      const pongal = holidayIn(year, holidays.pongal!)!
      expect([114, 115]).toContain(monthDay(pongal))
      expect(monthDay(holidayIn(year, holidays.boghi!)!)).toBe(monthDay(pongal) - 1)
      expect(monthDay(holidayIn(year, holidays['mattu pongal']!)!)).toBe(monthDay(pongal) + 1)
    }
  })

  test('should keep a sankranti after dark on the next day in Tamil Nadu, and one before dawn on the day before in Punjab', () => {
    // The Sun entered Mesha at about 21:15 IST on 13 April 2024 and 3:30 IST on 14 April 2025.
    expect([on(2024, 'vaisakhi'), on(2024, 'puthandu')]).toEqual(['2024-04-13', '2024-04-14'])
    expect([on(2025, 'vaisakhi'), on(2025, 'puthandu')]).toEqual(['2025-04-13', '2025-04-14'])
    expect(on(2024, 'pongal')).toBe('2024-01-15')
    expect(on(2025, 'pongal')).toBe('2025-01-14')
  })

  test("should keep Onam on Thiruvonam in Chingam, a star that ends soon after sunrise being the day before's", () => {
    expect(on(2023, 'onam')).toBe('2023-08-29')
    // Thiruvonam held the Moon at sunrise on 19 August 2024 but ended within two hours: Onam was the next Thiruvonam.
    expect(on(2024, 'onam')).toBe('2024-09-15')
    expect(on(2025, 'onam')).toBe('2025-09-05')
  })

  test('should start the Bengali year the day after the sankranti, two days after one past midnight', () => {
    expect(on(2024, 'pohela boishakh')).toBe('2024-04-14')
    expect(on(2025, 'pohela boishakh')).toBe('2025-04-15')
    expect(on(2024, 'rabindra jayanti')).toBe('2024-05-08')
  })

  test('should move the Parsi new year a day earlier every four years, 365 days a year', () => {
    expect(on(2024, 'parsi new year')).toBe('2024-08-15')
    for (const year of years.slice(0, -4)) {
      const now = holidayIn(year, holidays['parsi new year']!)!
      const later = holidayIn(year + 4, holidays['parsi new year']!)!
      const drift = (Date.UTC(year, now.month - 1, now.day) - Date.UTC(year, later.month - 1, later.day)) / 86_400_000
      // Four years of 365 days against the Gregorian's 1461 (1460 across 2100, which skips its leap day).
      expect(drift).toBe(year >= 2096 ? 0 : 1)
    }
  })
})
