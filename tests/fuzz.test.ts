/**
 * Every reporting dimension, in both languages, on adversarial text: it never
 * throws, its tokens stay inside the text, and its time grows linearly with
 * the input. FUZZ_RUNS sets the number of cases per property (`npm run fuzz`
 * runs many more).
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { dimensions } from '../src/dimensions/index.js'
import { createParser } from '../src/dimensions/parse.js'
import { langs } from '../src/lang.js'
import { leastCpuMsInTurns } from './helpers/cpu.js'

const runs = Number(process.env.FUZZ_RUNS ?? 40)
const reporting = dimensions.filter((dimension) => dimension.output).map((dimension) => dimension.name)

const piecesOf = (pieces: readonly string[], maxLength = 400) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''))

/** Adversarial shapes, each a generator of strings. */
const shapes = {
  'digits and separators': piecesOf(['1', '0', '9', ',', '.', ' ', '-', '/', '%', ':', "'"]),
  'repeated currency signs': piecesOf(['$', 'US$', '€', '£', '¥', '₫', 'đ', 'VND', 'USD', 'Rs.', '5', ' ', ',']),
  'capitalized words': piecesOf([
    'Ha ',
    'Noi ',
    'The ',
    'Bank ',
    'Of ',
    'Việt ',
    'Nam ',
    'United ',
    'And ',
    'Tổng ',
    'Công ',
    'Ty ',
    '& ',
    '. '
  ]),
  'long lines without spaces': piecesOf(['a', 'Z', '1', '$', '%', '.', ',', '-', 'đ', 'ư', '_'], 2_000),
  'mixed scripts': fc.string({ unit: 'grapheme', maxLength: 300 }),
  'numbers and scale words': piecesOf([
    '5 ',
    '12,5 ',
    'million ',
    'billion ',
    'triệu ',
    'tỷ ',
    'nghìn ',
    'percent ',
    'lần ',
    'times ',
    'and ',
    'và ',
    'to ',
    'đến '
  ]),
  'lone surrogates and controls': fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('1', '$', ' ', '\u0000', '\u200b', '\ufeff', '\u0301')
    ),
    maxLength: 300
  })
} satisfies Record<string, fc.Arbitrary<string>>

describe.each(langs)('%s', (lang) => {
  describe.each(reporting)('%s', (name) => {
    const parser = createParser(lang, [name])
    test.each(Object.keys(shapes) as (keyof typeof shapes)[])('should survive %s', (shape) => {
      fc.assert(
        fc.property(shapes[shape], (text) => {
          const { tokens } = parser.parse(text)
          for (const token of tokens) {
            expect(token.start).toBeGreaterThanOrEqual(0)
            expect(token.end).toBeGreaterThan(token.start)
            expect(token.end).toBeLessThanOrEqual(text.length)
          }
        }),
        { numRuns: runs }
      )
    })
  })
})

/** Repeats `unit` to `length` characters. */
const grow = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

/** Shapes for the growth test: worst cases for a regex or a rule that backtracks or pairs tokens. */
const growing: Record<string, string> = {
  digits: '1234567890',
  'grouped digits': '1,000.',
  'currency signs': '$€£₫ ',
  'numbers and currency': '5 $ 10 USD 3,5 tỷ đồng ',
  'capitalized words': 'Ha Noi Bank Of The United ',
  'no spaces': 'abc1$%.đư-',
  'numbers and scale words': '5 million 12 triệu and và 3 percent ',
  'mixed scripts': 'Hà Nội 日本 ١٢٣ Ωmega 5% '
}

const baseLength = Number(process.env.LINEAR_BASE ?? 8_000)

describe.each(langs)('%s', (lang) => {
  describe.each(reporting)('%s', (name) => {
    const parser = createParser(lang, [name])
    // Sixteen times the text: linear takes 16×, quadratic 256×; the bound halfway between them (in ratio) leaves room for a loaded machine's noise.
    test.each(Object.keys(growing))('should parse 16× more %s in under 64× the time, where quadratic would take 256×', (shape) => {
      const small = grow(growing[shape]!, baseLength)
      const large = grow(growing[shape]!, baseLength * 16)
      parser.parse(small)
      const [smallMs, largeMs] = leastCpuMsInTurns(
        () => parser.parse(small),
        () => parser.parse(large),
        7
      )
      // Below a few milliseconds timer and collector noise dominate; a quadratic parse would be far above.
      const ratio = Math.max(largeMs, 5) / Math.max(smallMs, 5)
      console.info(`linear ${lang} ${name} ${shape}: ${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms, ratio ${ratio.toFixed(2)}`)
      expect(ratio).toBeLessThan(64)
    })
  })
})
