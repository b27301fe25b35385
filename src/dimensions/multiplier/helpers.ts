import type { Context, Produced, Token } from '../../engine/rule.js'
import { range, withLead } from '../../quantity/helpers.js'
import { isPlain } from '../numeral/helpers.js'

/** A factor: a positive number that is not a year or a scale word alone. */
export function isFactor(token: Token<'numeral'>): boolean {
  return isPlain(token) && token.value.value > 0 && token.value.value < 1000
}

export function factor(value: number, start: number, context: Context): Produced<'multiplier'> {
  return { value: withLead({ value }, start, context) }
}

export function factorRange(low: number, high: number, start: number, context: Context): Produced<'multiplier'> | undefined {
  const quantity = range(low, high)
  return quantity ? { value: withLead(quantity, start, context) } : undefined
}
