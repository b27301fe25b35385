import { createRequire } from 'node:module'
import { describe, expect, test } from 'vitest'
import { isDictionaryWord } from '../src/dimensions/entity/en/dictionary.js'

const words = createRequire(import.meta.url)('an-array-of-english-words') as string[]

describe('the English dictionary', () => {
  test('should know every word of its list, the first and the last included, whatever the case', () => {
    expect(words.filter((_word, index) => index % 97 === 0 || index === words.length - 1).every(isDictionaryWord)).toBe(true)
    expect(['Fatality', 'Exhibition', 'a', words.at(-1)!.toUpperCase()].every(isDictionaryWord)).toBe(true)
  })

  test('should not know names, acronyms, other scripts or words next to a known one', () => {
    for (const word of ['Benazir', 'Tehreek', 'PTT', 'Việt', '', '[', ']', ',', `${words[1000]}q`, `${words.at(-1)}z`, 'aaa'])
      expect(isDictionaryWord(word), word).toBe(words.includes(word.toLowerCase()))
    expect(isDictionaryWord('Benazir')).toBe(false)
  })
})
