import type { EntityType } from '../../schema/vocabulary.js'

/** A person, organization, place or agreement, named as written without titles. */
export interface EntityValue {
  readonly type: EntityType
  /** The name as written, titles and possessive left out. */
  readonly name: string
  /** The title or function the text gives a person: "Minister of Commerce". */
  readonly role?: string
  /** The one English name a known place or body goes by in every language. */
  readonly canonical?: string
}

declare module '../../engine/rule.js' {
  interface DimensionValues {
    entity: EntityValue
  }
}
