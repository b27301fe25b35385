import type { Context } from '../engine/rule.js'
import type { FigureFields } from '../facts/draft.js'
import type { Lang } from '../lang.js'
import type { FigureType } from '../schema/vocabulary.js'
import { alternation } from '../engine/alternation.js'
import { times } from '../dimensions/numeral/helpers.js'
import { byLanguage } from '../languages/index.js'
import type { LeadEffect, Quantity } from './types.js'

const leads: Readonly<Record<Lang, Readonly<Record<string, LeadEffect>>>> = byLanguage((words) => words.leads)

/**
 * One lead phrase ending where the figure starts. The leftmost match ending
 * at the end is the longest phrase ("no more than" rather than "more than").
 */
const leadAtEnd: Readonly<Record<Lang, RegExp>> = byLanguage(
  (words) => new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(Object.keys(words.leads))})[ \\t\\u00a0]+$`, 'iu')
)

/** How far back lead words are read; three short phrases fit ("khoảng chừng hơn"). */
const leadWindow = 40
const maxLeads = 3

/**
 * Adds what the words right before `start` say ("nearly", "khoảng", "more
 * than") to a quantity without making them part of its span: the figure
 * quotes the amount only, and `leadStart` says where the words began.
 */
export function withLead<Q extends Quantity>(quantity: Q, start: number, context: Context): Q {
  const from = Math.max(0, start - leadWindow)
  let before = context.text.slice(from, start)
  let approx = false
  let bound: 'min' | 'max' | undefined
  let leadStart: number | undefined
  for (let count = 0; count < maxLeads; count++) {
    const found = leadAtEnd[context.lang].exec(before)
    if (!found) break
    const effect = leads[context.lang][found[1]!.toLowerCase().replace(/\s+/gu, ' ')]
    if (effect === 'approx') approx = true
    if ((effect === 'min' || effect === 'max') && bound === undefined && quantity.value !== undefined) bound = effect
    leadStart = from + found.index
    before = before.slice(0, found.index)
  }
  if (leadStart === undefined) return quantity
  return {
    ...quantity,
    ...(approx || bound ? { approx: true } : {}),
    ...(bound ? { bound } : {}),
    leadStart
  }
}

/** A single value or a range. */
export function amount(value: number): Quantity {
  return { value }
}

export function range(min: number, max: number): Quantity | undefined {
  return min < max ? { min, max } : undefined
}

/** A quantity with the power of ten of its scale word ("5 million": 6), so that a range scales both ends. */
export type Scaled = Quantity & { readonly grain?: number }

/**
 * The low end of a range scaled like the high end: "$5-10 million" is 5 to
 * 10 million, "7,5-8 triệu tấn" 7.5 to 8 million. A low end written in
 * full, with at least the digits of the scale below ("500,000 to 1
 * million"), stays as it is; one that is neither ("8 to 5 million") makes
 * no range.
 */
export function rangeOf(low: Scaled, high: Scaled): Quantity | undefined {
  if (low.value === undefined || high.value === undefined) return undefined
  if (low.grain !== undefined || high.grain === undefined) return range(low.value, high.value)
  const scaled = times(low.value, 10 ** high.grain)
  if (scaled < high.value) return range(scaled, high.value)
  return low.value >= 10 ** (high.grain - 3) ? range(low.value, high.value) : undefined
}

/** Duckling's reading of a quantity: a bound word makes an open interval ("more than 5": min 5). */
export function boundedReading(quantity: Quantity): { value?: number; min?: number; max?: number } {
  if (quantity.bound && quantity.value !== undefined) return { [quantity.bound]: quantity.value }
  const { value, min, max } = quantity
  return { ...(value === undefined ? {} : { value }), ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }
}

/** The fields of a figure fact: its value or range, unit (none for money of a currency left open), and `approx` when the text hedges it. */
export function figureFields(type: FigureType, quantity: Quantity, unit: string | undefined): FigureFields {
  const { value, min, max } = quantity
  return {
    kind: 'figure',
    type,
    ...(value === undefined ? {} : { value }),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(unit === undefined ? {} : { unit }),
    ...(quantity.approx ? { approx: true as const } : {})
  }
}
