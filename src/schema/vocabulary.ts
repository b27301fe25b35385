/**
 * The closed vocabularies of the record schema. Everything that names a kind,
 * a type, a grain or a qualifier is one of these tuples, never a free string.
 */
export const factKinds = ['figure', 'date', 'entity', 'event'] as const
export type FactKind = (typeof factKinds)[number]

export const figureTypes = ['money', 'percent', 'count', 'multiplier'] as const
export type FigureType = (typeof figureTypes)[number]

export const dateTypes = ['point', 'interval'] as const
export type DateType = (typeof dateTypes)[number]

export const entityTypes = ['person', 'organization', 'place', 'agreement'] as const
export type EntityType = (typeof entityTypes)[number]

export const eventTypes = [
  'relations_established',
  'embassy_opened',
  'embassy_closed',
  'office_opened',
  'agreement_signed',
  'negotiations_launched',
  'visit',
  'meeting',
  'conference',
  'support_pledged',
  'target_set'
] as const
export type EventType = (typeof eventTypes)[number]

/** How precise a date is: the contract's `grain`. */
export const grains = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const
export type Grain = (typeof grains)[number]

/** The part of a period a date names ("early 2024", "the end of the month", "cuối năm"), as TimeML's START, MID and END. */
export const periodParts = ['start', 'middle', 'end'] as const
export type PeriodPart = (typeof periodParts)[number]

export const qualifiers = ['actual', 'target', 'forecast', 'change'] as const
export type Qualifier = (typeof qualifiers)[number]

/** Which way a change went: a rise or a fall ("up 9%", "giảm 3,5%"), or the way a level moved from the one before ("from $5m to $9m"). */
export const directions = ['increase', 'decrease'] as const
export type Direction = (typeof directions)[number]
