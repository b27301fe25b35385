import {
  ashura,
  eidAlAdha,
  eidAlFitr,
  islamicNewYear,
  israMiraj,
  lastFridayOfRamadan,
  laylatAlQadr,
  mawlid,
  ramadan
} from '../calendars/islamic-holidays.js'
import type { HolidayDate, HolidayNames } from '../holidays.js'

/** Days counted from Easter. */
const easter = (offset: number): HolidayDate => ({ easter: true, offset })

const christmas: HolidayDate = { fixed: [12, 25] }
/** Lent runs from Ash Wednesday to Holy Saturday, the day before Easter. */
const lent: HolidayDate = { easter: true, offset: -46, until: { easter: true, offset: -1 } }
/** The Chinese New Year falls on the first day of the lunar year at UTC+8, the Vietnamese Tết at UTC+7. */
const chineseNewYear: HolidayDate = { lunar: [1, 1], zone: 8 }
const tet: HolidayDate = { lunar: [1, 1], zone: 7 }
/** Vesak, the full moon of the fourth lunar month, as Vietnam keeps it. */
const vesak: HolidayDate = { lunar: [4, 15], zone: 7 }
/** The festivals of India's calendars, from their table. */
const diwali: HolidayDate = { festival: 'diwali' }
const holi: HolidayDate = { festival: 'holi' }
const vijayadashami: HolidayDate = { festival: 'vijayadashami' }
const makaraSankranti: HolidayDate = { festival: 'makaraSankranti' }
const bengaliNewYear: HolidayDate = { festival: 'bengaliNewYear' }

/**
 * Holidays said in the region's English news, with when they fall: fixed
 * days, the days counted from Easter that the Philippines and Indonesia
 * keep, the shopping days of late November, days of the lunar calendar (the
 * Lunar New Year, Tết, Vesak), of the Islamic calendar, and the festivals
 * of South Asia (Diwali, Holi, Dussehra, Pongal, Pohela Boishakh) under
 * their common names and spellings ("Deepavali", "Dashain").
 * A name written with its capital ("Lent") is read only with it.
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
  "international women's day": { fixed: [3, 8] },
  "women's day": { fixed: [3, 8] },
  /** The day after the US Thanksgiving (the fourth Thursday of November), when the region's shops copy its sales. */
  'black friday': { month: 11, weekday: 4, nth: 4, offset: 1 },
  easter: easter(0),
  'easter sunday': easter(0),
  'easter monday': easter(1),
  'good friday': easter(-2),
  'maundy thursday': easter(-3),
  'palm sunday': easter(-7),
  'ash wednesday': easter(-46),
  'ascension day': easter(39),
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
  Lent: lent,
  'the lenten season': lent,
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
  'day of ashura': ashura,
  vijayadashami,
  'vijaya dashami': vijayadashami,
  dussehra: vijayadashami,
  dussera: vijayadashami,
  dasara: vijayadashami,
  dashain: vijayadashami,
  diwali,
  divali: diwali,
  deepavali: diwali,
  deepawali: diwali,
  dipawali: diwali,
  'lakshmi puja': diwali,
  holi,
  dhulandi: holi,
  dhuleti: holi,
  phagwah: holi,
  'rangwali holi': holi,
  pongal: makaraSankranti,
  'thai pongal': makaraSankranti,
  'makar sankranti': makaraSankranti,
  'makara sankranti': makaraSankranti,
  'makara sankranthi': makaraSankranti,
  'makar sankranthi': makaraSankranti,
  maghi: makaraSankranti,
  uttarayan: makaraSankranti,
  'pohela boishakh': bengaliNewYear,
  'pohela baishakh': bengaliNewYear,
  'poila baisakh': bengaliNewYear,
  'poila boishakh': bengaliNewYear,
  'bengali new year': bengaliNewYear
}

/** "of" or "in" between a holiday and its year ("easter of next year"); "this", "next", "last" before it. */
export const holidayWords = { of: 'of|in', shift: { this: 0, next: 1, last: -1, previous: -1 } } as const
