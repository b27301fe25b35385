/** Hours and minutes counted from the moment of writing: "20 minutes from now", "48 hours hence". */
import { dimension, regex, rule, tokenOf, type Match } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { named } from '../helpers.js'
import { afterDuration } from '../times.js'
import { timeCounts } from './relatives.js'

const timeUnitText = new RegExp(`(?:more[ \\t]+)?(?<unit>${alternation(Object.keys(timeCounts.units))})`, 'iu')

const fromNowOnlyText = /from[ \t]+now|hence/iu

function timeUnitOf(match: Match | undefined) {
  return timeCounts.units[named(match).unit!.toLowerCase()]!
}

export const timeCountFromNow = rule({
  name: '<n> <time unit> from now',
  dimension: 'date',
  pattern: [dimension('numeral', (token) => token.value.value > 0 && !token.value.scale), regex(timeUnitText), regex(fromNowOnlyText)],
  produce: ([amount, unit], context) => afterDuration(context, timeUnitOf(unit), tokenOf(amount, 'numeral').value.value)
})
