import type { Quantity } from '../../quantity/types.js'

/** A number of things: "250 million people" (unit "people"), "50 years" (unit "year"). */
export interface CountValue extends Quantity {
  /** The head noun counted, as written in lower case; durations use one English unit ("year"). */
  readonly unit: string
  /** Power of ten of the number's scale word ("8 million": 6), so "7.5-8 million tonnes" scales both ends. */
  readonly grain?: number
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    count: CountValue
  }
}
