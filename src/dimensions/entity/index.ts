import { defineDimension } from '../dimension.js'
import { rules as en } from './en/rules.js'
import { scanEnglish } from './en/scanner.js'
import { entityFields } from './helpers.js'
import { rules as vi } from './vi/rules.js'
import { scanVietnamese } from './vi/scanner.js'
import './types.js'

/**
 * People, organizations, places and agreements. Scanners seed the candidates
 * (gazetteer, capitalized runs with their triggers, compromise in English);
 * rules build on them; the longest name wins.
 */
export const entity = defineDimension({
  name: 'entity',
  dependsOn: [],
  rules: { en, vi },
  scanners: { en: scanEnglish, vi: scanVietnamese },
  output: { group: 'entity', toFields: (token) => entityFields(token.value) }
})
