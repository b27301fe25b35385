/**
 * No figure rule backtracks badly: 100 kB of digits, separators, spaces,
 * currency signs and scale words parse in well under a second of CPU, per dimension
 * and language.
 */
import { describe, expect, test } from 'vitest'
import { createParser } from '../src/dimensions/parse.js'
import type { DimensionName } from '../src/engine/rule.js'
import type { Lang } from '../src/lang.js'
import { cpuMs } from './helpers/cpu.js'

const size = 100_000
const figures: DimensionName[] = ['numeral', 'money', 'percent', 'count', 'multiplier']
const langs: Lang[] = ['en', 'vi']

/** A repeatable stream of pieces drawn from `pieces` (a linear congruential generator, seeded). */
function noise(pieces: readonly string[], seed: number): string {
  let state = seed
  let text = ''
  while (text.length < size) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    text += pieces[state % pieces.length]
  }
  return text.slice(0, size)
}

const texts: Record<string, string> = {
  'digits and separators': noise(['1', '2', '0', '9', ',', '.', ' ', '-', '%'], 7),
  'currency signs between digits': noise(['$', 'US$', '€', '£', 'USD', 'Rs.', 'đ', '5', '0', ',', '.', ' '], 11),
  'grouped digits without end': `${'1,000'.repeat(size / 5 - 1)}x`,
  'dotted digits without end': `${'1.000'.repeat(size / 5 - 1)}đ`,
  'repeated scale words': noise(['5 ', 'million ', 'billion ', 'triệu ', 'tỷ ', 'nghìn ', 'thousand ', 'and ', 'và ', '- '], 13),
  'words and numbers': noise(['five ', 'hai mươi ', 'năm ', 'nearly ', 'khoảng ', 'times ', 'lần ', 'gấp ', 'people ', '12 '], 17)
}

describe.each(langs)('%s', (lang) => {
  describe.each(figures)('%s', (name) => {
    const parser = createParser(lang, [name])
    test.each(Object.keys(texts))('should parse 100 kB of %s in under a second of CPU', (label) => {
      expect(cpuMs(() => parser.parse(texts[label]!))).toBeLessThan(1000)
    })
  })
})
