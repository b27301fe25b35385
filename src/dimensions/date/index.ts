import { defineDimension } from '../dimension.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/**
 * Dates as precise as the text says them: days, months, years, their
 * ranges, quarters, fiscal years and decades, and dates said relative to
 * the day of writing, resolved only against a known reference day.
 */
export const date = defineDimension({
  name: 'date',
  dependsOn: ['numeral', 'ordinal', 'clock'],
  rules: { en, vi },
  output: {
    group: 'date',
    toFields: ({ value }) => ({
      kind: 'date',
      type: value.value?.includes('/') ? 'interval' : 'point',
      value: value.value,
      grain: value.grain,
      ...(value.part ? { part: value.part } : {}),
      ...(value.relative ? { relative: true as const } : {})
    })
  }
})
