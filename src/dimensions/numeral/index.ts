import { defineDimension } from '../dimension.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/** Numbers in digits and words: a building block of figures and dates, with no output of its own. */
export const numeral = defineDimension({ name: 'numeral', dependsOn: [], rules: { en, vi } })
