import type { Dimension } from './dimension.js'
import { acronym } from './acronym/index.js'
import { clock } from './clock/index.js'
import { count } from './count/index.js'
import { date } from './date/index.js'
import { entity } from './entity/index.js'
import { event } from './event/index.js'
import { money } from './money/index.js'
import { multiplier } from './multiplier/index.js'
import { numeral } from './numeral/index.js'
import { ordinal } from './ordinal/index.js'
import { percent } from './percent/index.js'

/**
 * Every dimension factline knows. Only the list: the order they run in comes
 * from each one's `dependsOn`, and tokens compete only within an output group.
 */
export const dimensions: readonly Dimension[] = [numeral, ordinal, clock, money, percent, count, multiplier, entity, acronym, date, event]
