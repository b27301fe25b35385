import { plainLetters } from '../vietnamese-names.js'

/**
 * Family names of Chinese Malaysians and Singaporeans as English copy spells
 * them: Hokkien, Teochew, Cantonese, Hakka and Hainanese forms, and pinyin.
 */
const surnames = new Set([
  'Ang',
  'Au',
  'Beh',
  'Chai',
  'Chan',
  'Chang',
  'Chee',
  'Chen',
  'Cheng',
  'Cheah',
  'Chew',
  'Chia',
  'Chin',
  'Chong',
  'Choo',
  'Choong',
  'Chow',
  'Chua',
  'Fong',
  'Foo',
  'Gan',
  'Goh',
  'Heng',
  'Hew',
  'Hii',
  'Ho',
  'Khoo',
  'Khor',
  'Khiew',
  'Koay',
  'Koh',
  'Kok',
  'Kwan',
  'Kwek',
  'Lai',
  'Lam',
  'Lau',
  'Lee',
  'Leong',
  'Leow',
  'Liew',
  'Lim',
  'Liow',
  'Liu',
  'Loh',
  'Loke',
  'Loo',
  'Low',
  'Lum',
  'Mah',
  'Mok',
  'Neo',
  'Ng',
  'Ngeh',
  'Ong',
  'Ooi',
  'Pang',
  'Phua',
  'Poh',
  'Quah',
  'Quek',
  'Seah',
  'Seow',
  'Sim',
  'Siow',
  'Soh',
  'Tan',
  'Tang',
  'Tay',
  'Tee',
  'Teh',
  'Teo',
  'Tham',
  'Tiong',
  'Ting',
  'Toh',
  'Wee',
  'Wong',
  'Woo',
  'Yap',
  'Yeap',
  'Yee',
  'Yeo',
  'Yeoh',
  'Yew',
  'Yip',
  'Yong',
  'Zhang',
  'Zhao',
  'Zhou'
])

/**
 * A syllable of those romanizations in plain letters: consonants, one to
 * three vowels (w and y among them: "Siew", "Khiew"), a nasal or stop
 * ("Siong", "Giap", "Fook"). "Sri", "Francis", "Motor" are not.
 */
const syllable = /^(?:[bcdfghjklmnpqrstvxyz]{0,3})[aeiouwy]{1,3}(?:ng|n|m|k|p|t|h)?$/u

/**
 * A family name and two given syllables, each capitalized: "Lim Guan Eng",
 * "Wee Ka Siong", "Khiew Hoe Yean". Two-word forms ("Ho Ching") are left to
 * other evidence, as most pairs of such syllables are also other names.
 */
export function isChineseName(words: readonly string[]): boolean {
  return (
    words.length === 3 &&
    surnames.has(words[0]!) &&
    words.slice(1).every((word) => /^\p{Lu}\p{Ll}{0,5}$/u.test(word) && syllable.test(plainLetters(word)))
  )
}
