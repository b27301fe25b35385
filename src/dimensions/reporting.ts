import type { DimensionName } from '../engine/rule.js'

/**
 * The names of the dimensions that report facts, the extractors a config may
 * name. Kept apart from the dimensions themselves so that loading the config
 * does not compile every rule (a run served by the cache never needs them);
 * tests/config.test.ts checks that the two lists agree.
 */
export const reportingDimensions = [
  'money',
  'percent',
  'count',
  'multiplier',
  'entity',
  'acronym',
  'date',
  'event'
] as const satisfies readonly DimensionName[]

/** A dimension a config may name as an extractor. */
export type ReportingDimension = (typeof reportingDimensions)[number]
