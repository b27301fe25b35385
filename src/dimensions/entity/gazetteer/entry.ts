import type { EntityType } from '../../../schema/vocabulary.js'

/** A well-known place or body, with its names in both languages and one canonical (English) name. */
export interface GazetteerEntry {
  readonly type: EntityType
  /** The English name shared by every language's mention. */
  readonly canonical: string
  readonly en: readonly string[]
  readonly vi: readonly string[]
}

/**
 * Entries from rows `[english names, vietnamese names]`, names separated by
 * `|`; the first English name is the canonical one. Rows keep the data files
 * readable as tables.
 */
export function entries(type: EntityType, rows: readonly (readonly [string, string])[]): GazetteerEntry[] {
  return rows.map(([en, vi]) => {
    const english = en.split('|')
    return { type, canonical: english[0]!, en: english, vi: vi.split('|') }
  })
}
