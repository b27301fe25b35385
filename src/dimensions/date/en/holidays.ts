import type { HebrewMonth } from '../calendars.js'
import type { HolidayDate, HolidayNames, WeekdayMoves } from '../holidays.js'

/** Days counted from Easter. */
const easter = (offset: number): HolidayDate => ({ easter: 'western', offset })
const orthodox = (offset: number): HolidayDate => ({ easter: 'orthodox', offset })

const christmas: HolidayDate = { fixed: [12, 25] }
const thanksgiving: HolidayDate = { month: 11, weekday: 4, nth: 4 }
const kingDay: HolidayDate = { month: 1, weekday: 1, nth: 3 }
/** A day kept off the weekend moves to the nearest weekday. */
const offWeekend: WeekdayMoves = { 6: -1, 7: 1 }
const bossDay: HolidayDate = { fixed: [10, 16], moves: offWeekend }
/** The Dutch King's Day is the king's birthday, 27 April, kept on the Saturday before when it is a Sunday. */
const kingsDay: HolidayDate = { fixed: [4, 27], moves: { 7: -1 } }
/** Great Lent runs from Clean Monday to the Friday before Lazarus Saturday. */
const greatLent: HolidayDate = { easter: 'orthodox', offset: -48, until: { easter: 'orthodox', offset: -9 } }
/** The Chinese New Year falls on the first day of the lunar year at UTC+8, the Vietnamese Tết at UTC+7. */
const chineseNewYear: HolidayDate = { lunar: [1, 1], zone: 8 }
const tet: HolidayDate = { lunar: [1, 1], zone: 7 }
/** Vesak, the full moon of the fourth lunar month, as Vietnam keeps it. */
const vesak: HolidayDate = { lunar: [4, 15], zone: 7 }

/**
 * A day of the Hebrew calendar. A festival of several days runs `until` its
 * last day as kept outside Israel (Passover to 22 Nisan, Shavuot two days)
 * and starts on its eve, when it begins at sundown: the Passover seder and
 * the first Hanukkah candle belong to that evening. A holiday of one day is
 * the day itself (Yom Kippur 2018 is 19 September), as calendars list it.
 */
const hebrew = (month: HebrewMonth, day: number): HolidayDate => ({ hebrew: [month, day] })
const hebrewFestival = (month: HebrewMonth, first: number, last: number): HolidayDate => ({
  hebrew: [month, first],
  offset: -1,
  until: hebrew(month, last)
})
const roshHashanah = hebrewFestival('Tishri', 1, 2)
const yomKippur = hebrew('Tishri', 10)
const sukkot = hebrewFestival('Tishri', 15, 21)
const simchatTorah = hebrew('Tishri', 23)
/** Eight days from 25 Kislev, into Tevet: Kislev has 29 or 30 days. */
const hanukkah: HolidayDate = { hebrew: ['Kislev', 25], offset: -1, until: { hebrew: ['Kislev', 25], offset: 7 } }
const tuBishvat = hebrew('Shevat', 15)
const passover = hebrewFestival('Nisan', 15, 22)
/** Israel keeps Yom HaShoah (27 Nisan) off the Sabbath's edges: a Friday moves to Thursday, a Sunday to Monday. */
const yomHashoah: HolidayDate = { hebrew: ['Nisan', 27], moves: { 5: -1, 7: 1 } }
/** Yom Ha'atzmaut (5 Iyar) moves to Thursday from a Friday or a Saturday, and to Tuesday from a Monday; Yom HaZikaron is the day before. */
const yomHaatzmaut: HolidayDate = { hebrew: ['Iyar', 5], moves: { 5: -1, 6: -2, 1: 1 } }
const yomHazikaron: HolidayDate = { hebrew: ['Iyar', 4], moves: { 4: -1, 5: -2, 7: 1 } }
const lagBaomer = hebrew('Iyar', 18)
const shavuot = hebrewFestival('Sivan', 6, 7)
/** The fast of 9 Av is put off to Sunday when it falls on the Sabbath. */
const tishaBav: HolidayDate = { hebrew: ['Av', 9], moves: { 6: 1 } }

/**
 * A day of the Islamic calendar as Umm al-Qura reckons it, the calendar Saudi
 * Arabia publishes and most Gulf states follow. Countries that wait to sight
 * the new moon (Pakistan, India, Bangladesh, Morocco, often Indonesia) may
 * keep a holiday a day or two later, so a date read here can be a day off
 * that country's. Umm al-Qura matched the days of Eid given by other
 * calendars more often than ICU's tabular Islamic calendars.
 */
