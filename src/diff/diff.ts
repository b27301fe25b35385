import { isDeepStrictEqual } from 'node:util'
import type { Fact } from '../schema/fact.js'
import type { Dataset } from './dataset.js'
import { pairFacts, withoutPlace, type Paired } from './pair.js'
import type { DatasetDiff, FactPair, FieldChange, SourceDiff } from './types.js'

/** Fields that hold ids of other records of the same source. */
const referenceFields = new Set(['participants', 'place', 'figure', 'roleOf', 'refersTo'])

/** Compares two datasets source by source; sources with no difference at all are left out. */
export function diffDatasets(old: Dataset, next: Dataset): DatasetDiff {
  const keys = [...new Set([...old.keys(), ...next.keys()])].sort()
  const sources: SourceDiff[] = []
  for (const key of keys) {
    const before = old.get(key)
    const after = next.get(key)
    const diff = diffSource(
      key,
      before?.facts ?? [],
      after?.facts ?? [],
      before === undefined ? 'added' : after === undefined ? 'removed' : 'modified'
    )
    if (diff.added.length + diff.removed.length + diff.changed.length + diff.moved.length > 0) sources.push(diff)
  }
  const total = (pick: (source: SourceDiff) => readonly unknown[]) => sources.reduce((sum, source) => sum + pick(source).length, 0)
  return {
    sources,
    totals: {
      added: total((source) => source.added),
      removed: total((source) => source.removed),
      changed: total((source) => source.changed),
      moved: total((source) => source.moved)
    }
  }
}

export function diffSource(source: string, old: readonly Fact[], next: readonly Fact[], status: SourceDiff['status']): SourceDiff {
  const { pairs, added, removed } = pairFacts(old, next)
  const renamed = new Map(pairs.map((pair) => [pair.old.id, pair.new.id]))
  const compared = pairs.map((pair) => comparePair(pair, renamed))
  return {
    source,
    status,
    added,
    removed,
    changed: compared.filter((pair) => pair.fields.length > 0).sort((a, b) => a.new.span.start.offset - b.new.span.start.offset),
    // Where the text stands, by line and column: a field added to every point (code-point offsets, schema 1.2) is not a move.
    moved: compared.filter((pair) => pair.fields.length === 0 && !samePlace(pair.old, pair.new))
  }
}

/**
 * Whether two records stand at the same line and column: a record whose line
 * kept its text did not move, though an edit of a line above shifted its offsets.
 */
function samePlace(a: Fact, b: Fact): boolean {
  const point = (at: Fact['span']['start']) => `${at.line}:${at.column}`
  return point(a.span.start) === point(b.span.start) && point(a.span.end) === point(b.span.end)
}

/**
 * The fields other than id and span that differ. References to other records
 * are compared through the pairing, so a participant whose id changed but
 * that pairs with the same record is no change.
 */
function comparePair(pair: Paired, renamed: ReadonlyMap<string, string>): FactPair {
  const before = withoutPlace(pair.old)
  const after = withoutPlace(pair.new)
  const fields: FieldChange[] = []
  for (const field of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const comparable = referenceFields.has(field) ? renameIds(before[field], renamed) : before[field]
    if (!isDeepStrictEqual(comparable, after[field])) fields.push({ field, old: before[field], new: after[field] })
  }
  return { old: pair.old, new: pair.new, pairedBy: pair.by, fields }
}

function renameIds(value: unknown, renamed: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return renamed.get(value) ?? value
  if (Array.isArray(value)) return value.map((item) => renameIds(item, renamed))
  return value
}
