/** Decades ("the 1990s", "the '90s") and counts of them from the day of writing ("the past two decades"). */
import { dimension, regex, rule, tokenOf } from '../../../engine/rule.js'
import { counted, decade, int, isCount, named } from '../helpers.js'
import { pastBefore, futureBefore } from './patterns.js'

/** "the 1990s", "1960’s": a decade with its century. */
const decadeFull = new RegExp(`(?:the[ \\t]+)?(?<decade>(?:1[0-9]|20)\\d0)['’]?s`, 'iu')

/** "the '60s", "the 60s": a decade of the twentieth century named by two digits, after "the". */
const decadeShort = new RegExp(`the[ \\t]+['’]?(?<decade>[2-9]0)['’]?s`, 'iu')

export const decadeOfCentury = rule({
  name: 'the <yyy0>s',
  dimension: 'date',
  pattern: [regex(decadeFull)],
  produce: ([match]) => decade(int(named(match).decade))
})

export const decadeShortForm = rule({
  name: "the '<y0>s",
  dimension: 'date',
  pattern: [regex(decadeShort)],
  produce: ([match]) => decade(1900 + int(named(match).decade))
})

/** "decades" after a count, "decade" after "the past" alone: ten years each. */
const decadesText = /decades/iu

const oneDecadeText = /decade/iu

function countedDecades(name: string, before: RegExp, direction: -1 | 1) {
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(before), dimension('numeral', isCount), regex(decadesText)],
    produce: ([, count], context) => counted(context, 'year', 10 * tokenOf(count, 'numeral').value.value, direction)
  })
}

function oneDecade(name: string, before: RegExp, direction: -1 | 1) {
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(before), regex(oneDecadeText)],
    produce: (_matches, context) => counted(context, 'year', 10, direction)
  })
}

export const pastDecades = countedDecades('the past <n> decades', pastBefore, -1)

export const nextDecades = countedDecades('the next <n> decades', futureBefore, 1)

export const pastDecade = oneDecade('the past decade', pastBefore, -1)

export const nextDecade = oneDecade('the next decade', futureBefore, 1)
