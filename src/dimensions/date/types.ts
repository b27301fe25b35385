import type { PeriodPart } from '../../schema/vocabulary.js'

/** How precise a date of a record is: the contract's grains, and the times of a day when the text gives one. */
export type DateGrain = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'

/** A calendar date as precise as the text: a year, a month of a year, a day, or a time of a day. */
export interface Day {
  readonly year: number
  readonly month?: number
  readonly day?: number
  readonly hour?: number
  readonly minute?: number
  readonly second?: number
  /** The zone of a time of day when the text names one, in minutes east of UTC. */
  readonly offset?: number
}

/** A whole day: year, month and day. */
export interface CalendarDay {
  readonly year: number
  readonly month: number
  readonly day: number
}

/**
 * A date read from text: its ISO 8601 value (a point or an interval `a/b`,
 * both ends of one grain), or `null` for a relative date that has no
 * reference day to resolve against or that is too vague to resolve.
 */
export interface DateValue {
  readonly value: string | null
  readonly grain: DateGrain
  /** Only the start, middle or end of the period: "early 2024", "the end of the month", "cuối năm". */
  readonly part?: PeriodPart
  /** The month and day of a day written without its year ("Nov. 8"), so a year said later for a range can complete it. */
  readonly yearless?: { readonly month: number; readonly day: number }
  /** Said relative to when the text was written: "last year", "năm ngoái", "Nov. 8". */
  readonly relative?: true
  /**
   * A day or a month named without its year ("Nov. 8", "tháng 5",
   * "Christmas"): the text gives the date but leaves the year to the day of
   * writing, as the reading places it. Not a relative phrase ("last year").
   */
  readonly yearImplied?: true
  /**
   * The words a record quotes when they are fewer than the rule read, as
   * annotation leaves out a time and a qualifier: "Wednesday" of "Wednesday
   * evening", "next year" of "early next year". Offsets into the text the
   * rules ran on; the whole token when absent.
   */
  readonly quoted?: { readonly start: number; readonly end: number }
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    date: DateValue
  }
}
