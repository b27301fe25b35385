import { defineDimension } from '../dimension.js'
import { figureFields } from '../../quantity/helpers.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/** Counts of things and durations that are not dates: "250 million people", "417 bài đăng", "50 năm". */
export const count = defineDimension({
  name: 'count',
  dependsOn: ['numeral'],
  rules: { en, vi },
  // A duration inside a date is part of it: "the past 50 years", "6 tháng đầu năm 2024".
  output: { group: 'figure', yieldsTo: ['date'], toFields: (token) => figureFields('count', token.value, token.value.unit) }
})
