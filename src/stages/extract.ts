import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { DimensionName, Reading, Token } from '../engine/rule.js'
import { prepareInChunks, type Passage } from '../dimensions/chunks.js'
import type { Dimension } from '../dimensions/dimension.js'
import type { Parser, PreparedText } from '../dimensions/parse.js'
import type { Block, Sentence } from '../facts/document.js'
import type { Draft } from '../facts/draft.js'
import type { Lang } from '../lang.js'
import { normalizeNfc, type Normalized } from '../provenance/normalize.js'
import { spanMaker } from '../provenance/span.js'
import { report } from '../messages/message.js'

declare module 'vfile' {
  interface DataMap {
    /** Facts found in the file, before they are records. */
    drafts: Draft[]
  }
}

export interface ExtractOptions {
  readonly languages: readonly Lang[]
  /** Dimensions to report. */
  readonly extractors: readonly DimensionName[]
  /** How dates said without their year are placed. */
  readonly dateReading: Reading
  readonly maxFactsPerFile: number
}

/**
 * Runs the dimensions of each block's language over the block. Rules see the
 * NFC text of the block; every token is mapped back to offsets of the source,
 * so a draft's span always indexes the file's own text.
 */
const extract: Plugin<[ExtractOptions], Root> = function (options) {
  // Compiled once per processor, never per file, and only when a document has a block in its language: the dimensions'
  // modules load with the first document, so a command that extracts nothing never loads a rule.
  const parsers = new Map<Lang, Parser>()
  // The dimensions by name, whose outputs turn tokens into facts: the same in every language.
  const dimensions = new Map<DimensionName, Dimension>()
  let parse: Promise<typeof import('../dimensions/parse.js')> | undefined
  return async (_tree, file: VFile) => {
    const text = String(file.value)
    const blocks = file.data.blocks ?? []
    for (const lang of new Set(blocks.map((block) => block.lang))) {
      if (parsers.has(lang) || !options.languages.includes(lang)) continue
      const parser = (await (parse ??= import('../dimensions/parse.js'))).createParser(lang, options.extractors)
      parsers.set(lang, parser)
      for (const dimension of parser.dimensions) dimensions.set(dimension.name, dimension)
    }
    const sentences = file.data.sentences ?? []
    const drafts: Draft[] = []
    for (const prepared of prepareInChunks(passages(text, blocks, parsers, file))) {
      try {
        drafts.push(...extractBlock(prepared, sentences, dimensions, options.dateReading, file))
      } catch (error) {
        reportFailure(file, prepared.block, error)
      }
      // The facts past the limit would be dropped: the blocks after this one are not read.
      if (drafts.length > options.maxFactsPerFile) {
        report(file, 'extract/too-many-facts', { place: placeOf(file, prepared.block), actual: `${drafts.length} facts by this line` })
        drafts.length = options.maxFactsPerFile
        break
      }
    }
    reportUnsettled(file, drafts)
    file.data.drafts = drafts
  }
}

export default extract

/** Says where an amount is in a sign several currencies share ("Rs") and no country the source names settles which. */
function reportUnsettled(file: VFile, drafts: readonly Draft[]): void {
  const open = drafts.filter((draft) => draft.fields.kind === 'figure' && draft.fields.type === 'money' && draft.fields.unit === undefined)
  if (open.length === 0) return
  const spans = spanMaker(String(file.value))
  for (const draft of open) {
    const { span, quote } = spans.make(draft.start, draft.end)
    report(file, 'extract/unsettled-currency', { place: span, actual: quote })
  }
}

/** A block in a language with a parser, with its NFC text: what the rules read. */
interface BlockPassage extends Passage {
  readonly block: Block
  readonly index: number
  readonly normalized: Normalized
}

/** The blocks in a language with a parser, in order, each with its NFC text; a block that cannot be normalized is reported and skipped. */
function* passages(text: string, blocks: readonly Block[], parsers: ReadonlyMap<Lang, Parser>, file: VFile): Generator<BlockPassage> {
  for (const [index, block] of blocks.entries()) {
    const parser = parsers.get(block.lang)
    if (!parser) continue
    let normalized: Normalized
    try {
      normalized = normalizeNfc(text.slice(block.start, block.end))
    } catch (error) {
      reportFailure(file, block, error)
      continue
    }
    yield { block, index, normalized, parser, text: normalized.text }
  }
}

function extractBlock(
  { block, index, normalized, prepared, parser }: BlockPassage & { readonly prepared: PreparedText },
  sentences: readonly Sentence[],
  dimensions: ReadonlyMap<DimensionName, Dimension>,
  reading: Reading,
  file: VFile
): Draft[] {
  const { tokens, truncated } = parser.parse(prepared, file.data.referenceDate, reading, file.data.countries ?? [])
  if (truncated) report(file, 'extract/truncated', { place: placeOf(file, block) })
  const drafts: Draft[] = []
  for (const token of tokens) {
    const dimension = dimensions.get(token.dimension)
    const fields = toFields(dimension, token)
    if (!fields) continue
    const quoted = dimension?.output?.quoted?.(token) ?? token
    const start = block.start + normalized.toSourceStart(quoted.start)
    const end = block.start + normalized.toSourceEnd(quoted.end)
    if (!(start < end)) continue
    drafts.push({
      fields,
      start,
      end,
      lang: block.lang,
      rule: token.rule,
      block: index,
      sentence: sentenceAt(sentences, start),
      links: {}
    })
  }
  return drafts
}

function toFields(dimension: Dimension | undefined, token: Token) {
  return dimension?.output?.toFields(token)
}

/** Index of the sentence holding `offset` (binary search; sentences are in order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0
  let high = sentences.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (sentences[middle]!.start <= offset) low = middle
    else high = middle - 1
  }
  return low
}

function reportFailure(file: VFile, block: Block, error: unknown): void {
  report(file, 'extract/failed', { place: placeOf(file, block), actual: describe(error), cause: error })
}

function placeOf(file: VFile, block: Block) {
  const text = String(file.value)
  const line = text.slice(0, block.start).split(/\r\n|\r|\n/u).length
  return { line, column: 1 }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
