/**
 * The generic harness over every rule corpus (`src/dimensions/<name>/<lang>/corpus.ts`),
 * as Duckling's makeCorpusTest: each phrasing yields exactly one token of the
 * dimension covering the whole input, with the expected value; in-context
 * texts yield exactly the listed tokens; negatives yield nothing.
 */
import { describe, expect, test } from 'vitest'
import type { Corpus } from '../src/dimensions/corpus.js'
import { documentCountries } from '../src/dimensions/money/countries.js'
import { createParser } from '../src/dimensions/parse.js'
import { resolve } from '../src/engine/resolve.js'
import type { Reading, Token } from '../src/engine/rule.js'

const modules = import.meta.glob<{ corpus: Corpus }>('../src/dimensions/*/*/corpus.ts', { eager: true })
const corpora = Object.entries(modules).map(([path, module]) => ({ path, corpus: module.corpus }))

test('should find a corpus for every language of every dimension with rules', () => {
  expect(corpora.length).toBeGreaterThan(0)
})

describe.each(corpora)('$path', ({ corpus }) => {
  const parser = createParser(corpus.lang, [corpus.dimension])
  // A building block (no output) reports nothing: its readings are read as if it did, longest first.
  const output = parser.dimensions.find((dimension) => dimension.name === corpus.dimension)?.output
  const isBuildingBlock = !output
  // The words a token's record quotes: fewer than the token where the dimension says so ("Monday" of "9am on Monday").
  const quoteOf = (text: string, token: Token) => {
    const { start, end } = output?.quoted?.(token) ?? token
    return text.slice(start, end)
  }
  const ofDimension = (text: string, reading?: Reading, countries?: readonly string[]) => {
    const result = parser.parse(text, corpus.referenceDate, reading, countries)
    const tokens = isBuildingBlock
      ? resolve(
          result.all.map((token) => ({ ...token, latent: false })),
          [corpus.dimension]
        )
      : result.tokens
    return tokens.filter((token) => token.dimension === corpus.dimension)
  }

  const cases = corpus.examples.flatMap((example) =>
    example.phrasings.map((text) => ({ text, value: example.value, reading: example.reading }))
  )
  test.each(cases)('should read «$text» whole', ({ text, value, reading }) => {
    const tokens = ofDimension(text, reading)
    expect(tokens.map((token) => [token.start, token.end])).toEqual([[0, text.length]])
    expect(tokens[0]!.value).toMatchObject(value)
  })

  if (corpus.inContext?.length) {
    // A text in context is a small document: the countries it names settle shared currency signs.
    test.each(corpus.inContext)('should find exactly its tokens in «$text»', ({ text, finds }) => {
      const tokens = ofDimension(text, undefined, documentCountries(text))
      expect(tokens.map((token) => quoteOf(text, token))).toEqual(finds.map((find) => find.quote))
      finds.forEach((find, index) => {
        if (find.value) expect(tokens[index]!.value).toMatchObject(find.value)
      })
    })
  }

  if (corpus.negative.length) {
    test.each(corpus.negative)('should find nothing in «%s»', (text) => {
      expect(ofDimension(text).map((token) => text.slice(token.start, token.end))).toEqual([])
    })
  }

  if (corpus.backlog?.length) {
    test.todo(`backlog: ${corpus.backlog.map((item) => `«${item.text}» (${item.why})`).join('; ')}`)
  }
})
