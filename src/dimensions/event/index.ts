import { defineDimension } from '../dimension.js'
import { rules as en } from './en/rules.js'
import { eventFields } from './helpers.js'
import { rules as vi } from './vi/rules.js'
import './types.js'

/**
 * Events: the words that report a happening between parties (relations
 * established, an embassy opened, a visit, a meeting, an agreement signed, a
 * target set). A token is the trigger; its date, place, participants and
 * figure are found by the link stage (link/events.ts), which also makes one
 * event per item when one trigger governs a list.
 */
export const event = defineDimension({
  name: 'event',
  dependsOn: [],
  rules: { en, vi },
  output: { group: 'event', toFields: (token) => eventFields(token.value) }
})
