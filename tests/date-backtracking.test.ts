import { expect, test } from 'vitest'
import { createParser } from '../src/dimensions/parse.js'
import { langs } from '../src/lang.js'
import { cpuMs } from './helpers/cpu.js'

/** 100 kB of what dates are made of, in an order that never makes a date. */
function hostile(size: number): string {
  const alphabet = '0123456789/-. '
  let state = 7
  let text = ''
  while (text.length < size) {
    state = (state * 1103515245 + 12345) % 2147483648
    text += alphabet[state % alphabet.length]
  }
  return text
}

test.each(langs)('should parse 100 kB of digits, slashes, dashes, dots and spaces in well under a second of CPU (%s)', (lang) => {
  const parser = createParser(lang, ['date'])
  for (const text of [hostile(100_000), '1'.repeat(100_000), '12/'.repeat(33_000), '2013-'.repeat(20_000), '8 - '.repeat(25_000)]) {
    expect(cpuMs(() => parser.parse(text, '2025-06-01'))).toBeLessThan(1000)
  }
})
