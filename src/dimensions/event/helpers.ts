import { regex, rule, type Rule } from '../../engine/rule.js'
import type { EventFields } from '../../facts/draft.js'
import type { EventType } from '../../schema/vocabulary.js'
import type { EventValue } from './types.js'

/** How a trigger decides, beyond its own words, whether it reports a happening. */
export interface TriggerOptions {
  /** Marks the event as a repeat ("reopened") when the matched text passes this test. */
  readonly reopened?: RegExp
  /** Words just before the trigger that make it a plan or a wish, not a report. */
  readonly planned?: RegExp
  /** Must be found in the stretch of the sentence before the trigger ("rút" needs an embassy named before it). */
  readonly needsBefore?: RegExp
  /** Must be found in the text shortly before, across sentences ("Lần thứ hai" is a session when sessions were just named). */
  readonly needsNearby?: RegExp
}

/** How far back the sentence is read for `planned` and `needsBefore`. */
const lookBack = 160

/**
 * A trigger rule: a named pattern of words that reports one happening of
 * `type`, declined when the words before it make it a plan, or lack what the
 * trigger needs to mean the event.
 */
export function trigger(name: string, type: EventType, pattern: RegExp, options: TriggerOptions = {}): Rule<'event'> {
  return rule({
    name,
    dimension: 'event',
    pattern: [regex(pattern)],
    produce: (matches, context) => {
      const match = matches[0]!
      const nearby = context.text.slice(Math.max(0, match.start - lookBack), match.start)
      const before = sentenceBefore(nearby)
      if (options.planned?.test(before.slice(-40))) return undefined
      if (options.needsBefore && !options.needsBefore.test(before)) return undefined
      if (options.needsNearby && !options.needsNearby.test(nearby)) return undefined
      const text = match.kind === 'regex' ? match.text : ''
      const value: EventValue = options.reopened?.test(text) ? { type, reopened: true } : { type }
      return { value }
    }
  })
}

/** The part of `before` that is in the trigger's sentence: after the last sentence end. */
function sentenceBefore(before: string): string {
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '))
  return end === -1 ? before : before.slice(end + 2)
}

/** The record fields of an event token; the link stage adds date, place, participants and figure. */
export function eventFields(value: EventValue): EventFields {
  return { kind: 'event', type: value.type, ...(value.reopened ? { reopened: true as const } : {}) }
}
