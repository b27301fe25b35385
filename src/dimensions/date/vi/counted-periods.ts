/** Periods counted from the day of writing: "5 năm qua", "3 năm trước", "hai thập kỷ qua", "thập kỷ tới". */
import { dimension, regex, regexOf, rule, tokenOf, type Context, type Match, type Produced } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { ago, counted, isCount, phraseKey } from '../helpers.js'
import { countDirections, unitWords } from './words.js'

/** A period noun after a count: "năm", "tháng". */
const unitText = new RegExp(`(${alternation(Object.keys(unitWords))})`, 'iu')

/** The direction a count of periods looks in: "qua", "tới", "trước". */
const directionText = new RegExp(`(${alternation(Object.keys(countDirections))})`, 'iu')

export const countedPeriod = rule({
  name: '<n> năm qua|tới|trước',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(unitText), regex(directionText)],
  produce: ([count, unit, direction], context) => {
    const n = tokenOf(count, 'numeral').value.value
    const period = unitWords[phraseKey(regexOf(unit).groups[1]!)]!
    const looks = countDirections[phraseKey(regexOf(direction).groups[1]!)]!
    if (looks === 'ago') return ago(context, period, n)
    return counted(context, period, n, looks === 'past' ? -1 : 1)
  }
})

/** "thập kỷ", "thập niên" after a count, or alone after nothing but "qua"/"tới": ten years each. */
const decadeText = /thập[ \t]+(?:kỷ|kỉ|niên)/iu

const decadeDirectionText = /(qua|vừa qua|tới|sắp tới|trước)(?![\p{L}\p{N}])/iu

function decadesCounted(context: Context, n: number, direction: Match | undefined): Produced<'date'> | undefined {
  const looks = countDirections[phraseKey(regexOf(direction).groups[1]!)]!
  if (looks === 'ago') return ago(context, 'year', 10 * n)
  return counted(context, 'year', 10 * n, looks === 'past' ? -1 : 1)
}

export const countedDecades = rule({
  name: '<n> thập kỷ qua|tới|trước',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(decadeText), regex(decadeDirectionText)],
  produce: ([count, , direction], context) => decadesCounted(context, tokenOf(count, 'numeral').value.value, direction)
})

export const oneDecade = rule({
  name: 'thập kỷ qua|tới',
  dimension: 'date',
  pattern: [regex(decadeText), regex(decadeDirectionText)],
  produce: ([, direction], context) => decadesCounted(context, 1, direction)
})
