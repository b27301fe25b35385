/** A rank: "first", "21st", "thứ nhất" (a building block of dates, never a fact alone). */
export interface OrdinalValue {
  readonly value: number
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    ordinal: OrdinalValue
  }
}
