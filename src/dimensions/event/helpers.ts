import { regex, rule, type Rule } from '../../engine/rule.js'
import { alternation } from '../../engine/alternation.js'
import type { EventFields } from '../../facts/draft.js'
import type { CameoCode, EventType } from '../../schema/vocabulary.js'
import { eventTypeInfo } from '../../schema/event-types.js'
import type { Lang } from '../../lang.js'
import type { Corpus } from '../corpus.js'
import type { CorpusPart, EventValue } from './types.js'

/** What a language says around a trigger that makes it no report of a happening. */
export interface TriggerLanguage {
  /** Words just before a trigger that make it unreal: a plan, a forecast, a wish, a condition or a denial ("will visit", "sẽ thăm", "not signed"). */
  readonly unreal: RegExp
  /**
   * A future that reaches over the rest of its clause, read on the whole sentence before a trigger:
   * "sẽ cùng chủ trì buổi gặp ..., đồng thời cùng chủ trì cuộc gặp" plans both meetings.
   */
  readonly futureScope: RegExp
  /** A future told after a happening's noun, which makes it a plan: "the first round of talks would take place next month", "vòng đàm phán ... dự kiến diễn ra". */
  readonly futureAfter: RegExp
  /** A habit told after a trigger, which makes it no happening: "such meetings are held every year", "lũ lụt thường xảy ra". */
  readonly habitAfter: RegExp
  /**
   * The sentence before a trigger, when it restates a happening already told rather than reporting one:
   * "Đây là lần đầu Thủ tướng thăm chính thức Nhật Bản" after the visit was reported, "... là chuyến công du đầu tiên".
   */
  readonly restated?: RegExp
}

/** How a trigger decides, beyond its own words, whether it reports a happening. */
export interface TriggerOptions {
  /** The CAMEO code the trigger tells, when it is not its type's own: one of the type's variants (schema/event-types.ts). */
  readonly cameo?: CameoCode
  /** Marks the event as a repeat ("reopened") when the matched text passes this test. */
  readonly reopened?: RegExp
  /** A target is a plan by nature: "aims for", "hướng tới mục tiêu" are read whatever stands before them. */
  readonly unrealToo?: true
  /** Must be found in the stretch of the sentence before the trigger ("rút" needs an embassy named before it). */
  readonly needsBefore?: RegExp
  /** Must not be found at the end of the sentence before the trigger: a cause ("killed by floods") is no disaster of its own. */
  readonly notBefore?: RegExp
  /** Must be found in the text shortly before, across sentences ("Lần thứ hai" is a session when sessions were just named). */
  readonly needsNearby?: RegExp
  /** Must be found at the start of the rest of the sentence after the trigger ("killed" needs its victims). */
  readonly needsAfter?: RegExp
  /** Must not be found at the start of the rest of the sentence after the trigger. */
  readonly notAfter?: RegExp
  /** Must be found just before the trigger or just after it (a conference is held, attended or numbered: not a body named in a list). */
  readonly around?: { readonly before: RegExp; readonly after: RegExp }
  /** The trigger is a noun ("the elections", "cuộc gặp"): a later one may only mention a happening already told. */
  readonly nominal?: true
}

/** How far back the text is read for the tests of words before a trigger. */
const lookBack = 300
/** How far the sentence is read after a trigger. */
const lookAhead = 120
/** How much of the sentence before a trigger can hold the words that make it unreal. */
const unrealReach = 40

/** A trigger rule of one language: `trigger(name, type, pattern, options)`. */
export type Trigger = (name: string, type: EventType, pattern: RegExp, options?: TriggerOptions) => Rule<'event'>

/**
 * The trigger rules of a language: a named pattern of words that reports one
 * happening of `type`, declined when the words before it make it a plan, a
 * forecast, a condition or a denial, or when the sentence lacks what the
 * trigger needs to mean the event.
 */
export function triggers(language: TriggerLanguage): Trigger {
  return (name, type, pattern, options = {}) => {
    if (options.cameo && !eventTypeInfo[type].variants?.includes(options.cameo)) {
      throw new Error(
        `Unexpected CAMEO code ${options.cameo} for \`${type}\` in rule \`${name}\`, expected one of its variants (schema/event-types.ts)`
      )
    }
    return rule({
      // The type first, as Duckling names a rule by what it finds: 'visit: visited <place>'.
      name: `${type}: ${name}`,
      dimension: 'event',
      pattern: [regex(pattern)],
      produce: (matches, context) => {
        const match = matches[0]!
        const nearby = context.text.slice(Math.max(0, match.start - lookBack), match.start)
        const before = sentenceBefore(nearby)
        const after = sentenceAfter(context.text.slice(match.end, match.end + lookAhead))
        if (!options.unrealToo && (language.unreal.test(before.slice(-unrealReach)) || language.futureScope.test(before))) return undefined
        if (!options.unrealToo && language.restated?.test(before)) return undefined
        if (options.needsBefore && !options.needsBefore.test(before)) return undefined
        if (options.notBefore?.test(before)) return undefined
        if (options.needsNearby && !options.needsNearby.test(nearby)) return undefined
        if (options.needsAfter && !options.needsAfter.test(after)) return undefined
        if (options.notAfter?.test(after)) return undefined
        if (options.nominal && !options.unrealToo && language.futureAfter.test(after)) return undefined
        if (!options.unrealToo && language.habitAfter.test(after)) return undefined
        if (options.around && !options.around.before.test(before) && !options.around.after.test(after)) return undefined
        const text = match.kind === 'regex' ? match.text : ''
        const value: EventValue = {
          type,
          ...(options.cameo ? { cameo: options.cameo } : {}),
          ...(options.reopened?.test(text) ? { reopened: true as const } : {}),
          ...(options.nominal ? { nominal: true as const } : {})
        }
        return { value }
      }
    })
  }
}

/** The part of `before` that is in the trigger's sentence: after the last sentence end. */
function sentenceBefore(before: string): string {
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '))
  return end === -1 ? before : before.slice(end + 2)
}

/** The part of `after` that is in the trigger's sentence: up to the first sentence end. */
function sentenceAfter(after: string): string {
  const end = after.search(/[.?!](?:\s|$)/u)
  return end === -1 ? after : after.slice(0, end)
}

/** The record fields of an event token; the link stage adds date, place, participants, figure and count. */
export function eventFields(value: EventValue): EventFields {
  const cameo = value.cameo ?? eventTypeInfo[value.type].cameo
  return {
    kind: 'event',
    type: value.type,
    ...(cameo ? { cameo } : {}),
    ...(value.reopened ? { reopened: true as const } : {}),
    ...(value.nominal ? { nominal: true as const } : {})
  }
}

/**
 * A pattern of each word as written inside a sentence and at its start
 * ("floods", "Floods"; "xâm nhập mặn", "Xâm nhập mặn"), for the trigger
 * regexes, none of which has the `i` flag: their capitals keep the two forms
 * apart, so the list takes a trie's shape rather than one word after another.
 */
export function alternationWithCapitals(words: readonly string[]): string {
  return alternation([...new Set(words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]))], { caseSensitive: true })
}

/** A language's corpus from the corpora of its sections, in order. */
export function joinCorpus(lang: Lang, parts: readonly CorpusPart[]): Corpus<'event'> {
  return {
    dimension: 'event',
    lang,
    examples: parts.flatMap((part) => part.examples),
    inContext: parts.flatMap((part) => part.inContext ?? []),
    negative: parts.flatMap((part) => part.negative),
    backlog: parts.flatMap((part) => part.backlog ?? [])
  }
}
