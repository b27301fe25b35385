/**
 * The Vietnamese and Chinese lunisolar calendar, after Hồ Ngọc Đức's
 * published algorithm: new moons and the sun's longitude by Meeus'
 * approximations, the eleventh month holds the winter solstice, and a leap
 * year repeats the first month without a principal term. The time zone
 * decides the day of a new moon near midnight: Vietnam keeps UTC+7, China
 * UTC+8 (so Tết and the Chinese New Year differed in 1985 and 2007).
 */
import type { CalendarDay } from '../types.js'

const synodicMonth = 29.530588853
/** The day number of the new moon of 1 January 1900, from which lunations are counted. */
const firstNewMoon = 2415021.076998695

function floor(value: number): number {
  return Math.floor(value)
}

/** The Julian day number of a Gregorian day. */
export function dayNumber(day: CalendarDay): number {
  const a = floor((14 - day.month) / 12)
  const y = day.year + 4800 - a
  const m = day.month + 12 * a - 3
  return day.day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045
}

/** The Gregorian day of a Julian day number. */
export function fromDayNumber(jd: number): CalendarDay {
  const a = jd + 32044
  const b = floor((4 * a + 3) / 146097)
  const c = a - floor((b * 146097) / 4)
  const d = floor((4 * c + 3) / 1461)
  const e = c - floor((1461 * d) / 4)
  const m = floor((5 * e + 2) / 153)
  return { year: b * 100 + d - 4800 + floor(m / 10), month: m + 3 - 12 * floor(m / 10), day: e - floor((153 * m + 2) / 5) + 1 }
}

/** The moment (Julian day, UTC) of the k-th new moon after 1 January 1900. */
function newMoon(k: number): number {
  const t = k / 1236.85
  const t2 = t * t
  const t3 = t2 * t
  const rad = Math.PI / 180
  let mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
  mean += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * rad)
  const sun = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * rad
  const moon = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * rad
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * rad
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sun) +
    0.0021 * Math.sin(2 * sun) -
    0.4068 * Math.sin(moon) +
    0.0161 * Math.sin(2 * moon) -
    0.0004 * Math.sin(3 * moon) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sun + moon) -
    0.0074 * Math.sin(sun - moon) +
    0.0004 * Math.sin(2 * latitude + sun) -
    0.0004 * Math.sin(2 * latitude - sun) -
    0.0006 * Math.sin(2 * latitude + moon) +
    0.001 * Math.sin(2 * latitude - moon) +
    0.0005 * Math.sin(2 * moon + sun)
  const deltaT =
    t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2
  return mean + correction - deltaT
}

/** The day number on which the k-th new moon falls in a time zone. */
function newMoonDay(k: number, zone: number): number {
  return floor(newMoon(k) + 0.5 + zone / 24)
}

/** Which of the twelve 30° sectors the sun's longitude is in at the start of a day (0 from the March equinox). */
function sunSector(day: number, zone: number): number {
  const t = (day - 0.5 - zone / 24 - 2451545.0) / 36525
  const t2 = t * t
  const rad = Math.PI / 180
  const anomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2
  const mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(rad * anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(rad * 2 * anomaly) +
    0.00029 * Math.sin(rad * 3 * anomaly)
  let longitude = (mean + center) * rad
  longitude -= 2 * Math.PI * floor(longitude / (2 * Math.PI))
  return floor((longitude / Math.PI) * 6)
}

/** The first day of the eleventh lunar month (the one holding the winter solstice) of a year. */
function eleventhMonth(year: number, zone: number): number {
  const k = floor((dayNumber({ year, month: 12, day: 31 }) - 2415021) / synodicMonth)
  const start = newMoonDay(k, zone)
  return sunSector(start, zone) >= 9 ? newMoonDay(k - 1, zone) : start
}

/** How many months after the eleventh the leap month of a leap year comes. */
function leapMonthOffset(eleventh: number, zone: number): number {
  const k = floor((eleventh - firstNewMoon) / synodicMonth + 0.5)
  let index = 1
  let sector = sunSector(newMoonDay(k + index, zone), zone)
  let last: number
  do {
    last = sector
    index++
    sector = sunSector(newMoonDay(k + index, zone), zone)
  } while (sector !== last && index < 14)
  return index - 1
}

/** The Gregorian day of a day of a (non-leap) lunar month of a lunar year, in a time zone (hours east of UTC). */
export function lunarToSolar(lunarYear: number, month: number, day: number, zone: number): CalendarDay {
  const [from, to] = month < 11 ? [lunarYear - 1, lunarYear] : [lunarYear, lunarYear + 1]
  const start = eleventhMonth(from, zone)
  const next = eleventhMonth(to, zone)
  const k = floor(0.5 + (start - firstNewMoon) / synodicMonth)
  let offset = (month - 11 + 12) % 12
  if (next - start > 365 && offset >= leapMonthOffset(start, zone)) offset += 1
  return fromDayNumber(newMoonDay(k + offset, zone) + day - 1)
}
