/**
 * The festivals of the Hindu calendar and of the Sikh, Jain, Tamil, Kerala,
 * Bengali and Parsi ones India keeps beside it, with when they fall: one
 * definition for every language's names of them. Months are amanta (new
 * moon to new moon); a festival that tradition dates in a purnimanta month
 * (full moon to full moon, as the north reckons) falls in the dark half of
 * the amanta month before it: Janmashtami, Krishna Ashtami of purnimanta
 * Bhadrapada, is Krishna Ashtami of amanta Shravana.
 */
import type { HolidayDate } from './holidays.js'
import type { TithiTime } from './panchang.js'

const months = [
  'Chaitra',
  'Vaishakha',
  'Jyeshtha',
  'Ashadha',
  'Shravana',
  'Bhadrapada',
  'Ashvina',
  'Kartika',
  'Margashirsha',
  'Pausha',
  'Magha',
  'Phalguna'
] as const
type Month = (typeof months)[number]

/** Tithi `day` (1-15; 15 is Purnima in the bright half, Amavasya in the dark) of a half of an amanta month, prevailing at `at`. */
const tithi = (month: Month, half: 'shukla' | 'krishna', day: number, at: TithiTime = 'sunrise'): HolidayDate => ({
  tithi: [months.indexOf(month) + 1, half === 'shukla' ? day : 15 + day],
  at
})

/** Ugadi and Gudi Padwa, the new year of the lunisolar calendar: Chaitra Shukla Pratipada. */
export const ugadi = tithi('Chaitra', 'shukla', 1)
/** Rama Navami: Chaitra Shukla Navami at midday, the hour of Rama's birth. */
export const ramaNavami = tithi('Chaitra', 'shukla', 9, 'midday')
/** Mahavir Jayanti: Chaitra Shukla Trayodashi. */
export const mahavirJayanti = tithi('Chaitra', 'shukla', 13)
/** Hanuman Jayanti, as the north keeps it: Chaitra Purnima. */
export const hanumanJayanti = tithi('Chaitra', 'shukla', 15)
/** Ratha Yatra at Puri: Ashadha Shukla Dwitiya. */
export const rathaYatra = tithi('Ashadha', 'shukla', 2)
/** Raksha Bandhan: Shravana Purnima in the afternoon (aparahna), when the rakhi is tied. */
export const rakshaBandhan = tithi('Shravana', 'shukla', 15, 'afternoon')
/** Krishna Janmashtami: Krishna Ashtami of purnimanta Bhadrapada (amanta Shravana) at midnight, the hour of Krishna's birth. */
export const janmashtami = tithi('Shravana', 'krishna', 8, 'midnight')
/** Ganesh Chaturthi: Bhadrapada Shukla Chaturthi at midday. */
export const ganeshChaturthi = tithi('Bhadrapada', 'shukla', 4, 'midday')
/** Maha Saptami, Maha Ashtami and Maha Navami of Durga Puja: Ashvina Shukla Saptami, Ashtami, Navami. */
export const mahaSaptami = tithi('Ashvina', 'shukla', 7)
export const mahaAshtami = tithi('Ashvina', 'shukla', 8)
export const mahaNavami = tithi('Ashvina', 'shukla', 9)
/** Vijayadashami (Dussehra): Ashvina Shukla Dashami in the afternoon (aparahna). */
export const vijayadashami = tithi('Ashvina', 'shukla', 10, 'afternoon')
/** Navaratri: the nine nights from Ashvina Shukla Pratipada to the day before Vijayadashami. */
export const navaratri: HolidayDate = { ...tithi('Ashvina', 'shukla', 1), until: { ...vijayadashami, offset: -1 } }
/** Durga Puja as Bengal keeps it: five days from Maha Shashthi (Ashvina Shukla Shashthi) to Bijoya Dashami. */
export const durgaPuja: HolidayDate = { ...tithi('Ashvina', 'shukla', 6), until: vijayadashami }
/** Valmiki Jayanti (Pargat Diwas): Ashvina Purnima. */
export const valmikiJayanti = tithi('Ashvina', 'shukla', 15)
/** Karva Chauth: Krishna Chaturthi of purnimanta Kartika (amanta Ashvina) at moonrise, in the evening. */
export const karvaChauth = tithi('Ashvina', 'krishna', 4, 'evening')
/** Dhanteras: Krishna Trayodashi of purnimanta Kartika (amanta Ashvina) in the evening (pradosh). */
export const dhanteras = tithi('Ashvina', 'krishna', 13, 'evening')
/**
 * The Krishna Chaturdashi before Diwali: Naraka Chaturdashi is its bath
 * before sunrise, Choti Diwali its evening lamps, Kali Chaudas its night
 * worship of Kali, so the three can fall on two days.
 */
