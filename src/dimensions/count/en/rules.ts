import { words as currencyWords, centWords } from '../../money/en/currencies.js'
import { countRules } from '../rules.js'
import { scales } from '../../numeral/en/words.js'
import { durations, naming, openers, stop } from './words.js'

/** A lower-case word: nouns after numbers are written so; names are capitalized. */
const word = /([a-z][a-z'-]*[a-z]|[a-z])/u
const twoWords = /([a-z][a-z'-]*[a-z])\s+([a-z][a-z'-]*[a-z])/u
/** A plural-looking word: "articles", "countries" (not "business", "this"). */
const plural = /[^su]s$/u

export const rules = countRules({
  word,
  twoWords,
  stop: new Set([...stop, ...Object.keys(scales), ...Object.keys(currencyWords), ...Object.keys(centWords)]),
  naming: new Set(naming),
  openers: new Set(openers),
  durations,
  // "30 research articles" counts articles: the second word is the head only when it is the plural one.
  rangeJoin: /(?:[-–—]|to)/u,
  compound: (first, second) => (plural.test(second) && !plural.test(first) ? second : undefined)
})
