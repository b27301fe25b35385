/** The holidays of the Hebrew and Islamic calendars, with when they fall: one definition for every language's names of them. */
import type { HebrewMonth } from './calendars.js'
import type { HolidayDate } from './holidays.js'

/**
 * A day of the Hebrew calendar. A festival of several days runs `until` its
 * last day as kept outside Israel (Passover to 22 Nisan, Shavuot two days)
 * and starts on its eve, when it begins at sundown: the Passover seder and
 * the first Hanukkah candle belong to that evening. A holiday of one day is
 * the day itself (Yom Kippur 2024 is 12 October), as calendars list it.
 */
const hebrew = (month: HebrewMonth, day: number): HolidayDate => ({ hebrew: [month, day] })
const hebrewFestival = (month: HebrewMonth, first: number, last: number): HolidayDate => ({
  hebrew: [month, first],
  offset: -1,
  until: hebrew(month, last)
})
export const roshHashanah = hebrewFestival('Tishri', 1, 2)
export const yomKippur = hebrew('Tishri', 10)
export const sukkot = hebrewFestival('Tishri', 15, 21)
export const sheminiAtzeret = hebrew('Tishri', 22)
export const simchatTorah = hebrew('Tishri', 23)
/** Eight days from 25 Kislev, into Tevet: Kislev has 29 or 30 days. */
export const hanukkah: HolidayDate = { hebrew: ['Kislev', 25], offset: -1, until: { hebrew: ['Kislev', 25], offset: 7 } }
export const tuBishvat = hebrew('Shevat', 15)
export const purim = hebrew('Adar', 14)
export const shushanPurim = hebrew('Adar', 15)
export const passover = hebrewFestival('Nisan', 15, 22)
/** Israel keeps Yom HaShoah (27 Nisan) off the Sabbath's edges: a Friday moves to Thursday, a Sunday to Monday. */
export const yomHashoah: HolidayDate = { hebrew: ['Nisan', 27], moves: { 5: -1, 7: 1 } }
/** Yom Ha'atzmaut (5 Iyar) moves to Thursday from a Friday or a Saturday, and to Tuesday from a Monday; Yom HaZikaron is the day before. */
export const yomHaatzmaut: HolidayDate = { hebrew: ['Iyar', 5], moves: { 5: -1, 6: -2, 1: 1 } }
export const yomHazikaron: HolidayDate = { hebrew: ['Iyar', 4], moves: { 4: -1, 5: -2, 7: 1 } }
export const lagBaomer = hebrew('Iyar', 18)
export const shavuot = hebrewFestival('Sivan', 6, 7)
/** The fast of 9 Av is put off to Sunday when it falls on the Sabbath. */
export const tishaBav: HolidayDate = { hebrew: ['Av', 9], moves: { 6: 1 } }

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
