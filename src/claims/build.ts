import { createHash } from 'node:crypto'
import { eventTypeInfo } from '../schema/event-types.js'
import type { ClaimInput } from './input.js'
import { keyText, type ClaimKey } from './key.js'
import { compareText } from '../text/compare.js'
import { subjectKey } from './subject.js'
import type { Claim, ClaimFields, ClaimStatus, ClaimValue, Support } from './types.js'

/** Relative difference under which two figures are one value told with other rounding. */
export const figureTolerance = 0.005
/** Wider for an approximate figure ("nearly $520 billion"). */
export const approxTolerance = 0.02

/**
 * A fact as its claim needs it, with the key of the claim it joins: made
 * from the records of one source alone, so a batch can set them aside source
 * by source and group them later.
 */
export interface KeyedFact {
  /** Unique to the claim, as text (`keyText`): facts with the same key are one claim. */
  readonly key: string
  /** The claim's id, from its key. */
  readonly id: string
  readonly kind: Claim['kind']
  readonly about: string
  /** The same, field by field. */
  readonly fields: ClaimFields
  /** A figure with no date: values that differ are unresolved, not a conflict. */
  readonly periodUnknown: boolean
  /** How a subject that joins two views of one flow was read. */
  readonly view: string | undefined
  readonly value: number | string | null
  readonly approx: boolean
  readonly offset: number
  readonly support: Support
}

/**
 * Merges facts of all sources into claims: figures with the same type, unit,
 * qualifier, subject and period and values within tolerance; events of the
 * same type, parties (the participants known under one name across
 * languages, else the document's pair of countries) and date, or of the same
 * type and parties alone for a type that happens once between them
 * (schema/event-types.ts); dates with the same value; entities with the same
 * canonical name. Deterministic: the same records give the same bytes.
 */
export function buildClaims(records: readonly ClaimInput[]): Claim[] {
  const groups = new Map<string, KeyedFact[]>()
  for (const fact of keyedFacts(records)) {
    const group = groups.get(fact.key)
    if (group) group.push(fact)
    else groups.set(fact.key, [fact])
  }
  return [...groups.values()].map(claimOf).sort(compareClaims)
}

/** The keyed facts of records; the records of one source are enough, since pairs and participants are a source's own. */
export function keyedFacts(records: readonly ClaimInput[]): KeyedFact[] {
  const pairs = documentPairs(records)
  // Only names known across languages ("Hà Nội" and "Hanoi" share one) tell the parties of one happening told in two languages.
  const canonicalNames = new Map(
    records.filter(isEntity).flatMap((entity) => (entity.canonical ? [[entity.id, entity.canonical] as const] : []))
  )
  const ids = new Map<string, string>()
  const keyed: KeyedFact[] = []
  const add = (
    claimKey: ClaimKey,
    about: string,
    fields: ClaimFields,
    fact: ClaimInput,
    extra: { periodUnknown?: boolean; view?: string } = {}
  ) => {
    const key = keyText(claimKey)
    let id = ids.get(key)
    if (id === undefined) ids.set(key, (id = createHash('sha256').update(key).digest('hex').slice(0, 16)))
    keyed.push({
      key,
      id,
      kind: claimKey.kind,
      about,
      fields,
      periodUnknown: extra.periodUnknown ?? false,
      view: extra.view,
      value: valueOf(fact),
      approx: fact.kind === 'figure' && fact.approx === true,
      offset: fact.offset,
      support: { source: fact.source, id: fact.id, line: fact.line, quote: fact.quote, lang: fact.lang }
    })
  }

  for (const fact of records) {
    if (fact.kind === 'figure' && fact.subject) {
      const subject = subjectKey(fact.subject, pairs.get(fact.source) ?? [])
      const period = fact.date?.value ?? 'unknown period'
      // A target or a forecast is not a measure of the same thing as what happened.
      const qualifier = fact.qualifier && fact.qualifier !== 'actual' ? ` ${fact.qualifier}` : ''
      const about = `${fact.type} ${fact.unit}${qualifier} · ${subject.key} · ${period}`
      const fields = { type: fact.type, unit: fact.unit, qualifier: fact.qualifier, subject: subject.key, period: fact.date?.value ?? null }
      add({ kind: 'figure', about }, about, fields, fact, {
        ...(fact.date ? {} : { periodUnknown: true }),
        ...(subject.view ? { view: subject.view } : {})
      })
    } else if (fact.kind === 'date' && fact.value !== null) {
      add({ kind: 'date', value: fact.value }, `date ${fact.value}`, { period: fact.value }, fact)
    } else if (fact.kind === 'entity') {
      const name = fact.canonical ?? fact.name
      add({ kind: 'entity', type: fact.type, name }, `${fact.type} ${name}`, { type: fact.type, name }, fact)
    } else if (fact.kind === 'event') {
      const named = [...new Set(fact.participants.flatMap((id) => canonicalNames.get(id) ?? []))]
      // "the two countries", "hai nước": the parties of a bilateral article are its pair.
      const participants = (named.length >= 2 ? named : [...new Set([...named, ...(pairs.get(fact.source) ?? [])])]).sort()
      const parties = participants.join(', ')
      const once = eventTypeInfo[fact.type].once === true
      const date = once ? '' : ` · ${fact.date?.value ?? 'undated'}`
      const about = `${fact.type} · ${parties || 'unnamed parties'}${date}`
      // Of an event that happens once, the date is the claim's value, not its period.
      const fields = { type: fact.type, participants, ...(once ? {} : { period: fact.date?.value ?? null }) }
      // Without a date two mentions cannot be told to be one happening: each stands alone.
      const alone = !once && !fact.date ? { alone: { source: fact.source, id: fact.id } } : {}
      add({ kind: 'event', about, ...alone }, about, fields, fact)
    }
  }
  return keyed
}

