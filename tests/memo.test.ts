import { describe, expect, test } from 'vitest'
import { memoized } from '../src/text/memo.js'

describe('memoized', () => {
  test('should give what the function gives, computing a word once', () => {
    const seen: string[] = []
    const upper = memoized((word) => {
      seen.push(word)
      return word.toUpperCase()
    })
    expect(['Hà', 'Nội', 'Hà'].map(upper)).toEqual(['HÀ', 'NỘI', 'HÀ'])
    expect(seen).toEqual(['Hà', 'Nội'])
  })

  test('should forget what it knew past its limit, so memory stays bounded', () => {
    const seen: string[] = []
    const same = memoized((word) => {
      seen.push(word)
      return word
    }, 2)
    for (const word of ['a', 'b', 'c', 'a']) same(word)
    // 'c' finds the memory full and starts it again: 'a' is computed anew.
    expect(seen).toEqual(['a', 'b', 'c', 'a'])
  })
})
