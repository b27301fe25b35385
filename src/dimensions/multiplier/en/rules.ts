import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { tens, units } from '../../numeral/en/words.js'
import { factor, factorRange, isFactor } from '../helpers.js'

/** "-fold" or " fold" after a number: "two-fold", "3 fold". */
const fold = /[-‐]?fold/iu
const times = /times/iu
/** Joins the ends of a range of factors: "five to ten", "5-10". */
const to = /to|[-–—]/iu
/**
 * What makes "N times" a factor rather than a number of occasions ("met three
 * times"): a comparison right after it ("three times more", "times as large").
 */
const comparison = /^[ \t]+(?:more|higher|larger|bigger|greater|faster|as|over|the|that|than)\b/iu
const factorNumber = dimension('numeral', isFactor)
/** A number word and "fold" written as one: "threefold", "tenfold", "twentyfold" (from two up: "onefold" is no factor). */
const foldWords: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries({ ...units, ...tens, hundred: 100 })
    .filter(([, value]) => value >= 2)
    .map(([word, value]) => [`${word}fold`, value])
)
const foldWordText = new RegExp(`(?<word>${alternation(Object.keys(foldWords))})`, 'iu')

export const numberFold = rule({
  name: '<number>-fold',
  dimension: 'multiplier',
  pattern: [factorNumber, regex(fold)],
  produce: ([value], context) => factor(tokenOf(value, 'numeral').value.value, tokenOf(value, 'numeral').start, context)
})

export const foldWord = rule({
  name: '<number>fold',
  dimension: 'multiplier',
  pattern: [regex(foldWordText)],
  produce: ([match], context) => factor(foldWords[regexOf(match).named.word!.toLowerCase()]!, match!.start, context)
})

export const rangeTimes = rule({
  name: '<number> to <number> times',
  dimension: 'multiplier',
  pattern: [factorNumber, regex(to), factorNumber, regex(times)],
  produce: ([low, , high], context) =>
    factorRange(tokenOf(low, 'numeral').value.value, tokenOf(high, 'numeral').value.value, tokenOf(low, 'numeral').start, context)
})

export const timesComparison = rule({
  name: '<number> times <comparison>',
  dimension: 'multiplier',
  pattern: [factorNumber, regex(times)],
  produce: ([value, word], context) =>
    comparison.test(context.text.slice(regexOf(word).end))
      ? factor(tokenOf(value, 'numeral').value.value, tokenOf(value, 'numeral').start, context)
      : undefined
})

export const rules = [numberFold, foldWord, rangeTimes, timesComparison]
