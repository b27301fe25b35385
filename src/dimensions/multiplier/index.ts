import { defineDimension } from '../dimension.js'
import { figureFields } from '../../quantity/helpers.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/** Factors: "five to ten times", "two-fold", "gấp 5-10 lần" ("tripled" names no number and is left out). */
export const multiplier = defineDimension({
  name: 'multiplier',
  dependsOn: ['numeral'],
  rules: { en, vi },
  output: { group: 'figure', toFields: (token) => figureFields('multiplier', token.value, 'times') }
})
