import { percentRules } from '../rules.js'

/** "%", "phần trăm", "điểm phần trăm" (percentage points). */
const sign = /%|(?:điểm\s+)?phần\s+trăm/iu

export const rules = percentRules({ sign, to: /[-–—]|đến|tới/iu, opener: /từ|giữa/iu, openerTo: /đến|tới|và/iu })
