import { words as currencyWords, centWords } from '../../money/vi/currencies.js'
import { countRules } from '../rules.js'
import { scales } from '../../numeral/vi/words.js'
import { durations, naming, openers, singleNouns, stop } from './words.js'

/** A lower-case syllable: "người", "bài". */
const word = /(\p{Ll}+)/u
/** Two lower-case syllables: "doanh nghiệp", "bài đăng". */
const twoWords = /(\p{Ll}+)\s+(\p{Ll}+)/u

export const rules = countRules({
  word,
  twoWords,
  stop: new Set([
    ...stop,
    ...Object.keys(scales),
    ...Object.keys(currencyWords).flatMap((key) => key.split(' ')),
    ...Object.keys(centWords)
  ]),
  naming: new Set(naming),
  openers: new Set(openers),
  durations,
  // Vietnamese nouns are often two syllables ("doanh nghiệp"): both make the unit,
  // unless the first is a noun that stands alone ("1.000 người tham dự").
  rangeJoin: /(?:[-–—]|đến|tới)/u,
  compound: (first, second) => (singleNouns.has(first) ? undefined : `${first} ${second}`)
})
