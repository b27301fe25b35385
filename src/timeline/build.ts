import { compareText } from '../text/compare.js'
import { eventTypeInfo, type EventSection } from '../schema/event-types.js'
import type { Fact } from '../schema/fact.js'

type EventFact = Extract<Fact, { kind: 'event' }>

/** One mention of a happening: where it is told, and by whom. */
export interface TimelineMention {
  readonly source: string
  readonly line: number
  readonly lang: string
  readonly quote: string
  readonly id: string
  /** Names of the participants, as their records give them (canonical when known). */
  readonly participants: readonly string[]
  readonly place?: string
  /** The CAMEO code the mention carries ("042" a visit made, "043" one hosted). */
  readonly cameo?: string
  /** A casualty's count, as its figure is written ("19 people"). */
  readonly count?: string
}

/** A happening: one type on one date, with every mention of it across sources. */
export interface TimelineEntry {
  readonly date: string | null
  readonly grain: string | null
  readonly type: string
  /** The section of a news desk the type belongs to: diplomacy, economy, politics, law, society, sport. */
  readonly section: EventSection
  readonly mentions: readonly TimelineMention[]
}

/**
 * The events of a dataset in date order (undated last). Mentions of the same
 * type on the same date are one happening, whatever the source or language;
 * an undated mention cannot be matched to another and stands alone.
 */
export function buildTimeline(records: readonly Fact[]): TimelineEntry[] {
  const names = new Map<string, string>()
  for (const record of records) {
    if (record.kind === 'entity') names.set(`${record.source}\u0000${record.id}`, record.canonical ?? record.name)
    if (record.kind === 'figure') names.set(`${record.source}\u0000${record.id}`, record.quote)
  }
  const nameOf = (event: EventFact, id: string) => names.get(`${event.source}\u0000${id}`)
  const entries = new Map<string, Omit<TimelineEntry, 'mentions'> & { mentions: TimelineMention[] }>()
  for (const record of records) {
    if (record.kind !== 'event') continue
    const date = record.date?.value ?? null
    // U+FFFF sorts undated mentions after every ISO date.
    const key = date === null ? `\uffff${record.source}\u0000${record.id}` : `${date}\u0000${record.type}`
    const entry = entries.get(key) ?? {
      date,
      grain: record.date?.grain ?? null,
      type: record.type,
      section: eventTypeInfo[record.type].section,
      mentions: []
    }
    const place = record.place === undefined ? undefined : nameOf(record, record.place)
    const count = record.count === undefined ? undefined : nameOf(record, record.count)
    entry.mentions.push({
      source: record.source,
      line: record.span.start.line,
      lang: record.lang,
      quote: record.quote,
      id: record.id,
      participants: [...new Set(record.participants.map((id) => nameOf(record, id)).filter((name): name is string => name !== undefined))],
      ...(place ? { place } : {}),
      ...(record.cameo ? { cameo: record.cameo } : {}),
      ...(count ? { count } : {})
    })
    entries.set(key, entry)
  }
  return [...entries.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, entry]) => ({ ...entry, mentions: entry.mentions.sort((a, b) => compareText(a.source, b.source) || a.line - b.line) }))
}
