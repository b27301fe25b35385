import { dimension, regex, rule, type Rule } from '../../../engine/rule.js'
import { agreementBetween, isPlace } from '../helpers.js'

/** A lower-case kind of agreement named by its parties: "hiệp định thương mại", "hiệp định thương mại tự do". */
const tradeAgreement = /[Hh]iệp định (?:thương mại(?: tự do| ưu đãi)?|hợp tác)/u

/** "Hiệp định thương mại Việt Nam - Pakistan": the parties after a lower-case agreement make it a named one. */
export const tradeAgreementBetweenPlaces = rule({
  name: 'hiệp định thương mại <place>–<place>',
  dimension: 'entity',
  pattern: [regex(tradeAgreement), dimension('entity', isPlace), regex(/[-–—]/u), dimension('entity', isPlace)],
  produce: agreementBetween
})

export const rules: readonly Rule<'entity'>[] = [tradeAgreementBetweenPlaces]