/** The claim of the facts of one key; its id comes from the key, so claims about alike things (two undated events) keep apart ids. */
export function claimOf(facts: readonly KeyedFact[]): Claim {
  const { id, kind, about, fields } = facts[0]!
  const values = clusterValues(facts)
  const sources = [...new Set(facts.map((fact) => fact.support.source))].sort()
  const verdict = statusOf({
    sources: sources.length,
    values: values.length,
    periodUnknown: facts.some((fact) => fact.periodUnknown),
    views: [...new Set(facts.flatMap((fact) => fact.view ?? []))].sort()
  })
  return { id, kind, about, ...fields, status: verdict.status, values, ...(verdict.note ? { note: verdict.note } : {}), sources }
}

/** What a claim's status and note depend on: how many sources and values it has, whether a period is unknown, the views of its flow (sorted). */
export interface ClaimShape {
  readonly sources: number
  readonly values: number
  readonly periodUnknown: boolean
  readonly views: readonly string[]
}

export function statusOf(shape: ClaimShape): { status: ClaimStatus; note: string | undefined } {
  let status: ClaimStatus = shape.sources > 1 ? 'agreed' : 'single'
  let note: string | undefined
  if (shape.values > 1) {
    status = shape.periodUnknown ? 'unresolved' : 'conflict'
    note = shape.periodUnknown
      ? 'values differ, but the period is unknown (no date in the sentence, or a relative date without a reference day): not a conflict'
      : `sources give ${shape.values} different values`
  }
  if (shape.views.length > 1) note = [note, `one flow seen from both ends: ${shape.views.join('; ')}`].filter(Boolean).join('. ')
  return { status, note }
}

/** The order of the claims file: conflicts first, then unresolved, agreed and single claims, each by what they are about. */
export function compareClaims(a: Claim, b: Claim): number {
  return statusRank(a.status) - statusRank(b.status) || compareText(a.about, b.about) || compareText(a.id, b.id)
}

/** Groups facts by value; figures within tolerance are one value. */
function clusterValues(facts: readonly KeyedFact[]): ClaimValue[] {
  const clusters: (ValueCluster & { support: Support[] })[] = []
  for (const fact of [...facts].sort(compareSupport)) clusterOf(clusters, fact, () => ({ support: [] })).support.push(fact.support)
  return clusters
    .sort((a, b) => compareClusters(a, a.support.length, b, b.support.length))
    .map(({ value, support }) => ({ value, support }))
}

/** The order of a claim's supports, and so of its values' first supports: by source, then by place in it. */
export function compareSupport(a: KeyedFact, b: KeyedFact): number {
  return compareText(a.support.source, b.support.source) || a.offset - b.offset
}

/** A value of a claim as its facts are grouped: the first of a run of figures within tolerance, or the exact one among them. */
export interface ValueCluster {
  value: number | string | null
  approx: boolean
}

/** The cluster among `clusters` that a fact's value joins, or a new one made by `make` and added; keeps the exact figure over an approximate one as the cluster's value. */
export function clusterOf<C extends ValueCluster>(clusters: C[], fact: KeyedFact, make: () => Omit<C, keyof ValueCluster>): C {
  const { value, approx } = fact
  const match = clusters.find((cluster) => sameValue(cluster.value, value, cluster.approx || approx))
  if (!match) {
    const made = { ...make(), value, approx } as C
    clusters.push(made)
    return made
  }
  if (match.approx && !approx) Object.assign(match, { value, approx })
  return match
}

/** The order of a claim's values: the most supported first, then by value. */
export function compareClusters(a: ValueCluster, aSupports: number, b: ValueCluster, bSupports: number): number {
  return bSupports - aSupports || compareText(String(a.value), String(b.value))
}

function valueOf(fact: ClaimInput): number | string | null {
  switch (fact.kind) {
    case 'figure':
      return fact.value ?? (fact.min !== undefined || fact.max !== undefined ? `${fact.min ?? ''}–${fact.max ?? ''}` : null)
    case 'date':
      return fact.value
    case 'entity':
      return fact.canonical ?? fact.name
    case 'event':
      return fact.date?.value ?? null
  }
}

function sameValue(a: number | string | null, b: number | string | null, approx: boolean): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    const scale = Math.max(Math.abs(a), Math.abs(b))
    return scale === 0 || Math.abs(a - b) / scale <= (approx ? approxTolerance : figureTolerance)
  }
  return a === b
}

/** The two countries a document is mostly about, by how often it names them. */
function documentPairs(records: readonly ClaimInput[]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>()
  for (const fact of records) {
    if (!isEntity(fact) || fact.type !== 'place' || !fact.canonical) continue
    const bySource = counts.get(fact.source) ?? new Map<string, number>()
    bySource.set(fact.canonical, (bySource.get(fact.canonical) ?? 0) + 1)
    counts.set(fact.source, bySource)
  }
  return new Map(
    [...counts].map(([source, names]) => [
      source,
      [...names]
        .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
        .slice(0, 2)
        .map(([name]) => name)
    ])
  )
}

function isEntity(fact: ClaimInput): fact is Extract<ClaimInput, { kind: 'entity' }> {
  return fact.kind === 'entity'
}

export function statusRank(status: ClaimStatus): number {
  return ['conflict', 'unresolved', 'agreed', 'single'].indexOf(status)
}
