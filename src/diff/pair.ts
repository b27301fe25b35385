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
 * Pairs the old records of a source with the new ones, in four passes, each
 * over what the previous left:
 * 1. the same identity (kind, type, quote and value), in order and nearest
 *    place first: an id counts the quote's rank among its like, so an edit
 *    that removes one "2024" gives the next "2024" the id of the one removed;
 *    pairing by id first would show that one as moved and the next as removed;
 * 2. the same id (ids hash what a record says, not where: a value that changed);
 * 3. the same record apart from id and span (a pure move whose id changed anyway);
 * 4. the same kind and overlapping spans: the same type first, then the larger
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

  for (const [a, b] of pairByIdentity(old, next)) take(a, b, a.id === b.id ? 'id' : 'content')

  const newById = new Map<string, Fact>()
  for (const record of next) if (!newById.has(record.id)) newById.set(record.id, record)
  for (const record of [...oldLeft]) {
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

/** What a record says, apart from where it stands and what it links to. */
function identity(record: Fact): string {
  const said = record as unknown as Record<string, unknown>
  return JSON.stringify([
    record.kind,
    record.type,
    record.quote,
    said.value ?? said.name ?? null,
    said.unit ?? null,
    said.min ?? null,
    said.max ?? null
  ])
}

/** Couples of like records (same identity), each group aligned in order by `alignInOrder`. */
function pairByIdentity(old: readonly Fact[], next: readonly Fact[]): [Fact, Fact][] {
  const groups = new Map<string, { old: Fact[]; next: Fact[] }>()
  const group = (record: Fact) => {
    const key = identity(record)
    let found = groups.get(key)
    if (!found) groups.set(key, (found = { old: [], next: [] }))
    return found
  }
  for (const record of old) group(record).old.push(record)
  for (const record of next) group(record).next.push(record)
  return [...groups.values()].flatMap((found) => alignInOrder(found.old, found.next))
}

/** What leaving a record unpaired costs: more than any pairing, so that like records pair as long as both sides have one. */
const unpairedCost = 1.5

/** What pairing two like records costs: nothing at the same place; less on the same column (lines above them changed) and on a near line. */
function placeCost(a: Fact, b: Fact): number {
  const lines = Math.min(Math.abs(a.span.start.line - b.span.start.line), 10) / 10
  return (a.span.start.column === b.span.start.column ? 0 : 0.5) + lines * 0.5
}

/**
 * Pairs two lists of like records, each in the order of the text, keeping
 * that order (an edit does not swap two "2024"): the alignment of least cost,
 * as a diff of lines aligns lines. A group too large for the table is paired
 * in order.
 */
function alignInOrder(old: readonly Fact[], next: readonly Fact[]): [Fact, Fact][] {
  if (old.length === 0 || next.length === 0) return []
  if (old.length * next.length > 1_000_000) return old.slice(0, next.length).map((record, index) => [record, next[index]!])
  const width = next.length + 1
  const cost = new Float64Array((old.length + 1) * width)
  for (let i = old.length; i >= 0; i--) {
    for (let j = next.length; j >= 0; j--) {
      if (i === old.length || j === next.length) {
        cost[i * width + j] = (old.length - i + (next.length - j)) * unpairedCost
        continue
      }
      cost[i * width + j] = Math.min(
        placeCost(old[i]!, next[j]!) + cost[(i + 1) * width + j + 1]!,
        unpairedCost + cost[(i + 1) * width + j]!,
        unpairedCost + cost[i * width + j + 1]!
      )
    }
  }
  const pairs: [Fact, Fact][] = []
  for (let i = 0, j = 0; i < old.length && j < next.length;) {
    const here = cost[i * width + j]!
    if (here === placeCost(old[i]!, next[j]!) + cost[(i + 1) * width + j + 1]!) pairs.push([old[i++]!, next[j++]!])
    else if (here === unpairedCost + cost[(i + 1) * width + j]!) i++
    else j++
  }
  return pairs
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
