import type { Fact } from '../schema/fact.js'
import type { FactKind } from '../schema/vocabulary.js'

/** One field that differs between a paired old and new record. */
export interface FieldChange {
  /** The field's name (`value`, `date`, `quote`…). */
  readonly field: string
  readonly old: unknown
  readonly new: unknown
}

/** An old and a new record that say the same fact, and how they differ. */
export interface FactPair {
  readonly old: Fact
  readonly new: Fact
  /** How the pair was found: the same id, the same content at another place, or an overlapping span. */
  readonly pairedBy: 'id' | 'content' | 'span'
  /** Fields other than `id` and `span` that differ; empty for a pure move. */
  readonly fields: readonly FieldChange[]
}

/** What changed in one source's records. */
export interface SourceDiff {
  /** The dataset file's path relative to the output folder, without `.facts.jsonl`. */
  readonly source: string
  /** `added`/`removed` when the whole file is new or gone. */
  readonly status: 'added' | 'removed' | 'modified'
  readonly added: readonly Fact[]
  readonly removed: readonly Fact[]
  readonly changed: readonly FactPair[]
  /** Pairs whose only difference is their position: counted, not a change. */
  readonly moved: readonly FactPair[]
}

export type KindCounts = Readonly<Record<FactKind, number>>

/** The difference between two datasets, sources that differ only, sorted by path. */
export interface DatasetDiff {
  readonly sources: readonly SourceDiff[]
  readonly totals: { readonly added: number; readonly removed: number; readonly changed: number; readonly moved: number }
}

/** Whether a diff holds any change that counts (moves do not). */
export function hasChanges(diff: DatasetDiff): boolean {
  return diff.totals.added + diff.totals.removed + diff.totals.changed > 0
}
