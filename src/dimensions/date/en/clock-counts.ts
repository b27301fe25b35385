/** Hours and minutes counted from the moment of writing: "in 2 hours", "in 3h", "in half an hour", "20 minutes from now". */
import { dimension, regex, rule, tokenOf, type Context, type Match, type Produced } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { int, isCount, named, phraseKey } from '../helpers.js'
import { afterDuration, hasTimeOfDay, type TimeUnit } from '../times.js'
import { timeCounts } from './relatives.js'
import { inText } from './patterns.js'

/** Amounts of time said in words: "a", "a couple of", "half an". */
const amountWords: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  'a couple of': 2,
  'a couple': 2,
  'a pair of': 2,
  'a few': 3,
  few: 3,
  'half an': 0.5,
  'a quarter of an': 0.25,
  'three-quarters of an': 0.75,
  'three quarters of an': 0.75
}

/** "in 1h", "in 1/2 h", "in 3/4h": hours written with "h", whole or a fraction. */
const inHoursText = new RegExp(`${inText.source}[ \\t]+(?<amount>\\d{1,2}|[13]/4|1/2)[ \\t]*h(?:rs?)?`, 'iu')

const timeUnitText = new RegExp(`(?:more[ \\t]+)?(?<unit>${alternation(Object.keys(timeCounts.units))})`, 'iu')

/** "and a half hours" after a count: "in 2 and a half hours". */
const andHalfText = new RegExp(`and[ \\t]+an?[ \\t]+half[ \\t]+${timeUnitText.source}`, 'iu')

const inAmountText = new RegExp(
  `${inText.source}[ \\t]+(?<amount>${alternation(Object.keys(amountWords))})[ \\t]+${timeUnitText.source}`,
  'iu'
)

const fromNowOnlyText = /from[ \t]+now|hence/iu

function timeUnitOf(match: Match | undefined) {
  return timeCounts.units[named(match).unit!.toLowerCase()]!
}

function inTime(context: Context, unit: TimeUnit, amount: number): Produced<'date'> | undefined {
  return hasTimeOfDay(context.referenceDate) ? afterDuration(context, unit, amount) : undefined
}

/**
 * A moment some hours or minutes after the time of writing, read only when
 * that time is known: a dateline gives a day, and in news "in 24 hours" is
 * mostly a span ("the second attack in 24 hours"), not a moment.
 */
function inDuration(context: Context, unit: Match | undefined, amount: number): Produced<'date'> | undefined {
  return inTime(context, timeUnitOf(unit), amount)
}

/** An amount of hours written in digits: "2", "1/2", "3/4". */
function hoursOf(amount: string): number {
  const [numerator, denominator] = amount.split('/')
  return denominator === undefined ? int(numerator) : int(numerator) / int(denominator)
}

export const inHours = rule({
  name: 'in <n>h',
  dimension: 'date',
  pattern: [regex(inHoursText)],
  produce: ([match], context) => inTime(context, 'hour', hoursOf(named(match).amount!))
})

export const inCountAndHalf = rule({
  name: 'in <n> and a half <time unit>',
  dimension: 'date',
  pattern: [regex(inText), dimension('numeral', isCount), regex(andHalfText)],
  produce: ([, count, unit], context) => inDuration(context, unit, tokenOf(count, 'numeral').value.value + 0.5)
})

export const inTimeCount = rule({
  name: 'in <n> <time unit>',
  dimension: 'date',
  pattern: [regex(inText), dimension('numeral', (token) => token.value.value > 0 && !token.value.scale), regex(timeUnitText)],
  produce: ([, amount, unit], context) => inDuration(context, unit, tokenOf(amount, 'numeral').value.value)
})

export const inTimeWords = rule({
  name: 'in <amount in words> <time unit>',
  dimension: 'date',
  pattern: [regex(inAmountText)],
  produce: ([match], context) => inDuration(context, match, amountWords[phraseKey(named(match).amount!)]!)
})

export const timeCountFromNow = rule({
  name: '<n> <time unit> from now',
  dimension: 'date',
  pattern: [dimension('numeral', (token) => token.value.value > 0 && !token.value.scale), regex(timeUnitText), regex(fromNowOnlyText)],
  produce: ([amount, unit], context) => afterDuration(context, timeUnitOf(unit), tokenOf(amount, 'numeral').value.value)
})
