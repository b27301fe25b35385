import { regex, regexOf, rule } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { wordValue } from '../../numeral/helpers.js'
import { tens } from '../../numeral/en/words.js'
import { ordinal } from '../helpers.js'
import { ordinals, unitOrdinals } from './words.js'

/** Digits with an ordinal suffix: "1st", "22nd", "3rd", "14th". */
const digitsOrdinal = /(\d{1,4})(?:st|nd|rd|th)/iu
const ordinalWord = new RegExp(`(${alternation(Object.keys(ordinals))})`, 'iu')
/** "twenty-first", "thirty first", "fortysecond". */
const tensOrdinal = new RegExp(`(${alternation(Object.keys(tens))})[-‐–—\\s]*(${alternation(Object.keys(unitOrdinals))})`, 'iu')

export const ordinalDigits = rule({
  name: '<number>st|nd|rd|th',
  dimension: 'ordinal',
  pattern: [regex(digitsOrdinal)],
  produce: ([match]) => ordinal(Number(regexOf(match).groups[1]))
})

export const ordinalWords = rule({
  name: 'ordinal (first..twentieth)',
  dimension: 'ordinal',
  pattern: [regex(ordinalWord)],
  produce: ([match]) => ordinal(wordValue(ordinals, regexOf(match).groups[1]!)!)
})

export const ordinalTens = rule({
  name: 'ordinal (<tens>-<ordinal>)',
  dimension: 'ordinal',
  pattern: [regex(tensOrdinal)],
  produce: ([match]) => {
    const [, ten, unit] = regexOf(match).groups
    return ordinal(wordValue(tens, ten!)! + wordValue(unitOrdinals, unit!)!)
  }
})

export const rules = [ordinalDigits, ordinalWords, ordinalTens]
