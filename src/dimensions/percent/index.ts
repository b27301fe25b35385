import { defineDimension } from '../dimension.js'
import { figureFields } from '../../quantity/helpers.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/** Percentages: "20,5%", "9 percent", "9 phần trăm", ranges and hedges. */
export const percent = defineDimension({
  name: 'percent',
  dependsOn: ['numeral'],
  rules: { en, vi },
  output: { group: 'figure', toFields: (token) => figureFields('percent', token.value, '%') }
})
