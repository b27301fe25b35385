import type { Context, Produced, Token } from '../../engine/rule.js'
import { withLead } from '../../quantity/helpers.js'
import type { Quantity } from '../../quantity/types.js'
import { isPlain } from '../numeral/helpers.js'
import { currenciesOf } from './countries.js'
import type { Written } from './currencies.js'
import type { MoneyValue } from './types.js'

/** Which currency an amount is in: an ISO 4217 code, or a shared sign its document leaves open. */
export type Denomination = Pick<MoneyValue, 'currency' | 'unsettled'>

/**
 * The currency `written` (`form` as the text has it) stands for here: one
 * code as it is; a shared sign or word takes the currency of the first of the
 * document's countries that uses one of its choices ("Rs" in a Pakistani
 * article is PKR). Read alone, with no document, it takes its usual reading.
 * A document that names none of its countries leaves it `unsettled`; a sign
 * that is money only there ("P") is then not money: undefined.
 */
export function denomination(form: string, written: Written, context: Context): Denomination | undefined {
  if (typeof written === 'string') return { currency: written }
  const { choices, usual, onlyThere } = written
  if (context.countries === undefined) {
    if (usual) return { currency: usual }
    return onlyThere ? undefined : { unsettled: form }
  }
  for (const country of context.countries) {
    const currency = choices.find((code) => currenciesOf(country).includes(code))
    if (currency) return { currency }
  }
  return onlyThere ? undefined : { unsettled: form }
}

/** A currency sign or word on its own: a latent building block (Duckling's `currencyOnly`). */
export function currencyOnly(denominated: Denomination): Produced<'money'> {
  return { value: { ...denominated }, latent: true }
}

function hasCurrency(value: MoneyValue): boolean {
  return value.currency !== undefined || value.unsettled !== undefined
}

export function isCurrencyOnly(token: Token<'money'>): boolean {
  const { value, min, max } = token.value
  return hasCurrency(token.value) && value === undefined && min === undefined && max === undefined
}

/** An amount with no currency yet ("10" in "30-40 dollars"): latent until a range gives it one. */
export function isUnnamed(token: Token<'money'>): boolean {
  return !hasCurrency(token.value)
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

/** The currency of a token, to carry over to an amount built on it. */
export function denominationOf(value: MoneyValue): Denomination {
  return value.currency !== undefined ? { currency: value.currency } : { unsettled: value.unsettled! }
}

/** A reported amount of money, with the lead words before `start` read ("nearly $5bn"). */
export function money(quantity: MoneyValue, denominated: Denomination, start: number, context: Context): Produced<'money'> {
  return { value: withLead({ ...quantity, ...denominated }, start, context) }
}

/** The one currency of a range's two ends: either end may name it, both must agree. */
export function sharedDenomination(low: MoneyValue, high: MoneyValue): Denomination | undefined {
  if (low.cents || high.cents) return undefined
  const ends = [low, high].filter(hasCurrency).map(denominationOf)
  if (ends.length === 0) return undefined
  if (ends.length === 2 && (ends[0]!.currency !== ends[1]!.currency || ends[0]!.unsettled !== ends[1]!.unsettled)) return undefined
  return ends[0]
}
