import { createRequire } from 'node:module'

let words: readonly string[] | undefined

/**
 * Is the word a common English word (the an-array-of-english-words list,
 * lower case, no proper nouns)? "Fatality" and "Exhibition" are; "Benazir",
 * "Tehreek" and "PTT" are not. The list, sorted by code unit, is read on the
 * first question and searched by halves: no set of 275,000 strings is built.
 */
export function isDictionaryWord(word: string): boolean {
  words ??= createRequire(import.meta.url)('an-array-of-english-words') as string[]
  const key = word.toLowerCase()
  let low = 0
  let high = words.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const found = words[middle]!
    if (found === key) return true
    if (found < key) low = middle + 1
    else high = middle - 1
  }
  return false
}
