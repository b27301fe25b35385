import type { Quantity } from '../../quantity/types.js'

/** A percentage: a quantity in percent ("20,5%" is 20.5). */
export type PercentValue = Quantity

declare module '../../engine/rule.js' {
  interface DimensionValues {
    percent: PercentValue
  }
}
