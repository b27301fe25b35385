import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { Draft, FactFields, LinkReasons } from '../facts/draft.js'
import type { Lang } from '../lang.js'
import { factId } from '../provenance/id.js'
import { spanMaker } from '../provenance/span.js'
import { linkedFields, type Span } from '../schema/fact.js'

declare module 'vfile' {
  interface DataMap {
    /** Fact records as built, before validation; the index matches `drafts`. */
    candidates: CandidateRecord[]
  }
}

/** The ids a record holds of other records, from its draft's links. */
type LinkIds = { -readonly [K in 'place' | 'figure' | 'count' | 'roleOf' | 'refersTo']?: string } & { participants?: string[] }

/**
 * A fact record as built from its draft, before the schema checks it: the
 * draft's fields, what the pipeline owns (id, source, span, quote, rule) and
 * the ids of the records it links to.
 */
export type CandidateRecord = FactFields & {
  readonly id: string
  readonly source: string
  readonly lang: Lang
  readonly span: Span
  readonly quote: string
  readonly rule: string
} & LinkIds & { links?: LinkReasons }

/**
 * Drafts → fact records: the pipeline, not the extractors, sets positions
 * (through provenance/span.ts), ids and links between records.
 */
const toRecords: Plugin<[], Root> = function () {
  return (_tree, file: VFile) => {
    const drafts = file.data.drafts ?? []
    const source = file.data.sourcePath ?? '-'
    const spans = spanMaker(String(file.value))
    const made = drafts.map((draft) => ({ draft, ...spans.make(draft.start, draft.end) }))
    const ids = assignIds(source, made)
    file.data.candidates = made.map(({ draft, span, quote }) => {
      const { links } = draft
      const idOf = (target: Draft | undefined) => (target ? ids.get(target) : undefined)
      const record: CandidateRecord = {
        id: ids.get(draft)!,
        source,
        lang: draft.lang,
        span,
        quote,
        ...draft.fields,
        rule: draft.rule
      }
      if (links.participants) record.participants = links.participants.map(idOf).filter((id) => id !== undefined)
      if (draft.fields.kind === 'event') record.participants ??= []
      for (const key of ['place', 'figure', 'count', 'roleOf', 'refersTo'] as const) {
        const id = idOf(links[key])
        if (id) record[key] = id
      }
      const reasons = reasonsOf(draft)
      return reasons ? { ...record, links: reasons } : record
    })
  }
}

export default toRecords

/** The reasons of a draft's links, in the order of its kind's linked fields; undefined when nothing was linked. */
function reasonsOf(draft: Draft): LinkReasons | undefined {
  const { reasons } = draft
  if (!reasons || draft.fields.kind === 'date') return undefined
  const ordered: LinkReasons = {}
  for (const field of linkedFields[draft.fields.kind]) if (reasons[field]) ordered[field] = reasons[field]
  return Object.keys(ordered).length > 0 ? ordered : undefined
}

/** Ids from what each record says; alike records are told apart by their rank in the file. */
function assignIds(source: string, made: readonly { draft: Draft; quote: string }[]): Map<Draft, string> {
  const ranks = new Map<string, number>()
  const ids = new Map<Draft, string>()
  const ordered = [...made].sort((a, b) => a.draft.start - b.draft.start || a.draft.end - b.draft.end)
  for (const { draft, quote } of ordered) {
    const key = `${draft.fields.kind}\u0000${draft.fields.type}\u0000${quote}`
    const rank = ranks.get(key) ?? 0
    ranks.set(key, rank + 1)
    ids.set(draft, factId(source, draft.fields.kind, draft.fields.type, quote, rank))
  }
  return ids
}
