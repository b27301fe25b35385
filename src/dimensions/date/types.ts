/** How precise a date of a record is: the contract's grains. */
export type DateGrain = 'year' | 'month' | 'day'

/** A calendar date as precise as the text: a year, a month of a year, or a day. */
export interface Day {
  readonly year: number
  readonly month?: number
  readonly day?: number
}

/**
 * A date read from text: its ISO 8601 value (a point or an interval `a/b`,
 * both ends of one grain), or `null` for a relative date that has no
 * reference day to resolve against or that is too vague to resolve.
 */
export interface DateValue {
  readonly value: string | null
  readonly grain: DateGrain
  /** Said relative to when the text was written: "last year", "năm ngoái", "Nov. 8". */
  readonly relative?: true
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    date: DateValue
  }
}
