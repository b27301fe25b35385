/**
 * Rule names are the provenance of records (`rule`): every rule of a language
 * has its own name, whatever its dimension, or the rule set fails to compile;
 * and every rule fires on at least one positive example of its own corpus
 * (a phrasing or a text in context), so that no rule is dead or untested.
 */
import { describe, expect, test } from 'vitest'
import type { Corpus } from '../src/dimensions/corpus.js'
import { defineDimension } from '../src/dimensions/dimension.js'
import { dimensions } from '../src/dimensions/index.js'
import { documentCountries } from '../src/dimensions/money/countries.js'
import { createParser } from '../src/dimensions/parse.js'
import { regex, rule, type DimensionName } from '../src/engine/rule.js'
import { langs } from '../src/lang.js'

const modules = import.meta.glob<{ corpus: Corpus }>('../src/dimensions/*/*/corpus.ts', { eager: true })
const corpora = Object.values(modules).map((module) => module.corpus)
const names = dimensions.map((dimension) => dimension.name)

/** A dimension of one rule named `name`, in English only. */
function oneRule(dimension: DimensionName, name: string) {
  const only = rule({ name, dimension, pattern: [regex(/x/u)], produce: () => undefined })
  return defineDimension({ name: dimension, dependsOn: [], rules: { en: [only], vi: [] } })
}

describe('rule names', () => {
  test.each(langs)('should compile every dimension of %s together', (lang) => {
    expect(() => createParser(lang, names)).not.toThrow()
  })

  test('should refuse two rules of one language with one name, naming both dimensions', () => {
    const available = [oneRule('money', '<amount> <currency>'), oneRule('percent', '<amount> <currency>')]
    expect(() => createParser('en', ['money', 'percent'], undefined, available)).toThrow(
      'Unexpected rule name `<amount> <currency>` in percent (en), already the name of a money rule'
    )
  })

  test('should compile two languages that use one name each', () => {
    const available = [oneRule('money', '<amount> <currency>')]
    expect(() => createParser('en', ['money'], undefined, available)).not.toThrow()
  })
})

describe('every rule fires on its own corpus', () => {
  /** `dimension/lang/name` of every rule that made a token of its dimension on a positive example of its corpus. */
  const fired = new Set<string>()
  for (const corpus of corpora) {
    const parser = createParser(corpus.lang, [corpus.dimension])
    const texts = [
      ...corpus.examples.flatMap((example) => example.phrasings.map((text) => ({ text, reading: example.reading, countries: undefined }))),
      ...(corpus.inContext ?? []).map(({ text }) => ({ text, reading: undefined, countries: documentCountries(text) }))
    ]
    for (const { text, reading, countries } of texts) {
      for (const token of parser.parse(text, corpus.referenceDate, reading, countries).all) {
        if (token.dimension === corpus.dimension) fired.add(token.rule)
      }
    }
  }
  const every = dimensions.flatMap((dimension) =>
    langs.flatMap((lang) => dimension.rules[lang].map((each) => `${dimension.name}/${lang}/${each.name}`))
  )

  test('should fire every rule on at least one example', () => {
    expect(every.filter((name) => !fired.has(name))).toEqual([])
  })
})
