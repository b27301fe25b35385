import { percentRules } from '../rules.js'

/** "%", "percent", "per cent", "pct", "percentage points". */
const sign = /%|per\s?cent|pct|percentage\s+points?/iu

export const rules = percentRules({ sign, to: /[-–—]|to/iu, opener: /between|from/iu, openerTo: /and|to/iu })
