/**
 * The prefilter lets a regex answer "no match" on a text that lacks every
 * literal its matches must contain: what it derives must hold for every
 * match, so the rules give exactly the tokens they give without it, on the
 * rules' corpora, the development articles and fuzzed text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Corpus } from '../src/dimensions/corpus.js'
import { dimensions } from '../src/dimensions/index.js'
import { languageRules } from '../src/dimensions/rule-names.js'
import { foldCodePoint, foldsExactly, foldText } from '../src/engine/fold.js'
import { requirementOf } from '../src/engine/literals.js'
import { compileGrammar, saturate } from '../src/engine/match.js'
import { Prefilter } from '../src/engine/prefilter.js'
import { regex, type Context, type RegexItem } from '../src/engine/rule.js'
import { langs, type Lang } from '../src/lang.js'

const runs = Number(process.env.FUZZ_RUNS ?? 60)
const modules = import.meta.glob<{ corpus: Corpus }>('../src/dimensions/*/*/corpus.ts', { eager: true })
const corpora = Object.values(modules).map((module) => module.corpus)
const articles = path.resolve(import.meta.dirname, '../../shared/corpus/dev/articles')

function regexItems(lang: Lang): RegexItem[] {
  return languageRules(lang, dimensions).flatMap(({ pattern }) => pattern.filter((item) => item.kind === 'regex'))
}

describe('requirementOf', () => {
  // Literals are cut to their first four characters, and one that starts with another is dropped.
  test.each([
    [/(\d{1,3})\s*pc/iu, ['pc']],
    [/an?/iu, ['a']],
    [/per\s?cent|pct/iu, ['cent', 'pct']],
    [/(?:USD|US\$)/u, ['us$', 'usd']],
    [/\d+(?:st|nd)/iu, ['nd', 'st']],
    [/ß/u, ['ß']],
    [/tháng|năm/iu, ['năm', 'thán']],
    [/longest|long|lo(?:ng)?er/u, ['loer', 'long']]
  ])('should say what every match of %s holds', (expression, literals) => {
    const item = regex(expression)
    expect(requirementOf(item.source, item.flags)).toEqual(literals)
  })

  test.each([/x?y*/iu, /\p{Lu}\p{L}+/u, /ß/iu, /.+/u, /[^a]b?/u])(
    'should say nothing of %s, whose matches need no literal',
    (expression) => {
      const item = regex(expression)
      expect(requirementOf(item.source, item.flags)).toBeUndefined()
    }
  )
})

describe('Prefilter', () => {
  const percent = regex(/(\d+)\s*percent/iu)
  const prefilter = new Prefilter([percent])

  test('should let a regex run only on a text that holds a literal its matches need', () => {
    expect(prefilter.scan('Exports rose sharply.').mayMatch(percent)).toBe(false)
    expect(prefilter.scan('Exports rose 12 PERCENT.').mayMatch(percent)).toBe(true)
  })

  test('should let a regex it knows nothing of run on every text', () => {
    expect(prefilter.scan('Exports rose sharply.').mayMatch(regex(/rose/u))).toBe(true)
  })
})

describe('case folding', () => {
  // Every code point but the surrogates, once: what a regex under `i` matches of a character is found here.
  const everyCharacter = Array.from({ length: 0x110000 }, (_, codePoint) =>
    codePoint >= 0xd800 && codePoint <= 0xdfff ? '' : String.fromCodePoint(codePoint)
  ).join('')

  test('should fold alike every character the regex engine matches with a literal character of a rule', () => {
    const used = new Set<number>()
    for (const lang of langs) {
      for (const item of regexItems(lang)) {
        if (!item.flags.includes('i')) continue
        for (const character of item.source) if (foldsExactly(character.codePointAt(0)!)) used.add(character.codePointAt(0)!)
      }
    }
    for (const character of 'kKsSſẞ') used.add(character.codePointAt(0)!)
    expect(used.size).toBeGreaterThan(50)
    const wrong: string[] = []
    for (const codePoint of used) {
      const character = String.fromCodePoint(codePoint)
      const escaped = character.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')
      for (const [alike] of everyCharacter.matchAll(new RegExp(escaped, 'giu'))) {
        if (foldCodePoint(alike.codePointAt(0)!) !== foldCodePoint(codePoint)) wrong.push(`${character} ${alike}`)
      }
    }
    expect(wrong).toEqual([])
  })

  test('should fold a text code point by code point', () => {
    expect(foldText('Đà NẴNG ſ K')).toBe('đà nẵng s k')
  })
})

describe('rules with and without the prefilter', () => {
  const samples = readdirSync(articles).map((name) => ({
    lang: name.slice(0, 2) as Lang,
    text: readFileSync(path.join(articles, name), 'utf8')
  }))

  for (const lang of langs) {
    const rules = languageRules(lang, dimensions)
    const filtered = compileGrammar(rules)
    const unfiltered = compileGrammar(rules, { prefilter: false })
    const scanners = dimensions.flatMap((dimension) => dimension.scanners?.[lang] ?? [])

    const same = (text: string) => {
      const context: Context = { lang, referenceDate: '2024-05-06', text, reading: 'nearest' }
      const seeds = scanners.flatMap((scan) => scan(context))
      expect(saturate(filtered, context, seeds).tokens).toEqual(saturate(unfiltered, context, seeds).tokens)
    }

    test(`should give the same tokens on the ${lang} corpora of the rules`, () => {
      for (const corpus of corpora.filter((each) => each.lang === lang)) {
        for (const example of corpus.examples) for (const text of example.phrasings) same(text)
        for (const { text } of corpus.inContext ?? []) same(text)
        for (const text of corpus.negative) same(text)
      }
    })

    test(`should give the same tokens on the ${lang} development articles, paragraph by paragraph`, () => {
      const paragraphs = samples.filter((sample) => sample.lang === lang).flatMap(({ text }) => text.split('\n'))
      expect(paragraphs.length).toBeGreaterThan(100)
      for (const paragraph of paragraphs) same(paragraph)
    })

    test(`should give the same tokens on fuzzed ${lang} text made of the rules' literals`, () => {
      const literals = [...new Set(regexItems(lang).flatMap((item) => requirementOf(item.source, item.flags) ?? []))]
      const piece = fc.oneof(
        fc.constantFrom(...literals),
        fc.constantFrom(...literals).map((literal) => literal.toUpperCase()),
        fc.constantFrom(' ', '  ', '\u00a0', ', ', '. ', '-', '(', ')', '1', '2024', '12.5', '$', '%', 'ſ', 'K', 'ẞ', 'İ', 'x'),
        fc.string({ maxLength: 3 })
      )
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => same(pieces.join(''))),
        { numRuns: runs }
      )
    })
  }
})
