import { regex, rule } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { compare, named, phraseKey, relative, type Resolution } from '../helpers.js'
import type { CalendarDay } from '../types.js'

/**
 * Seasons of the northern hemisphere, from one solstice or equinox to the
 * next, their days included: a season's first month and day, and its last.
 */
const seasons: Readonly<Record<string, { readonly first: readonly [number, number]; readonly last: readonly [number, number] }>> = {
  spring: { first: [3, 20], last: [6, 21] },
  summer: { first: [6, 21], last: [9, 23] },
  autumn: { first: [9, 23], last: [12, 21] },
  fall: { first: [9, 23], last: [12, 21] },
  winter: { first: [12, 21], last: [3, 20] }
}

/** Words placing a season from the day of writing: "this", "next", "last". */
const seasonShifts: Readonly<Record<string, -1 | 0 | 1>> = {
  this: 0,
  current: 0,
  'this coming': 1,
  coming: 1,
  next: 1,
  last: -1,
  past: -1,
  'this past': -1,
  previous: -1
}

/** "this summer", "last winter", "the coming spring" ("this fall in prices" is no season). */
const shiftedSeasonText = new RegExp(
  `(?:the[ \\t]+)?(?<shift>${alternation(Object.keys(seasonShifts))})[ \\t]+(?<season>${alternation(Object.keys(seasons))})(?![ \\t]+(?:in|of)\\b)`,
  'iu'
)

/** The season that starts in a year, as its first and last day. */
function occurrence(name: string, year: number): readonly [CalendarDay, CalendarDay] {
  const { first, last } = seasons[name]!
  const endYear = last[0] < first[0] ? year + 1 : year
  return [
    { year, month: first[0], day: first[1] },
    { year: endYear, month: last[0], day: last[1] }
  ]
}

/**
 * A season counted from the day of writing: "this" one holds that day or,
 * when none does, starts in its year ("this summer" written in February is
 * the coming one); "next" starts after it, "last" ends before it.
 */
function seasonFrom(reference: CalendarDay, name: string, by: -1 | 0 | 1): Resolution {
  const around = [-2, -1, 0, 1].map((offset) => occurrence(name, reference.year + offset))
  if (by === 1) return around.find(([first]) => compare(first, reference) > 0)
  if (by === -1) return around.filter(([, last]) => compare(last, reference) < 0).at(-1)
  return around.find(([first, last]) => compare(first, reference) <= 0 && compare(reference, last) <= 0) ?? occurrence(name, reference.year)
}

export const shiftedSeason = rule({
  name: 'this|next|last <season>',
  dimension: 'date',
  pattern: [regex(shiftedSeasonText)],
  produce: ([match], context) => {
    const { shift, season } = named(match)
    const by = seasonShifts[phraseKey(shift!)]!
    return relative(context, 'day', (reference) => seasonFrom(reference, season!.toLowerCase(), by))
  }
})
