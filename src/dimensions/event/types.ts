import type { Corpus } from '../corpus.js'
import type { CameoCode, EventType } from '../../schema/vocabulary.js'

/** What a trigger says by itself: the kind of happening, its CAMEO code when the trigger tells it, and whether it repeats an earlier one. */
export interface EventValue {
  readonly type: EventType
  /** A code other than the type's own, when the trigger says so ("hosted" a visit: 043); else the type's (schema/event-types.ts). */
  readonly cameo?: CameoCode
  /** "reopened", "mở lại": an embassy opened again. */
  readonly reopened?: true
  /** The trigger is a noun ("the elections", "cuộc gặp"): a later one may only mention a happening already told. */
  readonly nominal?: true
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    event: EventValue
  }
}

/** The examples of one section of a language's triggers; a language's corpus joins its sections (`joinCorpus`). */
export type CorpusPart = Pick<Corpus<'event'>, 'examples' | 'inContext' | 'negative' | 'backlog'>
