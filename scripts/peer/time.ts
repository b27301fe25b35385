import type { Lang } from '../../src/lang.js'
import type { Checker, PeerCase, PeerFile, Verdict } from './types.js'
import { parserFor, wholeReadings } from './read.js'

/**
 * A case passes when exactly one date token spans the whole text and its
 * value names the same days as the peer's `iso` (resolved against the case's
 * reference time, or the file's). factline reads days at most: a quarter is
 * its three months ("2013-Q1" is 2013-01/2013-03), an ISO week its seven days
 * (Monday to Sunday), and a case finer than a day (an hour, a minute) or an
 * open interval fails, since factline reports no time of day.
 * factline's quotes leave out a leading preposition or classifier that the
 * peer's inputs include ("in 2014", "vào năm 2024", "ngày 3 tháng 3 năm
 * 2017"): the token may start after one. Negatives pass when no date token
 * is found at all.
 */
function checkTime(kase: PeerCase, file: PeerFile): Verdict {
  const reference = (kase as PeerCase & { referenceTime?: string }).referenceTime ?? file.referenceTime
  if (kase.expected === null) {
    const found = parserFor(file.lang, 'date').parse(kase.text, reference).tokens.filter((token) => token.dimension === 'date')
    return { pass: found.length === 0, got: found.map((token) => token.value) }
  }
  const lead = leadWords[file.lang].exec(kase.text)?.[0].length ?? 0
  const tokens = wholeReadings(file.lang, 'date', kase.text, reference, {
    startOf: (token) => (token.start === lead ? 0 : token.start)
  })
  const got = tokens.map((token) => token.value)
  if (tokens.length !== 1) return { pass: false, got }
  const expected = asDays(String(kase.expected.iso))
  return { pass: expected !== undefined && tokens[0]!.value.value === expected, got }
}

/** Words before a date that factline's quotes leave out. */
const leadWords: Readonly<Record<Lang, RegExp>> = {
  en: /^(?:(?:in|on|at|from|during|since|by)\s+)+/iu,
  vi: /^(?:(?:vào|trong|từ|ngày|mồng|mùng|năm|tháng|các)\s+)+/iu
}

/** A peer ISO value as factline writes it, or undefined when it is finer than a day or open. */
function asDays(iso: string): string | undefined {
  const ends = iso.split('/')
  if (ends.some((end) => end === '..' || end.includes('T'))) return undefined
  const spans = ends.map(span)
  if (spans.some((found) => found === undefined)) return undefined
  const first = spans[0]!
  const last = spans[spans.length - 1]!
  return first[0] === last[1] ? first[0] : `${first[0]}/${last[1]}`
}

/** The first and last unit of a calendar value: a quarter in months, a week in days, anything else itself. */
function span(value: string): readonly [string, string] | undefined {
  const quarter = /^(\d{4})-Q([1-4])$/u.exec(value)
  if (quarter) {
    const first = 3 * Number(quarter[2]) - 2
    return [`${quarter[1]}-${pad(first)}`, `${quarter[1]}-${pad(first + 2)}`]
  }
  const week = /^(\d{4})-W(\d{2})$/u.exec(value)
  if (week) return isoWeek(Number(week[1]), Number(week[2]))
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(value) ? [value, value] : undefined
}

/** Monday and Sunday of an ISO 8601 week. */
function isoWeek(year: number, week: number): readonly [string, string] {
  const january4 = new Date(Date.UTC(year, 0, 4))
  const monday = new Date(january4)
  monday.setUTCDate(january4.getUTCDate() - ((january4.getUTCDay() + 6) % 7) + 7 * (week - 1))
  const sunday = new Date(monday)
  sunday.setUTCDate(monday.getUTCDate() + 6)
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)]
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

const timeFile = (lang: Lang): Checker => ({ file: `time.${lang}.json`, check: checkTime })

export const timeCheckers: readonly Checker[] = [timeFile('en'), timeFile('vi')]
