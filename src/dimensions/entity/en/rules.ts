import { dimension, regex, rule, type Rule } from '../../../engine/rule.js'
import { agreementBetween, isPlace } from '../helpers.js'

/** A lower-case kind of trade agreement after the parties: "trade agreement", "free trade deal". */
const tradeAgreement = /(?:free |preferential |bilateral )?trade (?:agreement|deal|pact)/u

/** "Vietnam–Pakistan trade agreement": the parties make a lower-case agreement a named one. */
export const placesThenTradeAgreement = rule({
  name: '<place>–<place> trade agreement',
  dimension: 'entity',
  pattern: [dimension('entity', isPlace), regex(/[-–—]/u), dimension('entity', isPlace), regex(tradeAgreement)],
  produce: agreementBetween
})

export const rules: readonly Rule<'entity'>[] = [placesThenTradeAgreement]
