import type { Fact } from '../../schema/fact.js'
import { withoutPlace } from '../pair.js'
import type { FactPair, SourceDiff } from '../types.js'

/** Fields every record has, shown apart from the kind-specific ones. */
const baseFields = new Set(['kind', 'type', 'source', 'lang', 'quote', 'rule'])

/** `line:column` of the record's start. */
export function place(fact: Fact): string {
  return `${fact.span.start.line}:${fact.span.start.column}`
}

/** `figure/money` */
export function kindType(fact: Fact): string {
  return `${fact.kind}/${fact.type}`
}

/** A field's value as compact JSON; `—` when the record has no such field. */
export function valueText(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value)
}

/** The kind-specific fields of a record as `name=value` pairs: what a reviewer checks. */
export function factFields(fact: Fact): string[] {
  return Object.entries(withoutPlace(fact))
    .filter(([field]) => !baseFields.has(field))
    .map(([field, value]) => `${field}=${valueText(value)}`)
}

/** Where and what a pair says: `1:42 «a» → 1:43 «b»`, or once when both sides agree. */
export function pairHeading(pair: FactPair): { at: string; quote: string } {
  const [oldAt, newAt] = [place(pair.old), place(pair.new)]
  return {
    at: oldAt === newAt ? newAt : `${oldAt} → ${newAt}`,
    quote: pair.old.quote === pair.new.quote ? pair.new.quote : `${pair.old.quote} → ${pair.new.quote}`
  }
}

/** `+2 −1 ~1` and the moves, for a summary line or cell. */
export function counts(source: SourceDiff): { added: number; removed: number; changed: number; moved: number } {
  return { added: source.added.length, removed: source.removed.length, changed: source.changed.length, moved: source.moved.length }
}
