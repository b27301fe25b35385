import { describe, expect, test } from 'vitest'
import { createParser } from '../src/dimensions/parse.js'
import { holidayDays, holidayIn, holidaysIn } from '../src/dimensions/date/holidays.js'
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

const time = (day: CalendarDay) => Date.UTC(day.year, day.month - 1, day.day)
/** Days from `a` to `b`. */
const daysBetween = (a: CalendarDay, b: CalendarDay) => (time(b) - time(a)) / 86_400_000
/** The first and last day of a named English holiday in a year. */
const span = (year: number, name: string) => holidayDays(on(year, name), holidays[name]!)
const ordinal = (day: CalendarDay) => day.month * 100 + day.day

describe('holidays of the Hebrew calendar', () => {
  test('should start Rosh Hashanah (1 Tishri, the eve before it) between 5 September and 5 October, for two days, every year of 1900-2100', () => {
    for (const year of years) {
      const [eve, last] = span(year, 'rosh hashanah')
      const first = holidayIn(year, { hebrew: ['Tishri', 1] })!
      expect(daysBetween(eve, first)).toBe(1)
      expect(daysBetween(eve, last)).toBe(2)
      expect(ordinal(first)).toBeGreaterThanOrEqual(905)
      expect(ordinal(first)).toBeLessThanOrEqual(1005)
      expect(daysBetween(first, on(year, 'yom kippur'))).toBe(9)
    }
  })

  test('should keep Purim (14 Adar, Adar II in a leap year) thirty days before the first day of Passover', () => {
    for (const year of years) {
      const [eve, last] = span(year, 'passover')
      expect(daysBetween(on(year, 'purim'), eve)).toBe(29)
      expect(daysBetween(eve, last)).toBe(8)
      expect(ordinal(eve)).toBeGreaterThanOrEqual(325)
      expect(ordinal(last)).toBeLessThanOrEqual(503)
    }
  })

  test('should give Hanukkah eight days from 25 Kislev with its eve, across the turn of the year when it comes late', () => {
    for (const year of years) {
      const [eve, last] = span(year, 'hanukkah')
      expect(daysBetween(eve, last)).toBe(8)
      expect(ordinal(eve)).toBeGreaterThanOrEqual(1127)
    }
    expect(span(2024, 'hanukkah')).toEqual([
      { year: 2024, month: 12, day: 25 },
      { year: 2025, month: 1, day: 2 }
    ])
  })

  test("should move Yom HaShoah off Friday and Sunday, Yom Ha'atzmaut off Friday, Saturday and Monday, Tisha B'Av off the Sabbath", () => {
    for (let year = 1990; year <= 2100; year++) {
      expect([0, 5]).not.toContain(weekday(on(year, 'yom hashoah')))
      expect([1, 5, 6]).not.toContain(weekday(on(year, "yom ha'atzmaut")))
      expect(daysBetween(on(year, 'yom hazikaron'), on(year, "yom ha'atzmaut"))).toBe(1)
      expect(weekday(on(year, "tisha b'av"))).not.toBe(6)
    }
  })

  test("should give the days Israel kept: Yom Ha'atzmaut on 14 May 2024 (5 Iyar a Monday) and 1 May 2025 (a Saturday), Yom HaShoah on 6 May 2024", () => {
    expect(on(2024, "yom ha'atzmaut")).toEqual({ year: 2024, month: 5, day: 14 })
    expect(on(2025, "yom ha'atzmaut")).toEqual({ year: 2025, month: 5, day: 1 })
    expect(on(2024, 'yom hashoah')).toEqual({ year: 2024, month: 5, day: 6 })
    expect(on(2025, "tisha b'av")).toEqual({ year: 2025, month: 8, day: 3 })
    expect(on(2023, 'rosh hashanah')).toEqual({ year: 2023, month: 9, day: 15 })
  })
})

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
