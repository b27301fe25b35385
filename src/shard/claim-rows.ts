import type { DuckDBAppender } from '@duckdb/node-api'
import type { KeyedFact } from '../claims/build.js'

/**
 * A keyed fact as a row of the claim inputs a shard writes and the reduce
 * reads: the fields `claimOf` needs, and what orders them. DuckDB compares
 * text by its UTF-8 bytes, the claims by UTF-16 code units (`compareText`);
 * the two differ where a character past U+FFFF meets one of U+E000–U+FFFF,
 * so the text a claim is sorted by goes along as UTF-16BE bytes, whose
 * order as bytes is the code units' order.
 */
export const claimColumns = [
  ['key', 'VARCHAR'],
  ['id', 'VARCHAR'],
  ['kind', 'VARCHAR'],
  ['about', 'VARCHAR'],
  ['about_order', 'BLOB'],
  /** What the claim is about, field by field, as JSON. */
  ['fields', 'VARCHAR'],
  ['period_unknown', 'BOOLEAN'],
  ['view', 'VARCHAR'],
  /** The value as JSON: a number, a string or null. */
  ['value', 'VARCHAR'],
  ['approx', 'BOOLEAN'],
  ['offset', 'BIGINT'],
  ['source', 'VARCHAR'],
  ['source_order', 'BLOB'],
  ['fact_id', 'VARCHAR'],
  ['line', 'BIGINT'],
  ['quote', 'VARCHAR'],
  ['lang', 'VARCHAR'],
  /** Its place among the keyed facts of its source: what keeps two facts equal in all else in the order a run adds them. */
  ['ordinal', 'BIGINT']
] as const

/** The order `compareFacts` of `src/claims/spill.ts` gives: by what the claim is about, its id and key, then by source and place in it. */
export const claimOrder = 'about_order, id, key, source_order, "offset", ordinal'

/** The columns read back to build claims, in the order `toKeyedFact` takes them. */
export const claimFields = 'key, id, kind, about, fields, period_unknown, view, value, approx, "offset", source, fact_id, line, quote, lang'

/** The partition of a claim, from its id (a hash of its key). */
export function partitionOf(fact: KeyedFact, partitions: number): number {
  return Number.parseInt(fact.id.slice(0, 8), 16) % partitions
}

export function appendClaimRow(appender: DuckDBAppender, fact: KeyedFact, ordinal: number, partition: number): void {
  const { source, id, line, quote, lang } = fact.support
  appender.appendInteger(partition)
  appender.appendVarchar(fact.key)
  appender.appendVarchar(fact.id)
  appender.appendVarchar(fact.kind)
  appender.appendVarchar(fact.about)
  appender.appendBlob(utf16Order(fact.about))
  appender.appendVarchar(JSON.stringify(fact.fields))
  appender.appendBoolean(fact.periodUnknown)
  if (fact.view === undefined) appender.appendNull()
  else appender.appendVarchar(fact.view)
  appender.appendVarchar(JSON.stringify(fact.value))
  appender.appendBoolean(fact.approx)
  appender.appendBigInt(BigInt(fact.offset))
  appender.appendVarchar(source)
  appender.appendBlob(utf16Order(source))
  appender.appendVarchar(id)
  appender.appendBigInt(BigInt(line))
  appender.appendVarchar(quote)
  appender.appendVarchar(lang)
  appender.appendBigInt(BigInt(ordinal))
  appender.endRow()
}

type ClaimRow = [
  string,
  string,
  KeyedFact['kind'],
  string,
  string,
  boolean,
  string | null,
  string,
  boolean,
  bigint,
  string,
  string,
  bigint,
  string,
  KeyedFact['support']['lang']
]

/** A row of `claimFields` back as the keyed fact it was made from. */
export function toKeyedFact(row: readonly unknown[]): KeyedFact {
  const [key, id, kind, about, fields, periodUnknown, view, value, approx, offset, source, factId, line, quote, lang] = row as ClaimRow
  return {
    key,
    id,
    kind,
    about,
    fields: JSON.parse(fields) as KeyedFact['fields'],
    periodUnknown,
    view: view ?? undefined,
    value: JSON.parse(value) as KeyedFact['value'],
    approx,
    offset: Number(offset),
    support: { source, id: factId, line: Number(line), quote, lang }
  }
}

/** The UTF-16 code units of `text`, big end first: compared as bytes, they order as `compareText` orders the text. */
export function utf16Order(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16()
}
