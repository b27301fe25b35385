import type { Lang } from '../lang.js'
import type { DateFact, EntityFact, EventFact, FigureFact, LinkedField } from '../schema/fact.js'
import type { LinkReason, Qualifier } from '../schema/vocabulary.js'

/** Fields the pipeline owns: positions, ids, provenance. Extractors never set them. */
type Owned = 'id' | 'source' | 'lang' | 'span' | 'quote' | 'rule' | 'links'

/** What an extractor says of a figure; the link stage adds `date`, `qualifier` and `subject`. */
export type FigureFields = Omit<FigureFact, Owned | 'qualifier'> & { qualifier?: Qualifier }
export type DateFields = Omit<DateFact, Owned>
/** What an extractor says of an entity; ids of related records come from `links`. */
export type EntityFields = Omit<EntityFact, Owned | 'roleOf' | 'refersTo'>
/** What an extractor says of an event; the link stage fills its arguments. */
export type EventFields = Omit<EventFact, Owned | 'participants' | 'place' | 'figure' | 'count' | 'date'> & {
  date?: EventFact['date']
  /** The trigger is a noun ("the elections"), which may mention a happening already told: read by the link stage, never written. */
  nominal?: true
}

export type FactFields = FigureFields | DateFields | EntityFields | EventFields

/** Other drafts a draft points to; they become record ids when records are made. */
export interface DraftLinks {
  participants?: Draft[]
  place?: Draft
  figure?: Draft
  count?: Draft
  roleOf?: Draft
  refersTo?: Draft
}

/**
 * A fact found in one file, before it is a record: its fields, where it
 * stands in the source (offsets into `file.value`) and which rule said so.
 */
export interface Draft<F extends FactFields = FactFields> {
  fields: F
  /** Offsets into the decoded source text, end exclusive. */
  readonly start: number
  readonly end: number
  readonly lang: Lang
  readonly rule: string
  /** Index of the block (`file.data.blocks`) the fact stands in. */
  readonly block: number
  /** Index of the sentence (`file.data.sentences`) the fact stands in. */
  readonly sentence: number
  links: DraftLinks
  /** Why the link stage linked each field it filled: the record's `links`. */
  reasons?: LinkReasons
}

/** A reason per linked field. */
export type LinkReasons = { [F in LinkedField]?: LinkReason }

/** A field the link stage found, with the reason it was found. */
export interface Linked<T> {
  readonly value: T
  readonly reason: LinkReason
}

/** Records why `draft` got each of `found` (fields left out are not linked). */
export function giveReasons(draft: Draft, found: LinkReasons): void {
  const given = Object.entries(found).filter(([, reason]) => reason !== undefined)
  if (given.length > 0) draft.reasons = { ...draft.reasons, ...Object.fromEntries(given) }
}

export function isKind<K extends FactFields['kind']>(draft: Draft, kind: K): draft is Draft<Extract<FactFields, { kind: K }>> {
  return draft.fields.kind === kind
}
