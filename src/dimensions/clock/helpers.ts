import type { Produced } from '../../engine/rule.js'
import type { ClockValue, TimeOfDay } from './types.js'

/** How a word after a time sets its hour on the 24-hour clock: "pm", "chiều", or undefined when the hour cannot take it. */
export type HourSetter = (hour: number) => number | undefined

/** Hours 1-12 before noon: "12 am" is midnight. */
export const beforeNoon: HourSetter = (hour) => (hour >= 1 && hour <= 12 ? hour % 12 : undefined)

/** Hours 1-12 after noon: "12 pm" is noon, "3 pm" is 15. */
export const afterNoon: HourSetter = (hour) => (hour >= 1 && hour <= 12 ? (hour % 12) + 12 : hour >= 13 && hour <= 23 ? hour : undefined)

/** A time that exists: hour 0-23, minute and second 0-59. */
export function isValidTime(time: TimeOfDay): boolean {
  const { hour, minute, second } = time
  return (
    Number.isInteger(hour) &&
    hour >= 0 &&
    hour <= 23 &&
    (minute === undefined || (Number.isInteger(minute) && minute >= 0 && minute <= 59)) &&
    (second === undefined || (minute !== undefined && Number.isInteger(second) && second >= 0 && second <= 59))
  )
}

/**
 * A time read from its parts. `setHour` is the word after it ("pm", "sáng");
 * without one, an hour of 1-12 is ambiguous unless written with a leading
 * zero ("09:30") or with minutes after a 24-hour "h" ("15h30").
 */
export function clockTime(
  time: TimeOfDay,
  options: { readonly setHour?: HourSetter; readonly twentyFourHour?: boolean; readonly latent?: boolean } = {}
): Produced<'clock'> | undefined {
  const hour = options.setHour ? options.setHour(time.hour) : time.hour
  if (hour === undefined) return undefined
  const read = { ...time, hour }
  if (!isValidTime(read)) return undefined
  const ambiguous = !options.setHour && !options.twentyFourHour && hour >= 1 && hour <= 12
  return { value: { from: read, ...(ambiguous ? { ambiguous: true as const } : {}) }, latent: options.latent }
}

/** A time moved back by some minutes: "a quarter to nine" is 8:45, "10 giờ kém 20" is 9:40. */
export function minutesBefore(clock: ClockValue, minutes: number): Produced<'clock'> | undefined {
  if (clock.to || clock.from.minute || !Number.isInteger(minutes) || minutes < 1 || minutes > 59) return undefined
  const total = (clock.from.hour * 60 - minutes + 24 * 60) % (24 * 60)
  return { value: { ...clock, from: { hour: Math.floor(total / 60), minute: total % 60 } } }
}

/** A time moved on by some minutes: "half past three", "20 past 3pm". */
export function minutesAfter(clock: ClockValue, minutes: number): Produced<'clock'> | undefined {
  if (clock.to || clock.from.minute || !Number.isInteger(minutes) || minutes < 1 || minutes > 59) return undefined
  return { value: { ...clock, from: { hour: clock.from.hour, minute: minutes } } }
}

/**
 * Two times joined into a range ("3-4pm", "9:30 - 11:00", "11:30-1:30"):
 * a word after the second that sets am or pm sets the first too when it is
 * ambiguous, and an ambiguous end before its start is read after noon.
 */
export function clockRange(from: ClockValue, to: ClockValue): Produced<'clock'> | undefined {
  if (from.to || to.to) return undefined
  // A zone said once holds for both ends ("15:00 - 18:00 GMT"); two zones make no range.
  if (from.offset !== undefined && to.offset !== undefined && from.offset !== to.offset) return undefined
  const offset = from.offset ?? to.offset
  let start = from.from
  let end = to.from
  if (from.ambiguous && !to.ambiguous && end.hour >= 12 && start.hour + 12 <= end.hour) start = { ...start, hour: start.hour + 12 }
  if (to.ambiguous && minutesOf(end) <= minutesOf(start) && end.hour + 12 <= 23) end = { ...end, hour: end.hour + 12 }
  if (minutesOf(end) <= minutesOf(start)) return undefined
  const ambiguous = from.ambiguous && to.ambiguous
  return {
    value: { from: start, to: end, ...(ambiguous ? { ambiguous: true as const } : {}), ...(offset === undefined ? {} : { offset }) }
  }
}

/** Minutes since midnight. */
export function minutesOf(time: TimeOfDay): number {
  return time.hour * 60 + (time.minute ?? 0) + (time.second ?? 0) / 60
}

/** An hour of a clock, 0-23, from a number word or digits. */
export function isHour(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 23
}
