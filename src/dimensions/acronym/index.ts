import { defineDimension } from '../dimension.js'
import { entityFields } from '../entity/helpers.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/**
 * Acronyms defined in brackets ("(SAARC)", "(WTO)"): reported beside the
 * name they follow or stand in, so they have their own output group.
 */
export const acronym = defineDimension({
  name: 'acronym',
  dependsOn: [],
  rules: { en, vi },
  output: { group: 'acronym', toFields: (token) => entityFields(token.value) }
})
