/**
 * The kinds gold annotations use (corpus README), in the order tables list
 * them. Records map onto them in predictions.ts; counts and multipliers have
 * no gold kind and are not scored.
 */
export const goldKinds = [
  'money',
  'percent',
  'date',
  'relative_date',
  'person',
  'organization',
  'place',
  'agreement',
  'dated_figure',
  'event'
] as const
export type GoldKind = (typeof goldKinds)[number]

/** Kinds compared by their text: the same text after trimming and case-folding. */
export const nameKinds = ['relative_date', 'person', 'organization', 'place', 'agreement'] as const
export type NameKind = (typeof nameKinds)[number]

export function isGoldKind(value: string): value is GoldKind {
  return (goldKinds as readonly string[]).includes(value)
}
