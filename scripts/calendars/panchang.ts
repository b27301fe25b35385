/**
 * The Hindu lunisolar calendar as a drik (observational) panchang reckons
 * it, from the Sun's and the Moon's computed places: a tithi is each 12° of
 * the Moon's elongation from the Sun (1-15 the bright half, Shukla, to the
 * full moon; 16-30 the dark half, Krishna, to the new moon); a lunar month
 * runs from new moon to new moon (amanta, as most of India reckons it) and
 * is named by the sidereal sign the Sun enters during it: the month in
 * which it enters Mesha is Chaitra, Vrishabha Vaishakha, and so on. A month
 * in which the Sun enters no sign is adhika (added) and keeps no festival.
 * Days are civil days of Indian Standard Time (UTC+05:30), seen from New
 * Delhi, the place most printed panchangs are drawn for.
 */
import { elongation, momentOf, siderealSun, sunriseAndSunset, type Place } from './astronomy.js'
import { dayNumber, fromDayNumber } from '../../src/dimensions/date/calendars/lunar.js'
import type { CalendarDay } from '../../src/dimensions/date/types.js'

const newDelhi: Place = { latitude: 28.6139, longitude: 77.209 }
/** Indian Standard Time, in days east of UTC. */
const ist = 5.5 / 24
const synodicMonth = 29.530588861
/** A mean new moon (6 January 2000, Meeus 49.1), from which lunations are counted. */
const meanNewMoon = 2451550.09766

/**
 * When in the day a festival's tithi must prevail for the day to be its
 * day: at sunrise (the udaya tithi, the rule unless a festival says
 * otherwise), at midday (the middle of madhyahna, the middle fifth of
 * daylight), in the afternoon (the middle of aparahna, its fourth fifth),
 * or during some of the evening (pradosh, the 2 h 24 min after sunset), of
 * the night to midnight, or of nishita (the 48 minutes around midnight).
 */
export type TithiTime = 'sunrise' | 'midday' | 'afternoon' | 'evening' | 'night' | 'midnight'

/** The day number of the civil day (IST) holding a moment. */
function civilDay(moment: number): number {
  return Math.floor(moment + 0.5 + ist)
}

/** The span of a civil day in which a tithi is looked for: from, to (one moment for sunrise, midday and afternoon). */
function timeOfDay(day: number, time: TithiTime): readonly [number, number] {
  const { sunrise, sunset } = sunriseAndSunset(day, newDelhi)
  const midnight = (sunset + sunriseAndSunset(day + 1, newDelhi).sunrise) / 2
  const ofDaylight = (share: number) => {
    const moment = sunrise + share * (sunset - sunrise)
    return [moment, moment] as const
  }
  if (time === 'sunrise') return [sunrise, sunrise]
  if (time === 'midday') return ofDaylight(0.5)
  if (time === 'afternoon') return ofDaylight(0.7)
  if (time === 'evening') return [sunset, sunset + 0.1]
  if (time === 'night') return [sunset, midnight]
  return [midnight - 1 / 60, midnight + 1 / 60]
}

/** A lunar month: the new moons it runs between, its name (1 Chaitra ... 12 Phalguna) and whether it is adhika. */
interface Lunation {
  readonly start: number
  readonly end: number
  readonly month: number
  readonly adhika: boolean
}

/** The moment of the k-th new moon after the one of 6 January 2000. */
function newMoon(k: number): number {
  return momentOf(elongation, 0, meanNewMoon + synodicMonth * k, 12.19)
}

/** The sidereal sign (0 Mesha ... 11 Meena) the Sun is in at a moment. */
function signAt(moment: number): number {
  return Math.floor(siderealSun(moment) / 30)
}

/** Per Gregorian year, its lunar months: some fifteen new moons found once, not once per festival named. */
const lunationsByYear = new Map<number, readonly Lunation[]>()

