/** A number read from digits or words: a building block of figures and dates, never a fact alone. */
export interface NumeralValue {
  readonly value: number
  /**
   * Power of ten of the scale word that ends it ("two thousand": 3, "triệu": 6),
   * so "<scaled> <smaller>" only adds a smaller number; absent for plain numbers
   * and for scales that are not powers of ten (dozen).
   */
  readonly grain?: number
  /** A scale word on its own ("thousand", "triệu", "dozen"): multiplies the number before it. */
  readonly scale?: true
  /** Written with digits ("850", "522,4", "10k"), not only words. */
  readonly digits?: true
  /** A fraction ("1/5"): a number, but never the amount of a figure (it reads like a date). */
  readonly fraction?: true
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    numeral: NumeralValue
  }
}
