/** The day of a festival of India's calendars in a year, read from the table `scripts/calendars/indian-festivals.ts` generates. */
import type { CalendarDay } from '../types.js'
import { festivalDays, festivalYears, type IndianFestival } from './indian-festival-days.js'

export type { IndianFestival }

/** Per festival, its days by year, parsed once. */
const byFestival = new Map<IndianFestival, ReadonlyMap<number, CalendarDay>>()

/** The day `festival` falls on in `year`, or undefined outside the years the table holds. */
export function festivalDay(festival: IndianFestival, year: number): CalendarDay | undefined {
  if (year < festivalYears[0] || year > festivalYears[1]) return undefined
  let days = byFestival.get(festival)
  if (!days) {
    days = new Map(
      festivalDays[festival]
        .flatMap((decade) => decade.split(' '))
        .map((iso) => {
          const [y, month, day] = iso.split('-').map(Number) as [number, number, number]
          return [y, { year: y, month, day }] as const
        })
    )
    byFestival.set(festival, days)
  }
  return days.get(year)
}
