/** A time of day as precise as the text: an hour, a minute or a second (24-hour clock). */
export interface TimeOfDay {
  readonly hour: number
  readonly minute?: number
  readonly second?: number
}

/**
 * A time of day read from text before any day is known: "3pm", "15h30",
 * "half past three", "9 giờ 40", or a range of them ("3-4pm").
 */
export interface ClockValue {
  readonly from: TimeOfDay
  /** The end of a range ("4:30-7 p.m."), inclusive, as precise as `from`. */
  readonly to?: TimeOfDay
  /**
   * Said on a 12-hour clock without am or pm ("at 3", "3:30", "hai giờ
   * rưỡi"): the hour may also be the afternoon's, which the day part or the
   * time of writing decides.
   */
  readonly ambiguous?: true
  /** The zone the text names ("10:00 GMT", "3pm PST", "giờ Hà Nội"), in minutes east of UTC. */
  readonly offset?: number
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    clock: ClockValue
  }
}
