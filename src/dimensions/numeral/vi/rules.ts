import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { decimal, isScale, negate, numeral, scaled, scaleWord, wordValue } from '../helpers.js'
import { sharedRules } from '../rules.js'
import { scales, tensLeaders, units, unitsAfterLinh, unitsAfterMuoi, unitsAfterMuoi10 } from './words.js'

/** Zero to nine in words, without "năm" (see words.ts). */
const unitWord = new RegExp(`(${alternation(Object.keys(units))})`, 'iu')
/** "mười", "mười một" .. "mười chín": ten to nineteen. */
const teens = new RegExp(`mười(?:\\s+(${alternation(Object.keys(unitsAfterMuoi10))}))?`, 'iu')
/** "hai mươi", "ba mươi tư", "năm mươi lăm": twenty to ninety-nine. */
const tensWord = new RegExp(
  `(${alternation(Object.keys(tensLeaders))})\\s+mươi(?:\\s+(${alternation(Object.keys(unitsAfterMuoi))}))?`,
  'iu'
)
const scaleWords = new RegExp(`(${alternation(Object.keys(scales))})`, 'iu')
/** "năm" read as five: only where a scale word follows. */
const five = /năm/iu
/** "linh năm", "lẻ một": the units after a hundred with no tens (105, 201). */
const linhUnit = new RegExp(`(?:linh|lẻ)\\s+(${alternation(Object.keys(unitsAfterLinh))})`, 'iu')
const minusWord = /âm/iu
/** "chấm" and "phẩy": the spoken decimal point and comma. */
const pointWord = /chấm|phẩy/iu

export const numberWord = rule({
  name: 'số (không..chín)',
  dimension: 'numeral',
  pattern: [regex(unitWord)],
  produce: ([match]) => numeral(wordValue(units, regexOf(match).groups[1]!)!)
})

export const teensNumber = rule({
  name: 'mười <unit> (10..19)',
  dimension: 'numeral',
  pattern: [regex(teens)],
  produce: ([match]) => {
    const unit = regexOf(match).groups[1]
    return numeral(10 + (unit ? wordValue(unitsAfterMuoi10, unit)! : 0))
  }
})

export const tensNumber = rule({
  name: '<unit> mươi <unit> (20..99)',
  dimension: 'numeral',
  pattern: [regex(tensWord)],
  produce: ([match]) => {
    const [, ten, unit] = regexOf(match).groups
    return numeral(10 * wordValue(tensLeaders, ten!)! + (unit ? wordValue(unitsAfterMuoi, unit)! : 0))
  }
})

export const scale = rule({
  name: 'trăm|nghìn|triệu|tỷ...',
  dimension: 'numeral',
  pattern: [regex(scaleWords)],
  produce: ([match]) => scaleWord(wordValue(scales, regexOf(match).groups[1]!)!)
})

export const fiveScale = rule({
  name: 'năm <scale>',
  dimension: 'numeral',
  pattern: [regex(five), dimension('numeral', isScale)],
  produce: ([, word]) => scaled({ value: 5 }, tokenOf(word, 'numeral'))
})

export const hundredsLinhUnit = rule({
  name: '<hundreds> linh|lẻ <unit>',
  dimension: 'numeral',
  pattern: [dimension('numeral', (token) => token.value.grain === 2), regex(linhUnit)],
  produce: ([hundreds, match]) => {
    const unit = wordValue(unitsAfterLinh, regexOf(match).groups[1]!)!
    const left = tokenOf(hundreds, 'numeral')
    return numeral(left.value.value + unit)
  }
})

export const minus = rule({
  name: 'âm <number>',
  dimension: 'numeral',
  pattern: [regex(minusWord), dimension('numeral')],
  produce: ([, number]) => negate(tokenOf(number, 'numeral'))
})

export const pointDecimal = rule({
  name: '<number> chấm|phẩy <number>',
  dimension: 'numeral',
  pattern: [dimension('numeral'), regex(pointWord), dimension('numeral')],
  produce: ([whole, , part]) => decimal(tokenOf(whole, 'numeral'), tokenOf(part, 'numeral'))
})

export const rules = [
  numberWord,
  teensNumber,
  tensNumber,
  scale,
  fiveScale,
  hundredsLinhUnit,
  minus,
  pointDecimal,
  ...sharedRules('vi', 'số (chữ số)')
]
