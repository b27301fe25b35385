/**
 * Saturation runs rules again only on what is new to them: a match is tried
 * again only when it holds a token the chart did not have when the rule last
 * ran, wherever in the pattern that token stands. A grammar of three rules
 * over numerals shows each case.
 */
import { describe, expect, test } from 'vitest'
import { compileGrammar, saturate } from '../src/engine/match.js'
import { dimension, regex, regexOf, rule, tokenOf, type Context, type Rule } from '../src/engine/rule.js'
import { numeral } from '../src/dimensions/numeral/helpers.js'

const digit = rule({
  name: 'digit',
  dimension: 'numeral',
  pattern: [regex(/\d/u)],
  produce: ([match]) => numeral(Number(regexOf(match).text))
})
const ten = rule({ name: 'x', dimension: 'numeral', pattern: [regex(/x/u)], produce: () => numeral(10) })
const sum = rule({
  name: '<numeral> and <numeral>',
  dimension: 'numeral',
  pattern: [dimension('numeral'), regex(/and/u), dimension('numeral')],
  produce: ([left, , right]) => numeral(tokenOf(left, 'numeral').value.value + tokenOf(right, 'numeral').value.value)
})

const context = (text: string): Context => ({ lang: 'en', referenceDate: undefined, text, reading: 'nearest' })

function values(rules: readonly Rule[], text: string): number[] {
  return saturate(compileGrammar(rules), context(text))
    .tokens.map((token) => tokenOf(token, 'numeral').value.value)
    .sort((a, b) => a - b)
}

describe('saturate', () => {
  test('should combine an old first token with a token made after the rule last ran', () => {
    // "1" exists when the sum first runs; "x" is made after it, so only the next round can join them.
    expect(values([digit, sum, ten], '1 and x')).toEqual([1, 10, 11])
  })

  test('should combine a new first token with an old token after it', () => {
    expect(values([ten, sum, digit], 'x and 1')).toEqual([1, 10, 11])
  })

  test('should build on its own tokens, whatever the order of the rules', () => {
    const forward = values([digit, sum, ten], '1 and 2 and x')
    expect(forward).toEqual(values([sum, ten, digit], '1 and 2 and x'))
    expect(forward).toEqual([1, 2, 3, 10, 12, 13])
  })
})
