import { defineDimension } from '../dimension.js'
import { figureFields } from '../../quantity/helpers.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/** Amounts of money with their currency (ISO 4217), hedges and ranges. */
export const money = defineDimension({
  name: 'money',
  dependsOn: ['numeral'],
  rules: { en, vi },
  output: {
    group: 'figure',
    // An amount in a shared sign its document leaves open ("Rs" where no country says which rupee) has no unit.
    toFields: (token) =>
      token.value.currency || token.value.unsettled ? figureFields('money', token.value, token.value.currency) : undefined
  }
})
