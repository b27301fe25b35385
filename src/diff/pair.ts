import { isDeepStrictEqual } from 'node:util'
import type { Fact } from '../schema/fact.js'

export interface Paired {
  readonly old: Fact
  readonly new: Fact
  readonly by: 'id' | 'content' | 'span'
}

export interface Pairing {
  readonly pairs: readonly Paired[]
  /** New records without an old one, in their order. */
  readonly added: readonly Fact[]
  /** Old records without a new one, in their order. */
  readonly removed: readonly Fact[]
}

/**
 * Pairs the old records of a source with the new ones, in three passes, each
 * over what the previous left:
 * 1. the same id (ids hash what a record says, not where, so they survive edits elsewhere);
 * 2. the same record apart from id and span (a pure move whose id changed anyway);
 * 3. the same kind and overlapping spans: the same type first, then the larger
 *    overlap, then the nearer start, so "850 triệu" pairs with "850 triệu USD".
 */
export function pairFacts(old: readonly Fact[], next: readonly Fact[]): Pairing {
  const pairs: Paired[] = []
  const oldLeft = new Set(old)
  const newLeft = new Set(next)
  const take = (a: Fact, b: Fact, by: Paired['by']) => {
    pairs.push({ old: a, new: b, by })
    oldLeft.delete(a)
    newLeft.delete(b)
  }

  const newById = new Map<string, Fact>()
  for (const record of next) if (!newById.has(record.id)) newById.set(record.id, record)
  for (const record of old) {
    const match = newById.get(record.id)
    if (match && newLeft.has(match)) take(record, match, 'id')
  }

  for (const record of [...oldLeft]) {
    const match = [...newLeft].find((candidate) => isDeepStrictEqual(withoutPlace(record), withoutPlace(candidate)))
    if (match) take(record, match, 'content')
  }

  for (const { a, b } of overlapCandidates([...oldLeft], [...newLeft])) {
    if (oldLeft.has(a) && newLeft.has(b)) take(a, b, 'span')
  }

  return { pairs, added: next.filter((record) => newLeft.has(record)), removed: old.filter((record) => oldLeft.has(record)) }
}

/** A record without what a move changes. */
export function withoutPlace(record: Fact): Record<string, unknown> {
  const { id: _id, span: _span, ...rest } = record
  return rest
}

/** Every old/new couple of one kind whose spans overlap, best first. */
function overlapCandidates(old: readonly Fact[], next: readonly Fact[]) {
  const candidates: { a: Fact; b: Fact; sameType: boolean; overlap: number; distance: number; order: number }[] = []
  old.forEach((a, oldIndex) => {
    next.forEach((b, newIndex) => {
      if (a.kind !== b.kind) return
      const overlap = Math.min(a.span.end.offset, b.span.end.offset) - Math.max(a.span.start.offset, b.span.start.offset)
      if (overlap <= 0) return
      const distance = Math.abs(a.span.start.offset - b.span.start.offset)
      candidates.push({ a, b, sameType: a.type === b.type, overlap, distance, order: oldIndex * next.length + newIndex })
    })
  })
  return candidates.sort(
    (x, y) => Number(y.sameType) - Number(x.sameType) || y.overlap - x.overlap || x.distance - y.distance || x.order - y.order
  )
}