const islamic = (month: number, day: number): HolidayDate => ({ islamic: [month, day] })
const eidAlFitr = islamic(10, 1)
const eidAlAdha = islamic(12, 10)
/** Ramadan is its whole month, to the day before Eid al-Fitr: 29 or 30 days. */
const ramadan: HolidayDate = { islamic: [9, 1], until: { islamic: [10, 1], offset: -1 } }
/** The night of power is sought in the last nights of Ramadan; it is kept on the 27th. */
const laylatAlQadr = islamic(9, 27)
/** Jumu'atul-Wida is the last Friday of Ramadan: back from its last day to a Friday. */
const lastFridayOfRamadan: HolidayDate = { islamic: [10, 1], offset: -1, moves: { 1: -3, 2: -4, 3: -5, 4: -6, 6: -1, 7: -2 } }
const israMiraj = islamic(7, 27)
const islamicNewYear = islamic(1, 1)
/** The Prophet's birthday as Sunni Muslims keep it, 12 Rabi' al-Awwal. */
const mawlid = islamic(3, 12)
const ashura = islamic(1, 10)

/**
 * Holidays said in English news, with when they fall: fixed days, days of
 * the US calendar that move (Thanksgiving, Martin Luther King Day), the days
 * counted from Western and Orthodox Easter, days of the lunar calendar
 * (the Lunar New Year, Tết, Vesak), and of the Hebrew and Islamic calendars.
 * A hyphen and a space are the same in a name ("eid ul-fitr", "eid ul
 * fitr"), and so are a straight and a curly apostrophe.
 */
