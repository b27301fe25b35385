import type { Block, LinkDocument, Sentence } from '../../src/facts/document.js'
import type { DateFields, Draft, EntityFields, FactFields, FigureFields } from '../../src/facts/draft.js'
import type { Lang } from '../../src/lang.js'
import { splitSentences } from '../../src/text/sentences.js'

/** A fact to place in a hand-made document: the text it quotes (its `nth` occurrence) and its fields. */
export interface Mark {
  readonly quote: string
  readonly fields: FactFields
  readonly nth?: number
}

export const money = (value: number, unit = 'USD'): FigureFields => ({ kind: 'figure', type: 'money', value, unit })
export const percent = (value: number): FigureFields => ({ kind: 'figure', type: 'percent', value, unit: '%' })
export const multiplier = (min: number, max: number): FigureFields => ({ kind: 'figure', type: 'multiplier', min, max, unit: 'times' })
export const date = (value: string | null, grain: DateFields['grain'] = 'year', relative = false): DateFields => ({
  kind: 'date',
  type: value?.includes('/') ? 'interval' : 'point',
  value,
  grain,
  ...(relative ? { relative: true as const } : {})
})
export const place = (name: string, canonical?: string): EntityFields => ({
  kind: 'entity',
  type: 'place',
  name,
  ...(canonical ? { canonical } : {})
})
export const organization = (name: string): EntityFields => ({ kind: 'entity', type: 'organization', name })

/**
 * A document of one or more lines (blocks) with drafts at the quoted places,
 * sentences split as the pipeline splits them.
 */
export function linkDocument(text: string, lang: Lang, marks: readonly Mark[]): { document: LinkDocument; drafts: Draft[] } {
  const blocks: Block[] = []
  let at = 0
  for (const line of text.split('\n')) {
    blocks.push({ start: at, end: at + line.length, node: 'paragraph', lang })
    at += line.length + 1
  }
  const sentences: Sentence[] = blocks.flatMap((block, index) =>
    splitSentences(text, block.start, block.end).map((range) => ({ ...range, block: index }))
  )
  const drafts = marks.map((mark): Draft => {
    const start = nthIndex(text, mark.quote, mark.nth ?? 1)
    const sentence = sentences.findIndex((candidate) => candidate.start <= start && start < candidate.end)
    return {
      fields: structuredClone(mark.fields),
      start,
      end: start + mark.quote.length,
      lang,
      rule: 'test',
      block: sentences[sentence]!.block,
      sentence,
      links: {}
    }
  })
  return { document: { text, blocks, sentences, referenceDate: undefined }, drafts }
}

function nthIndex(text: string, quote: string, nth: number): number {
  let index = -1
  for (let count = 0; count < nth; count++) {
    index = text.indexOf(quote, index + 1)
    if (index < 0) throw new Error(`\`${quote}\` (${nth}) is not in the text`)
  }
  return index
}
