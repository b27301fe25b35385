import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
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

export const numberFold = rule({
  name: '<number>-fold',
  dimension: 'multiplier',
  pattern: [factorNumber, regex(fold)],
  produce: ([value], context) => factor(tokenOf(value, 'numeral').value.value, tokenOf(value, 'numeral').start, context)
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

export const rules = [numberFold, rangeTimes, timesComparison]
