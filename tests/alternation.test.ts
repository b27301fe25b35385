/**
 * The trie-shaped alternation matches exactly what the plain one (the words
 * longest first, one after another) matches, at every place of a text, with
 * and without the `i` flag (without it only, for a list made case-sensitive),
 * followed by a word bound as the engine adds one.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { alternation } from '../src/engine/alternation.js'

const runs = Number(process.env.FUZZ_RUNS ?? 200)

/** The plain form, written out here as what the trie must stay equal to. */
function plain(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'))
    .join('|')
}

/** Words from a few letters, so that they share beginnings; spaces, case, signs and accents included. */
const units = ['a', 'A', 'b', 'đ', 'Đ', ' ', '.', '$', '\u00a0']
const word = fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''))
const noise = fc.constantFrom(...units, 'B', '  ', 'x')

const bound = String.raw`(?![\p{L}\p{N}])`

function matchesAt(source: string, flags: string, subject: string): (string | undefined)[] {
  const sticky = new RegExp(`(?:${source})${bound}`, `y${flags}`)
  return [...subject].map((_, index) => {
    sticky.lastIndex = index
    return sticky.exec(subject)?.[0]
  })
}

describe('alternation', () => {
  // The text is made of the words themselves and noise, so that they are found in it.
  const wordsAndText = fc.array(word, { minLength: 1, maxLength: 12 }).chain((words) =>
    fc.tuple(
      fc.constant(words),
      fc.array(fc.oneof(fc.constantFrom(...words), noise), { maxLength: 12 }).map((parts) => parts.join(''))
    )
  )

  test.each(['u', 'iu'])('should match what the plain alternation matches, flags %s', (flags) => {
    fc.assert(
      fc.property(wordsAndText, ([words, subject]) => {
        expect(matchesAt(alternation(words), flags, subject)).toEqual(matchesAt(plain(words), flags, subject))
      }),
      { numRuns: runs }
    )
  })

  test('should let blanks before a blank give back what the longer word needs', () => {
    // Trie-shaped, the greedy blanks of " " would take all three and leave "  " the longest match.
    expect(matchesAt(alternation(['b', ' ', '   b']), 'u', '   b')).toEqual(matchesAt(plain(['b', ' ', '   b']), 'u', '   b'))
    expect(matchesAt(alternation(['b', ' ', '   b']), 'u', '   b')[0]).toBe('   b')
  })

  test('should match what the plain alternation matches without the i flag, case-sensitive', () => {
    fc.assert(
      fc.property(wordsAndText, ([words, subject]) => {
        expect(matchesAt(alternation(words, { caseSensitive: true }), 'u', subject)).toEqual(matchesAt(plain(words), 'u', subject))
      }),
      { numRuns: runs }
    )
  })

  test('should share beginnings', () => {
    expect(alternation(['long', 'longest', 'lo'])).toBe('lo(?:ng(?:est)?)?')
    expect(alternation(['new year', 'new moon'])).toBe(String.raw`new\s+(?:year|moon)`)
  })

  test('should keep words that differ only by case one after another', () => {
    expect(alternation(['May', 'may be'])).toBe(String.raw`may\s+be|May`)
  })

  test('should shape words written with and without their capital as a trie when case-sensitive', () => {
    expect(alternation(['floods', 'Floods', 'flooding', 'Flooding'], { caseSensitive: true })).toBe('(?:flood(?:s|ing)|Flood(?:s|ing))')
  })
})
