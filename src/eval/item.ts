import type { Lang } from '../lang.js'
import type { NameKind } from './kinds.js'

/** What is compared, kind by kind; gold items and predictions share the shape. */
export type Fields =
  /** `value` is null for a predicted range, which has no single value. */
  | { readonly kind: 'money'; readonly value: number | null; readonly unit: string }
  | { readonly kind: 'percent'; readonly value: number | null }
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: NameKind; readonly text: string }
  | { readonly kind: 'dated_figure'; readonly value: number; readonly unit: string; readonly date: string; readonly target: boolean }
  /** A gold `date` of null matches any date; a predicted one of null is an event without a date. */
  | { readonly kind: 'event'; readonly type: string; readonly date: string | null }

/** Offsets `[start, end)` into the source's decoded text. */
export interface Range {
  readonly start: number
  readonly end: number
}

/** A gold item or a prediction, ready to be matched. */
export interface Item {
  readonly fields: Fields
  /** 1-based line of the source (split on `\n`). */
  readonly line: number
  readonly lang: Lang
  /**
   * Where the item stands in the source: a prediction's span; for a gold
   * item every occurrence of its text on its line (any may match); none for
   * a dated_figure, whose gold has no text.
   */
  readonly spans: readonly Range[]
  /** The text shown in a list of misses: the gold text or the record's quote. */
  readonly label: string
}

/** The compared values in a few words, for a list of misses. */
export function describeFields(fields: Fields): string {
  switch (fields.kind) {
    case 'money':
      return `${fields.value ?? 'range'} ${fields.unit}`
    case 'percent':
      return `${fields.value ?? 'range'} %`
    case 'date':
      return fields.value
    case 'dated_figure':
      return `${fields.value} ${fields.unit} @ ${fields.date}${fields.target ? ' (target)' : ''}`
    case 'event':
      return `${fields.type} @ ${fields.date ?? 'no date'}`
    default:
      return ''
  }
}
