/** The holidays of the Islamic calendar, with when they fall: one definition for every language's names of them. */
import type { HolidayDate } from '../holidays.js'

/**
 * A day of the Islamic calendar as Umm al-Qura reckons it, the calendar Saudi
 * Arabia publishes and most Gulf states follow. Countries that wait to sight
 * the new moon (Pakistan, India, Bangladesh, Morocco, often Indonesia) may
 * keep a holiday a day or two later, so a date read here can be a day off
 * that country's. Umm al-Qura matched the days of Eid given by other
 * calendars more often than ICU's tabular Islamic calendars.
 */
const islamic = (month: number, day: number): HolidayDate => ({ islamic: [month, day] })
export const eidAlFitr = islamic(10, 1)
export const eidAlAdha = islamic(12, 10)
/** Ramadan is its whole month, to the day before Eid al-Fitr: 29 or 30 days. */
export const ramadan: HolidayDate = { islamic: [9, 1], until: { islamic: [10, 1], offset: -1 } }
/** The night of power is sought in the last nights of Ramadan; it is kept on the 27th. */
export const laylatAlQadr = islamic(9, 27)
/** Jumu'atul-Wida is the last Friday of Ramadan: back from its last day to a Friday. */
export const lastFridayOfRamadan: HolidayDate = { islamic: [10, 1], offset: -1, moves: { 1: -3, 2: -4, 3: -5, 4: -6, 6: -1, 7: -2 } }
export const israMiraj = islamic(7, 27)
export const islamicNewYear = islamic(1, 1)
/** The Prophet's birthday as Sunni Muslims keep it, 12 Rabi' al-Awwal. */
export const mawlid = islamic(3, 12)
export const ashura = islamic(1, 10)
