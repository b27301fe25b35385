import type { Quantity } from '../../quantity/types.js'

/** How many times larger: "five to ten times" (min 5, max 10), "gấp 3 lần", "two-fold"; unit "times". */
export type MultiplierValue = Quantity

declare module '../../engine/rule.js' {
  interface DimensionValues {
    multiplier: MultiplierValue
  }
}
