import { memoized } from '../../text/memo.js'
import { lessCommonSurnames, surnames } from './vi/words.js'

/** A word folded to plain letters: "Nguyễn" → "nguyen", "Đặng" → "dang". */
export const plainLetters = memoized((word) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase())

const plainSurnames = new Set(surnames.map(plainLetters))
const plainLessCommon = new Set(lessCommonSurnames.map(plainLetters))

/**
 * A Vietnamese syllable in plain letters: an initial consonant, one to three
 * vowels, a final consonant; no f, j, w or z. "Truong", "My", "Nguyen" are;
 * "Swaraj", "Ibrahim", "Chong Jom" are not.
 */
const syllable = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?(?:[aeiouy]{1,3})(?:ch|ng|nh|c|m|n|p|t)?$/u

export function isVietnameseSyllable(word: string): boolean {
  return syllable.test(plainLetters(word))
}

/** Is the word a Vietnamese family name, with or without its diacritics; less common ones too where `lessCommon`? */
export function isVietnameseSurname(word: string, lessCommon = true): boolean {
  const plain = plainLetters(word)
  return plainSurnames.has(plain) || (lessCommon && plainLessCommon.has(plain))
}

/**
 * Two to four syllables, the first a family name, each a capitalized Vietnamese syllable: "Truong My Lan", "Lê Quang Tùng";
 * a less common family name only where `lessCommon` ("Kim Phong" alone on its line, not "Kim Sang" of "Kim Sang-sik").
 */
export function isVietnameseName(words: readonly string[], lessCommon = false): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    isVietnameseSurname(words[0]!, lessCommon) &&
    words.every((word) => /^\p{Lu}\p{Ll}*$/u.test(word) && isVietnameseSyllable(word))
  )
}
