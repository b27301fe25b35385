import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { ordinal } from '../helpers.js'

/** "thứ nhất" (first) and "thứ tư" (fourth): the forms that differ from the numbers. */
const irregular = /thứ\s+(nhất|tư)/iu
/** "đầu tiên": the first. */
const firstOfAll = /đầu\s+tiên/iu
const rank = /thứ/iu

export const ordinalIrregular = rule({
  name: 'thứ nhất|tư',
  dimension: 'ordinal',
  pattern: [regex(irregular)],
  produce: ([match]) => ordinal(regexOf(match).groups[1]!.toLowerCase() === 'nhất' ? 1 : 4)
})

export const ordinalFirst = rule({
  name: 'đầu tiên',
  dimension: 'ordinal',
  pattern: [regex(firstOfAll)],
  produce: () => ordinal(1)
})

export const ordinalNumber = rule({
  name: 'thứ <number>',
  dimension: 'ordinal',
  pattern: [regex(rank), dimension('numeral', (token) => Number.isInteger(token.value.value) && token.value.value > 0)],
  produce: ([, number]) => ordinal(tokenOf(number, 'numeral').value.value)
})

export const rules = [ordinalIrregular, ordinalFirst, ordinalNumber]
