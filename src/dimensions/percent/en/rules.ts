import { regex, regexOf, rule } from '../../../engine/rule.js'
import { withLead } from '../../../quantity/helpers.js'
import { percentRules } from '../rules.js'

/** "%", "percent", "per cent", "pct", "percentage points", and "pc" as the papers of Pakistan and Britain write it ("up 12 pc"). */
const sign = /%|per\s?cent|pct|pc|percentage\s+points?/iu

/** "12pc", "3.2pc": "pc" glued to its number, which then reads as no number alone. */
const gluedPc = /(?<![\d.,])(?<number>\d{1,3}(?:\.\d+)?)pc/iu

export const gluedPercent = rule({
  name: '<digits>pc',
  dimension: 'percent',
  pattern: [regex(gluedPc)],
  produce: ([match], context) => ({ value: withLead({ value: Number(regexOf(match).named.number) }, regexOf(match).start, context) })
})

export const rules = [...percentRules({ sign, to: /[-–—]|to/iu, opener: /between|from/iu, openerTo: /and|to/iu }), gluedPercent]
