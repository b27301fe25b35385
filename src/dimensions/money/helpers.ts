import type { Context, Produced, Token } from '../../engine/rule.js'
import { withLead } from '../figure/helpers.js'
import type { Quantity } from '../figure/types.js'
import { isPlain } from '../numeral/helpers.js'
import { clues } from './currencies.js'
import type { MoneyValue } from './types.js'

/** How far around an amount a country name settles an ambiguous currency. */
const clueWindow = 300

/** A currency sign or word on its own: a latent building block (Duckling's `currencyOnly`). */
export function currencyOnly(currency: string): Produced<'money'> {
  return { value: { currency }, latent: true }
}

/** The code of a currency `form` found at `start`..`end`: its default, or what a country nearby says. */
export function settle(form: string, currency: string, start: number, end: number, context: Context): string {
  const options = clues[form.toLowerCase()]
  if (!options) return currency
  const nearby = context.text.slice(Math.max(0, start - clueWindow), end + clueWindow).toLowerCase()
  const found = Object.keys(options).find((country) => nearby.includes(country))
  return found ? options[found]! : currency
}

export function isCurrencyOnly(token: Token<'money'>): boolean {
  const { value, min, max, currency } = token.value
  return currency !== undefined && value === undefined && min === undefined && max === undefined
}

/** An amount with no currency yet ("10" in "30-40 dollars"): latent until a range gives it one. */
export function isUnnamed(token: Token<'money'>): boolean {
  return token.value.currency === undefined
}

export function isCents(token: Token<'money'>): boolean {
  return token.value.cents === true
}

/** An amount of money with its currency, before the words around it are read. */
export function isPriced(token: Token<'money'>): boolean {
  return !isCurrencyOnly(token) && !isUnnamed(token) && !isCents(token)
}

/** A number that can be an amount: not a scale word alone, not a fraction, not negative. */
export function isAmount(token: Token<'numeral'>): boolean {
  return isPlain(token) && token.value.value >= 0
}

/** Digits alone that read as a year (1900-2099): after a currency code and a space they are a date. */
export function isYearLike(token: Token<'numeral'>, context: Context): boolean {
  return /^(?:19|20)\d{2}$/u.test(context.text.slice(token.start, token.end))
}

/** The numeral's quantity, keeping its scale for ranges ("$5-10 million"). */
export function amountOf(token: Token<'numeral'>): Quantity & { grain?: number } {
  const { value, grain } = token.value
  return grain === undefined ? { value } : { value, grain }
}

/** A reported amount of money, with the lead words before `start` read ("nearly $5bn"). */
export function money(quantity: MoneyValue, currency: string, start: number, context: Context): Produced<'money'> {
  return { value: withLead({ ...quantity, currency }, start, context) }
}

/** The one currency of a range's two ends: either end may name it, both must agree. */
export function sharedCurrency(low: MoneyValue, high: MoneyValue): string | undefined {
  if (low.cents || high.cents) return undefined
  if (low.currency && high.currency && low.currency !== high.currency) return undefined
  return low.currency ?? high.currency
}
