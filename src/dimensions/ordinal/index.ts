import { defineDimension } from '../dimension.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/** Ranks ("first", "21st", "thứ nhất"): a building block of dates, with no output of its own. */
export const ordinal = defineDimension({ name: 'ordinal', dependsOn: ['numeral'], rules: { en, vi } })