export const narakaChaturdashi = tithi('Ashvina', 'krishna', 14)
export const chotiDiwali = tithi('Ashvina', 'krishna', 14, 'evening')
export const kaliChaudas = tithi('Ashvina', 'krishna', 14, 'midnight')
/** Diwali (Lakshmi Puja): Amavasya of purnimanta Kartika (amanta Ashvina) in the evening (pradosh). */
export const diwali = tithi('Ashvina', 'krishna', 15, 'evening')
/** Bhai Dooj: Kartika Shukla Dwitiya in the afternoon. */
export const bhaiDooj = tithi('Kartika', 'shukla', 2, 'afternoon')
/** Chhath: Kartika Shukla Shashthi, the evening offering to the setting Sun. */
export const chhath = tithi('Kartika', 'shukla', 6, 'evening')
/** Guru Nanak Jayanti: Kartika Purnima. */
export const guruNanakJayanti = tithi('Kartika', 'shukla', 15)
/** Guru Gobind Singh Jayanti: Pausha Shukla Saptami, as the gurpurab is kept by the lunar calendar. */
export const guruGobindSinghJayanti = tithi('Pausha', 'shukla', 7)
/** Vasant Panchami: Magha Shukla Panchami. */
export const vasantPanchami = tithi('Magha', 'shukla', 5)
/** Guru Ravidass Jayanti: Magha Purnima. */
export const guruRavidassJayanti = tithi('Magha', 'shukla', 15)
/** Dayananda Saraswati Jayanti: Krishna Dashami of purnimanta Phalguna (amanta Magha). */
export const dayanandaJayanti = tithi('Magha', 'krishna', 10)
/** Maha Shivaratri: Krishna Chaturdashi of purnimanta Phalguna (amanta Magha) at midnight. */
export const mahaShivaratri = tithi('Magha', 'krishna', 14, 'midnight')
/**
 * Holika Dahan: the bonfire of Phalguna Purnima, lit in the night once
 * Bhadra, the tithi's first half, is over: the first evening to midnight
 * that meets Purnima's second half (or the day that half falls in).
 */
export const holikaDahan: HolidayDate = { ...tithi('Phalguna', 'shukla', 15, 'night'), secondHalf: true }
/** Holi (Dhulandi): the day after Holika Dahan. */
export const holi: HolidayDate = { ...holikaDahan, offset: 1 }

/** Makara Sankranti (Thai Pongal): the Sun entering sidereal Makara (Capricorn); Boghi (and Punjab's Lohri) is the day before, Mattu and Kaanum Pongal the two after. */
export const makaraSankranti: HolidayDate = { sankranti: 9, kept: 'sunset' }
export const boghi: HolidayDate = { ...makaraSankranti, offset: -1 }
export const mattuPongal: HolidayDate = { ...makaraSankranti, offset: 1 }
export const kaanumPongal: HolidayDate = { ...makaraSankranti, offset: 2 }
/** Vaisakhi, the Sun entering sidereal Mesha as Punjab keeps it; Puthandu, the Tamil new year, is the same sankranti as Tamil Nadu keeps it. */
export const vaisakhi: HolidayDate = { sankranti: 0, kept: 'sunrise' }
export const puthandu: HolidayDate = { sankranti: 0, kept: 'sunset' }
/** Onam: the day of Thiruvonam (the 22nd nakshatra, Shravana) in the Malayalam month Chingam (the Sun in Simha). */
export const onam: HolidayDate = { nakshatra: 22, sign: 4 }
/**
 * Rabindra Jayanti: Tagore's birthday, 25 Boishakh of the Bengali solar
 * calendar as West Bengal keeps it (8 or 9 May). Bangladesh's revised
 * calendar fixes 1 Boishakh on 14 April and keeps it on 8 May; the Indian
 * reckoning is the one India's calendars and holidays give.
 */
export const rabindraJayanti: HolidayDate = { bengali: [1, 25] }
/** Pohela Boishakh, the Bengali new year: 1 Boishakh as West Bengal keeps it. */
export const bengaliNewYear: HolidayDate = { bengali: [1, 1] }
/** The Parsi new year of India: 1 Farvardin of the Shahenshahi calendar, in August (Jamshedi Navroz is another day, the March equinox). */
export const parsiNewYear: HolidayDate = { parsi: [1, 1] }
/** Jamshedi Navroz, the Persian new year of the March equinox, which India's Parsis keep on 21 March. */
export const jamshediNavroz: HolidayDate = { fixed: [3, 21] }
