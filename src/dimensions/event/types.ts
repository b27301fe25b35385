import type { EventType } from '../../schema/vocabulary.js'

/** What a trigger says by itself: the kind of happening, and whether it repeats an earlier one. */
export interface EventValue {
  readonly type: EventType
  /** "reopened", "mở lại": an embassy opened again. */
  readonly reopened?: true
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    event: EventValue
  }
}
