import type { Quantity } from '../../quantity/types.js'

/** An amount of money: a quantity in units of `currency`, an ISO 4217 code. */
export interface MoneyValue extends Quantity {
  /** ISO 4217 code; absent on a bare amount, a latent building block of ranges ("30-40 dollars"). */
  readonly currency?: string
  /**
   * A sign several currencies share ("Rs"), as written, when the document
   * does not say which it is: the amount is money of no known currency, and
   * reported without a unit.
   */
  readonly unsettled?: string
  /** Power of ten of the amount's scale word ("5 million": 6), so "$5-10 million" scales both ends. */
  readonly grain?: number
  /** An amount of cents ("43 cents"), in units of its currency (0.43). */
  readonly cents?: true
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    money: MoneyValue
  }
}
