import { defineDimension } from '../dimension.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/**
 * Times of a day ("3pm", "15h30", "half past three", "9 giờ 40"): a
 * building block of dates, never a fact alone, since a time means nothing
 * until the day it falls on is known.
 */
export const clock = defineDimension({
  name: 'clock',
  dependsOn: ['numeral'],
  rules: { en, vi }
})
