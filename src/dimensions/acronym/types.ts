import type { EntityValue } from '../entity/types.js'

/** An acronym defined in brackets after the name it abbreviates: "(SAARC)", "(WTO)"; an entity of its own. */
export type AcronymValue = EntityValue

declare module '../../engine/rule.js' {
  interface DimensionValues {
    acronym: AcronymValue
  }
}