export const holidays: HolidayNames = {
  christmas,
  'christmas day': christmas,
  xmas: christmas,
  'christmas eve': { fixed: [12, 24] },
  "new year's eve": { fixed: [12, 31] },
  'new years eve': { fixed: [12, 31] },
  "new year's day": { fixed: [1, 1] },
  'new years day': { fixed: [1, 1] },
  "valentine's day": { fixed: [2, 14] },
  'valentines day': { fixed: [2, 14] },
  'valentine day': { fixed: [2, 14] },
  halloween: { fixed: [10, 31] },
  "st patrick's day": { fixed: [3, 17] },
  "st. patrick's day": { fixed: [3, 17] },
  "saint patrick's day": { fixed: [3, 17] },
  'saint patricks day': { fixed: [3, 17] },
  "st paddy's day": { fixed: [3, 17] },
  "saint paddy's day": { fixed: [3, 17] },
  "international women's day": { fixed: [3, 8] },
  "women's day": { fixed: [3, 8] },
  'earth day': { fixed: [4, 22] },
  'world vegan day': { fixed: [11, 1] },
  "boss's day": bossDay,
  "bosses' day": bossDay,
  'boss day': bossDay,
  thanksgiving,
  'thanksgiving day': thanksgiving,
  'black friday': { month: 11, weekday: 4, nth: 4, offset: 1 },
  'cyber monday': { month: 11, weekday: 4, nth: 4, offset: 4 },
  'mlk day': kingDay,
  'mlk jr. day': kingDay,
  'martin luther king day': kingDay,
  "martin luther king's day": kingDay,
  'martin luther kings day': kingDay,
  'martin luther king jr. day': kingDay,
  'civil rights day': kingDay,
  "mother's day": { month: 5, weekday: 7, nth: 2 },
  "father's day": { month: 6, weekday: 7, nth: 3 },
  'memorial day': { month: 5, weekday: 1, nth: -1 },
  'labor day': { month: 9, weekday: 1, nth: 1 },
  easter: easter(0),
  'easter sunday': easter(0),
  'easter monday': easter(1),
  'easter mon': easter(1),
  'good friday': easter(-2),
  'maundy thursday': easter(-3),
  'covenant thursday': easter(-3),
  'covenant thu': easter(-3),
  'thu of mysteries': easter(-3),
  'palm sunday': easter(-7),
  'branch sunday': easter(-7),
  'ash wednesday': easter(-46),
  'mardi gras': easter(-47),
  'shrove tuesday': easter(-47),
  'pancake day': easter(-47),
  'ascension day': easter(39),
  pentecost: easter(49),
  'whit sunday': easter(49),
  'white sunday': easter(49),
  'whit monday': easter(50),
  'monday of the holy spirit': easter(50),
  'trinity sunday': easter(56),
  'orthodox easter': orthodox(0),
  'orthodox easter sunday': orthodox(0),
  'orthodox good friday': orthodox(-2),
  'orthodox great friday': orthodox(-2),
  'clean monday': orthodox(-48),
  'orthodox shrove monday': orthodox(-48),
  'lazarus saturday': orthodox(-8),
  'chinese new year': chineseNewYear,
  'chinese new years': chineseNewYear,
  "chinese new year's day": chineseNewYear,
  'chinese lunar new year': chineseNewYear,
  "chinese lunar new year's day": chineseNewYear,
  'lunar new year': chineseNewYear,
  'spring festival': chineseNewYear,
  tet,
  'tet holiday': tet,
  'tet festival': tet,
  'mid-autumn festival': { lunar: [8, 15], zone: 8 },
  vesak,
  vaisakha: vesak,
  'buddha day': vesak,
  'buddha purnima': vesak,
  "king's day": kingsDay,
  'kings day': kingsDay,
  koningsdag: kingsDay,
  'great lent': greatLent,
  'great fast': greatLent,
  'rosh hashanah': roshHashanah,
  'rosh hashana': roshHashanah,
  'rosh hashanna': roshHashanah,
  'rosh ha shanah': roshHashanah,
  'jewish new year': roshHashanah,
  'yom kippur': yomKippur,
  'day of atonement': yomKippur,
  sukkot,
  succot: sukkot,
  sukkos: sukkot,
  succos: sukkot,
  'feast of tabernacles': sukkot,
  'feast of booths': sukkot,
  'feast of ingathering': sukkot,
  'feast of the ingathering': sukkot,
  'shemini atzeret': hebrew('Tishri', 22),
  'simchat torah': simchatTorah,
  'simchas torah': simchatTorah,
  hanukkah,
  hanukah: hanukkah,
  hannukah: hanukkah,
  hannukkah: hanukkah,
  chanukah: hanukkah,
  chanukkah: hanukkah,
  'tu bishvat': tuBishvat,
  "tu b'shvat": tuBishvat,
  "tu b'shevat": tuBishvat,
  purim: hebrew('Adar', 14),
  'shushan purim': hebrew('Adar', 15),
  passover,
  pesach: passover,
  pesah: passover,
  'yom hashoah': yomHashoah,
  'yom ha shoah': yomHashoah,
  "yom ha'atzmaut": yomHaatzmaut,
  'yom haatzmaut': yomHaatzmaut,
  'israel independence day': yomHaatzmaut,
  'yom hazikaron': yomHazikaron,
  'yom ha zikaron': yomHazikaron,
  'lag baomer': lagBaomer,
  "lag b'omer": lagBaomer,
  'lag ba omer': lagBaomer,
  shavuot,
  shavuos: shavuot,
  'feast of weeks': shavuot,
  "tisha b'av": tishaBav,
  'tisha bav': tishaBav,
  'tisha beav': tishaBav,
  'eid al fitr': eidAlFitr,
  'eid ul fitr': eidAlFitr,
  'eid el fitr': eidAlFitr,
  'id al fitr': eidAlFitr,
  'id ul fitr': eidAlFitr,
  'hari raya aidilfitri': eidAlFitr,
  'hari raya puasa': eidAlFitr,
  lebaran: eidAlFitr,
  'eid al adha': eidAlAdha,
  'eid ul adha': eidAlAdha,
  'eid el adha': eidAlAdha,
  'id al adha': eidAlAdha,
  'id ul adha': eidAlAdha,
  'eid al azha': eidAlAdha,
  'eid ul azha': eidAlAdha,
  bakrid: eidAlAdha,
  'bakr id': eidAlAdha,
  'bakra eid': eidAlAdha,
  'bakri eid': eidAlAdha,
  'eid qurban': eidAlAdha,
  'kurban bayram': eidAlAdha,
  'hari raya haji': eidAlAdha,
  'feast of the sacrifice': eidAlAdha,
  'festival of sacrifice': eidAlAdha,
  'sacrifice feast': eidAlAdha,
  ramadan,
  ramazan: ramadan,
  ramzan: ramadan,
  ramzaan: ramadan,
  ramadhan: ramadan,
  'laylat al qadr': laylatAlQadr,
  'laylat al kadr': laylatAlQadr,
  'lailat al qadr': laylatAlQadr,
  'lailatul qadr': laylatAlQadr,
  'shab e qadr': laylatAlQadr,
  'night of power': laylatAlQadr,
  'night of destiny': laylatAlQadr,
  'night of decree': laylatAlQadr,
  'night of measures': laylatAlQadr,
  "jumu'atul wida": lastFridayOfRamadan,
  'jumuatul wida': lastFridayOfRamadan,
  'jamat ul vida': lastFridayOfRamadan,
  'jumat ul vida': lastFridayOfRamadan,
  'alvida jumma': lastFridayOfRamadan,
  "isra and mi'raj": israMiraj,
  'isra and miraj': israMiraj,
  "isra mi'raj": israMiraj,
  "al isra wal mi'raj": israMiraj,
  'shab e miraj': israMiraj,
  "the prophet's ascension": israMiraj,
  'the night journey': israMiraj,
  'islamic new year': islamicNewYear,
  'hijri new year': islamicNewYear,
  'amun jadid': islamicNewYear,
  mawlid,
  'mawlid al nabi': mawlid,
  'mawlid an nabi': mawlid,
  'mawlid al nabawi': mawlid,
  'milad un nabi': mawlid,
  "the prophet's birthday": mawlid,
  ashura,
  ashoura: ashura,
  'day of ashura': ashura
}

/** "of" or "in" between a holiday and its year ("thanksgiving of next year"); "this", "next", "last" before it. */
export const holidayWords = { of: 'of|in', shift: { this: 0, next: 1, last: -1, previous: -1 } } as const
