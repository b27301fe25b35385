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

/**
 * What a news desk reports, section by section (../shared/corpus/EVENTS.md):
 * the contract's eleven diplomatic types first, then the rest of the
 * vocabulary, which extends the contract (README, "Events").
 */
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
  'target_set',
  // diplomacy
  'relations_upgraded',
  'statement',
  // economy
  'investment',
  'launch',
  'closure',
  'trade_measure',
  // politics
  'election',
  'election_result',
  'appointment',
  'resignation',
  'policy_adopted',
  // law
  'ruling',
  'arrest',
  'lawsuit_filed',
  // society
  'protest',
  'disaster',
  'death',
  'celebration',
  // sport and culture
  'match',
  'award'
] as const
export type EventType = (typeof eventTypes)[number]

/**
 * The CAMEO codes (codebook 1.1b3, as GDELT distributes it) factline's
 * events carry, so they join with GDELT's: 010 make statement, 030 express
 * intent to cooperate, 033 express intent to provide material aid, 040
 * consult, 042 make a visit, 043 host a visit, 044 meet at a third location,
 * 046 engage in negotiation, 050 engage in diplomatic cooperation, 054 grant
 * diplomatic recognition, 057 sign formal agreement, 061 cooperate
 * economically, 070 provide aid, 085 ease economic sanctions, 115 bring
 * lawsuit against, 116 find guilty or liable, 141 demonstrate or rally, 143
 * conduct strike or boycott, 160 reduce relations, 163 impose embargo,
 * boycott or sanctions, 173 arrest, detain or charge with legal action.
 */
export const cameoCodes = [
  '010',
  '030',
  '033',
  '040',
  '042',
  '043',
  '044',
  '046',
  '050',
  '054',
  '057',
  '061',
  '070',
  '085',
  '115',
  '116',
  '141',
  '143',
  '160',
  '163',
  '173'
] as const
export type CameoCode = (typeof cameoCodes)[number]

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

/**
 * Why the link stage gave a record a linked field: one short phrase per
 * field, from this closed list, so a consumer can group records by it. Each
 * names the heuristic of `src/link/` that made the link.
 */
export const linkReasons = [
  // A figure's date (the period it measures) and baseline.
  'date right after',
  'bracketed after its date',
  'period of its clause',
  'period opening a clause',
  'period of the level it reaches',
  'period of the figure before',
  'period said before it',
  'compared period after it',
  'same months of the compared year',
  // A figure's qualifier and direction.
  'target word before',
  'forecast word before',
  'target word after',
  'forecast word after',
  'change word before',
  'change word after',
  'joined to a change',
  'no qualifier word',
  'rise or fall word before',
  'rise or fall word after',
  'from one level to another',
  // A figure's subject.
  'phrase holding the figure',
  'phrase before the figure',
  'phrase after the figure',
  'subject of the figure before',
  'read before a bare figure',
  // An event's date.
  'after the trigger in its phrase',
  'before the trigger in its phrase',
  'phrase a when-clause hangs on',
  'date-alone phrase before',
  'occasion opening its sentence',
  'date closing the phrase before',
  'happening before it in its sentence',
  'rest of its clause',
  'date-alone phrase after',
  'sentence before it',
  'occasion it refers back to',
  'sentence retelling it after',
  'happening of the sentence before',
  'its list item',
  // An event's participants, place, figure and count.
  'names of its phrase',
  'subject before an apposition',
  'names of its list item',
  'one place of each',
  'one person met separately',
  'place cue after the trigger',
  'place cue before the trigger',
  'target figure after the trigger',
  'nearest count in its phrase',
  // An entity's long form, canonical name and organization.
  'acronym after its long form',
  'acronym defined before',
  'full name met before',
  'full name of a later short name',
  'organization named in the role'
] as const
export type LinkReason = (typeof linkReasons)[number]