/** The lunar months that start from a month before Gregorian `year` to its end: every month with a day in the year. */
function lunationsOf(year: number): readonly Lunation[] {
  const known = lunationsByYear.get(year)
  if (known) return known
  const first = Math.floor((dayNumber({ year, month: 1, day: 1 }) - meanNewMoon) / synodicMonth) - 1
  const last = dayNumber({ year, month: 12, day: 31 })
  const lunations: Lunation[] = []
  for (let k = first, start = newMoon(k); start <= last; k++) {
    const end = newMoon(k + 1)
    const sign = signAt(start)
    lunations.push({ start, end, month: ((sign + 1) % 12) + 1, adhika: sign === signAt(end) })
    start = end
  }
  lunationsByYear.set(year, lunations)
  return lunations
}

/**
 * The day of a tithi of a lunar month (or of its second half, when
 * `secondHalf`): the first day on which it prevails at `time`, or during
 * some of it. A tithi that meets no such time (it starts after one and ends
 * before the next: a kshaya tithi) is kept on the day it mostly falls in,
 * the day of its middle.
 */
function tithiDay(lunation: Lunation, tithi: number, time: TithiTime, secondHalf: boolean): number {
  const from = (tithi - 1) * 12 + (secondHalf ? 6 : 0)
  const to = tithi * 12
  const guess = (angle: number) => lunation.start + (angle / 360) * synodicMonth
  const begin = from === 0 ? lunation.start : momentOf(elongation, from, guess(from), 12.19)
  const end = to === 360 ? lunation.end : momentOf(elongation, to, guess(to), 12.19)
  for (let day = civilDay(begin) - 1; day <= civilDay(end); day++) {
    const [first, last] = timeOfDay(day, time)
    if (begin <= last && end > first) return day
  }
  return civilDay((begin + end) / 2)
}

/**
 * The days of Gregorian `year` that are tithi `tithi` (1-30) of amanta
 * month `month` (1 Chaitra ... 12 Phalguna), adhika months left out. A
 * festival barred from Bhadra (the Vishti karana, which holds the first
 * half of Purnima) looks for its tithi's `secondHalf`.
 */
export function tithiDays(year: number, month: number, tithi: number, time: TithiTime, secondHalf = false): CalendarDay[] {
  return lunationsOf(year)
    .filter((lunation) => lunation.month === month && !lunation.adhika)
    .map((lunation) => fromDayNumber(tithiDay(lunation, tithi, time, secondHalf)))
    .filter((day) => day.year === year)
}

/** The moment in Gregorian `year` the Sun enters sidereal sign `sign` (0 Mesha ... 11 Meena): the sankranti. */
function sankranti(year: number, sign: number): number {
  // Mesha sankranti falls near 14 April, the 104th day, and each sign takes about 30.44 days.
  const guess = dayNumber({ year, month: 1, day: 1 }) + ((104 + 30.44 * sign) % 365.25)
  return momentOf(siderealSun, sign * 30, guess, 0.9856)
}

/**
 * Which day keeps a sankranti: Tamil Nadu's (Thai Pongal, Puthandu) is its
 * own day when the Sun enters the sign before sunset, else the next
 * (`sunset`); Punjab's Vaisakhi is the day from sunrise to sunrise it falls
 * in, so a sankranti before dawn belongs to the day before (`sunrise`).
 */
export type SankrantiDay = 'sunset' | 'sunrise'

/** The day of a sankranti of Gregorian `year`, as `kept`. */
export function sankrantiDay(year: number, sign: number, kept: SankrantiDay): CalendarDay {
  const moment = sankranti(year, sign)
  const day = civilDay(moment)
  const { sunrise, sunset } = sunriseAndSunset(day, newDelhi)
  if (kept === 'sunrise') return fromDayNumber(moment < sunrise ? day - 1 : day)
  return fromDayNumber(moment < sunset ? day : day + 1)
}

/**
 * A day of a month of the Bengali solar calendar as West Bengal keeps it:
 * month 1 (Boishakh) starts when the Sun enters Mesha, month 2 Vrishabha,
 * and so on; a month begins on the day after the civil day (midnight to
 * midnight) of its sankranti, so a sankranti in the small hours starts the
 * month a day later than one the evening before.
 */
export function bengaliDay(year: number, month: number, day: number): CalendarDay {
  return fromDayNumber(civilDay(sankranti(year, month - 1)) + day)
}
