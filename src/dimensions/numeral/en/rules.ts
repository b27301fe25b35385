import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { add, decimal, isPlain, isScale, multiply, negate, numeral, scaleWord, wordValue } from '../helpers.js'
import { sharedRules } from '../rules.js'
import { scales, tens, units, unitsAfterTens } from './words.js'

/** Zero to nineteen in words. */
const unitWord = new RegExp(`(${alternation(Object.keys(units))})`, 'iu')
/** "twenty", "twenty-five", "thirty three". */
const tensWord = new RegExp(`(${alternation(Object.keys(tens))})(?:[-‐–—\\s]+(${alternation(Object.keys(unitsAfterTens))}))?`, 'iu')
const scaleWords = new RegExp(`(${alternation(Object.keys(scales))})`, 'iu')
/** "a" before a scale word: "a million", "a dozen". */
const article = /an?/iu
/** "a couple", "a pair of": two. */
const aCouple = /a\s+(?:couple|pair)(?:\s+of)?/iu
const and = /and/iu
const minusWord = /minus|negative/iu
const pointWord = /point|dot/iu
/** "1/5", "20/100": a fraction (never a figure's amount, since it reads like a date). */
const fraction = /(?<![\p{N}/.])(\d{1,3})\/(\d{1,3})(?![/.]?\d)/u

export const numberWord = rule({
  name: 'number (0..19)',
  dimension: 'numeral',
  pattern: [regex(unitWord)],
  produce: ([match]) => numeral(wordValue(units, regexOf(match).groups[1]!)!)
})

export const tensNumber = rule({
  name: 'number (20..99)',
  dimension: 'numeral',
  pattern: [regex(tensWord)],
  produce: ([match]) => {
    const [, ten, unit] = regexOf(match).groups
    return numeral(wordValue(tens, ten!)! + (unit ? wordValue(unitsAfterTens, unit)! : 0))
  }
})

export const scale = rule({
  name: 'hundred|thousand|million...',
  dimension: 'numeral',
  pattern: [regex(scaleWords)],
  produce: ([match]) => scaleWord(wordValue(scales, regexOf(match).groups[1]!)!)
})

export const aScale = rule({
  name: 'a <scale>',
  dimension: 'numeral',
  pattern: [regex(article), dimension('numeral', isScale)],
  produce: ([, word]) => {
    const { value, grain } = tokenOf(word, 'numeral').value
    return numeral(value, grain === undefined ? {} : { grain })
  }
})

export const couple = rule({
  name: 'a couple (of)',
  dimension: 'numeral',
  pattern: [regex(aCouple)],
  produce: () => numeral(2)
})

export const scaledAndSmaller = rule({
  name: '<scaled number> and <smaller number>',
  dimension: 'numeral',
  pattern: [dimension('numeral', (token) => token.value.grain !== undefined), regex(and), dimension('numeral', isPlain)],
  produce: ([scaled, , smaller]) => add(tokenOf(scaled, 'numeral'), tokenOf(smaller, 'numeral'))
})

export const minus = rule({
  name: 'minus|negative <number>',
  dimension: 'numeral',
  pattern: [regex(minusWord), dimension('numeral')],
  produce: ([, number]) => negate(tokenOf(number, 'numeral'))
})

export const pointDecimal = rule({
  name: '<number> point <digits>',
  dimension: 'numeral',
  pattern: [dimension('numeral'), regex(pointWord), dimension('numeral')],
  produce: ([whole, , part]) => decimal(tokenOf(whole, 'numeral'), tokenOf(part, 'numeral'))
})

export const pointOnly = rule({
  name: 'point <digits>',
  dimension: 'numeral',
  pattern: [regex(pointWord), dimension('numeral', (token) => token.value.digits === true)],
  produce: ([, part]) => decimal({ ...tokenOf(part, 'numeral'), value: { value: 0 } }, tokenOf(part, 'numeral'))
})

export const fractionNumber = rule({
  name: '<number>/<number> (fraction)',
  dimension: 'numeral',
  pattern: [regex(fraction)],
  produce: ([match]) => {
    const [, top, bottom] = regexOf(match).groups
    return Number(bottom) === 0 ? undefined : numeral(Number(top) / Number(bottom), { fraction: true })
  }
})

/** A hyphen joining digits to their scale word: "$4.5-billion", "a 10-million-tonne target", which Vietnamese does not write. */
const scaleHyphen = /[-‐]/u

export const numberHyphenScale = rule({
  name: '<number>-<scale>',
  dimension: 'numeral',
  pattern: [
    dimension('numeral', (token) => isPlain(token) && token.value.digits === true),
    regex(scaleHyphen),
    dimension('numeral', isScale)
  ],
  produce: ([number, hyphen, scale]) => {
    // Glued on both sides: "5 - million" is no one number.
    if (regexOf(hyphen).start !== tokenOf(number, 'numeral').end || regexOf(hyphen).end !== tokenOf(scale, 'numeral').start)
      return undefined
    return multiply(tokenOf(number, 'numeral'), tokenOf(scale, 'numeral'))
  }
})

export const rules = [
  numberWord,
  tensNumber,
  scale,
  aScale,
  couple,
  scaledAndSmaller,
  minus,
  pointDecimal,
  pointOnly,
  fractionNumber,
  numberHyphenScale,
  ...sharedRules('en', 'number (digits)')
]
