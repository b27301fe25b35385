import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The list's JSON text, `["a","aa",…]`: words of lower-case ASCII letters, sorted by code unit. */
let list: string | undefined

/**
 * Is the word a common English word (the an-array-of-english-words list,
 * lower case, no proper nouns)? "Fatality" and "Exhibition" are; "Benazir",
 * "Tehreek" and "PTT" are not. The list is read as text on the first
 * question and searched by halves in that text: parsing it into 275,000
 * strings would cost more than all the questions a run asks of it.
 */
export function isDictionaryWord(word: string): boolean {
  list ??= readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'utf8').trim()
  const key = word.toLowerCase()
  // Between `low` (where an entry starts) and `high` (the comma or bracket after an entry), entries are `"word"`.
  let low = 1
  let high = list.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    const before = Math.max(list.lastIndexOf(',', middle - 1), 0)
    const after = list.indexOf(',', middle)
    const end = after === -1 || after > high ? high : after
    const found = list.slice(before + 2, end - 1)
    if (found === key) return true
    if (found < key) low = end + 1
    else high = before
  }
  return false
}
