import type { DateValue } from '../../src/dimensions/date/types.js'
import { readings, type Reading } from '../../src/engine/rule.js'
import type { Lang } from '../../src/lang.js'
import type { Checker, PeerCase, PeerFile, Verdict } from './types.js'
import { parserFor, wholeReadings } from './read.js'

/**
 * A case passes when exactly one date token spans the whole text and its
 * value names the same days or times as the peer's `iso` (resolved against
 * the case's reference time, or the file's). A quarter is its three months
 * ("2013-Q1" is 2013-01/2013-03), an ISO week its seven days (Monday to
 * Sunday); times of day compare as written (`2013-02-12T15:30`); an open
 * interval fails, since factline writes none.
 * factline's quotes leave out a leading preposition or classifier that the
 * peer's inputs include ("in 2014", "vào năm 2024", "ngày 3 tháng 3 năm
 * 2017"): the token may start after one. Negatives pass when no date token
 * is found at all.
 */
function checkTime(kase: PeerCase, file: PeerFile, reading: Reading): Verdict {
  const reference = (kase as PeerCase & { referenceTime?: string }).referenceTime ?? file.referenceTime
  if (kase.expected === null) {
    const found = parserFor(file.lang, 'date')
      .parse(kase.text, reference, reading)
      .tokens.filter((token) => token.dimension === 'date')
    return { pass: found.length === 0, got: found.map((token) => token.value) }
  }
  const lead = leadWords[file.lang].exec(kase.text)?.[0].length ?? 0
  const tokens = wholeReadings(file.lang, 'date', kase.text, reference, {
    reading,
    startOf: (token) => (token.start === lead ? 0 : token.start)
  })
  const got = tokens.map((token) => token.value)
  if (tokens.length !== 1) return { pass: false, got }
  const expected = asDays(String(kase.expected.iso))
  return { pass: expected !== undefined && inZoneOf(asPeerReading(tokens[0]!.value), reference) === expected, got }
}

/** Words before a date that factline's quotes leave out. */
const leadWords: Readonly<Record<Lang, RegExp>> = {
  en: /^(?:(?:in|on|at|@|from|during|since|by|for|about|around|approximately)\s+)+/iu,
  vi: /^(?:(?:vào|trong|từ|ngày|mồng|mùng|năm|tháng|các|lúc|khoảng|đúng)\s+)+/iu
}

/**
 * factline's date as the peer reads it. A part of a period keeps the
 * period's value in factline (TimeML's START, MID, END); the peer reads it as
 * an interval: the first three months of a year or the last four, the first,
 * middle or last ten days of a month (the last running to its end), the
 * first or last three days of a week.
 */
function asPeerReading(date: DateValue): string | null {
  const { value, part } = date
  if (!part || value === null) return value
  const year = /^(\d{4})$/u.exec(value)
  if (year) return part === 'start' ? `${value}-01/${value}-03` : part === 'end' ? `${value}-09/${value}-12` : `${value}-05/${value}-08`
  const month = /^(\d{4})-(\d{2})$/u.exec(value)
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate()
    const [first, end] = part === 'start' ? [1, 10] : part === 'middle' ? [11, 20] : [21, last]
    return `${value}-${pad(first)}/${value}-${pad(end)}`
  }
  const days = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/u.exec(value)
  if (!days) return value
  return part === 'start' ? `${days[1]}/${plusDays(days[1]!, 2)}` : part === 'end' ? `${plusDays(days[2]!, -2)}/${days[2]}` : value
}

function plusDays(day: string, by: number): string {
  const moved = new Date(`${day}T00:00:00Z`)
  moved.setUTCDate(moved.getUTCDate() + by)
  return moved.toISOString().slice(0, 10)
}

/**
 * A value whose times name their zone ("2013-02-14T08:00Z") as local times
 * of the reference's zone, as the peer writes them ("2013-02-14T06:00" at
 * -02:00), to the minute at least.
 */
function inZoneOf(value: string | null, reference: string): string | null {
  const zone = /([+-])(\d{2}):(\d{2})$/u.exec(reference)
  if (value === null || !zone) return value
  const local = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]))
  return value
    .split('/')
    .map((end) => {
      const found = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/u.exec(end)
      if (!found) return end
      const offset = found[7] === 'Z' ? 0 : (found[8] === '-' ? -1 : 1) * (Number(found[9]) * 60 + Number(found[10]))
      const moment = new Date(
        Date.UTC(+found[1]!, +found[2]! - 1, +found[3]!, +found[4]!, +(found[5] ?? 0), +(found[6] ?? 0)) + (local - offset) * 60_000
      )
      const text = moment.toISOString()
      // At least minutes: a zone may be half an hour off ("IST" is +05:30).
      return text.slice(0, found[6] !== undefined ? 19 : 16)
    })
    .join('/')
}

/** A peer ISO value as factline writes it, or undefined when it is open. */
function asDays(iso: string): string | undefined {
  const ends = iso.split('/')
  if (ends.some((end) => end === '..')) return undefined
  if (ends.some((end) => end.includes('T'))) return iso
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

/**
 * Each time file is scored under both readings of a date said without its
 * year or week: the peer's corpus is of requests to an assistant, which mean
 * the next Monday or Christmas (`next`); news mean the nearest (`nearest`,
 * factline's default).
 */
const timeFile = (lang: Lang, reading: Reading): Checker => ({
  file: `time.${lang}.json`,
  label: `time.${lang}.json [${reading}]`,
  check: (kase, file) => checkTime(kase, file, reading)
})

export const timeCheckers: readonly Checker[] = readings.flatMap((reading) => [timeFile('en', reading), timeFile('vi', reading)])
