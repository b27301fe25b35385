import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { factor, factorRange, isFactor } from '../helpers.js'

/** "gấp" marks a factor; "N lần" alone is also a number of occasions ("2 lần"). */
const gap = /gấp/iu
const times = /lần/iu
const to = /[-–—]|đến|tới/iu
const factorNumber = dimension('numeral', isFactor)

export const gapNumber = rule({
  name: 'gấp <number> (lần)',
  dimension: 'multiplier',
  pattern: [regex(gap), factorNumber, regex(times)],
  produce: ([word, value], context) => factor(tokenOf(value, 'numeral').value.value, regexOf(word).start, context)
})

export const gapNumberBare = rule({
  name: 'gấp <number>',
  dimension: 'multiplier',
  pattern: [regex(gap), factorNumber],
  produce: ([word, value], context) => factor(tokenOf(value, 'numeral').value.value, regexOf(word).start, context)
})

/** Factors said in words after "gấp": "gấp đôi" is twice, "gấp rưỡi" one and a half times. */
const gapWords: Readonly<Record<string, number>> = { đôi: 2, rưỡi: 1.5 }
const gapWordText = new RegExp(`gấp[ \\t]+(?<word>${Object.keys(gapWords).join('|')})(?:[ \\t]+lần)?`, 'iu')

export const gapWord = rule({
  name: 'gấp đôi',
  dimension: 'multiplier',
  pattern: [regex(gapWordText)],
  produce: ([match], context) => factor(gapWords[regexOf(match).named.word!.toLowerCase()]!, match!.start, context)
})

export const gapRange = rule({
  name: 'gấp <number>-<number> lần',
  dimension: 'multiplier',
  pattern: [regex(gap), factorNumber, regex(to), factorNumber, regex(times)],
  produce: ([word, low, , high], context) =>
    factorRange(tokenOf(low, 'numeral').value.value, tokenOf(high, 'numeral').value.value, regexOf(word).start, context)
})

export const rules = [gapNumber, gapNumberBare, gapWord, gapRange]
