import type { Rule } from '../../../engine/rule.js'
import { diplomacy } from './rules/diplomacy.js'
import { economy } from './rules/economy.js'
import { law } from './rules/law.js'
import { politics } from './rules/politics.js'
import { society } from './rules/society.js'
import { sport } from './rules/sport.js'

/** The Vietnamese triggers, section by section of a news desk (../shared/corpus/EVENTS.md). */
export const rules: readonly Rule<'event'>[] = [...diplomacy, ...economy, ...politics, ...law, ...society, ...sport]
