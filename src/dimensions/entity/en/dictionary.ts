import { createRequire } from 'node:module'

let words: ReadonlySet<string> | undefined

/**
 * Is the word a common English word (the an-array-of-english-words list,
 * lower case, no proper nouns)? "Fatality" and "Exhibition" are; "Benazir",
 * "Tehreek" and "PTT" are not. The list is read on the first question.
 */
export function isDictionaryWord(word: string): boolean {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[])
  return words.has(word.toLowerCase())
}
