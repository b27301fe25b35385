import { alternation } from '../../../engine/alternation.js'

/** English month names and their usual abbreviations (a dot after them is read by the rules). */
export const months: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12
}

/** Weekday names and abbreviations, Monday first (ISO 8601 numbering). */
export const weekdays: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tues: 2,
  tue: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thurs: 4,
  thu: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7
}

/** Ordinal words up to the fourth, in words and in digits. */
const firstToFourth: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4
}

/** Ordinal words of quarters: "the first quarter". */
export const quarterWords: Readonly<Record<string, number>> = { ...firstToFourth, last: 4, final: 4 }

/** Month words that are also common English words in lower case ("you may", "to mar"): read only when capitalised. */
export const ambiguousMonths: readonly string[] = ['may', 'mar']

/** Weekday names written whole, which stand alone as days ("Monday"); abbreviations need "on" before them, or lower case. */
export const fullWeekdays: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** Abbreviations that are also English words ("sat", "sun", "wed", "c'mon"): a day only in a date's context, never alone. */
export const wordlikeWeekdays: readonly string[] = ['mon', 'wed', 'sat', 'sun']

/** The month a name stands for, or undefined for an ambiguous word in lower case ("may", "mar"). */
export function monthNumber(name: string | undefined): number | undefined {
  if (name === undefined || ambiguousMonths.includes(name)) return undefined
  return months[name.toLowerCase()]
}

/** Ranks of a weekday, a day or a week in a period: "the first Tuesday", "the last day". */
export const ranks: Readonly<Record<string, number>> = { ...firstToFourth, fifth: 5, '5th': 5, last: -1 }

/** A rank counted from the start or, with "last" after it, from the end: "third", "the 3rd last", "last". */
export const rankSource = `(?<rank>${alternation(Object.keys(ranks))})(?:[ \\t]+(?<fromEnd>last))?`

/** The rank matched by `rankSource`: 3 for "third", -3 for "third last", -1 for "last". */
export function rankOf(groups: Readonly<Record<string, string | undefined>>): number {
  const rank = ranks[groups.rank!.toLowerCase()]!
  return groups.fromEnd === undefined || rank < 0 ? rank : -rank
}
