import { defaultLang } from '../lang.js'
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { Block, Sentence } from '../facts/document.js'
import { report } from '../messages/message.js'
import { splitSentences } from '../text/sentences.js'

declare module 'vfile' {
  interface DataMap {
    /** Every non-blank line of the source, in order. */
    blocks: Block[]
    /** Every sentence, in order; each lies within one block. */
    sentences: Sentence[]
  }
}

export interface SegmentOptions {
  /** Longer lines are cut into pieces of at most this length, at a blank where possible. */
  readonly maxLineLength: number
}

/**
 * mdast → blocks and sentences, as offsets into the source. Articles are plain
 * text: markdown only tells what kind of node a line stands in; the text of a
 * block is always the raw source line, so "1972." or "# " at the start of a
 * line loses nothing and shifts nothing.
 */
const segment: Plugin<[SegmentOptions], Root> = function (options) {
  return (tree, file) => {
    const text = String(file.value)
    const kinds = nodeKindsByLine(tree)
    const blocks: Block[] = []
    const sentences: Sentence[] = []
    let line = 1
    let long = false
    for (const { start, end } of lines(text)) {
      const kind = kinds.get(line) ?? 'text'
      line++
      if (!/\S/u.test(text.slice(start, Math.min(end, start + 4096))) && isBlank(text, start, end)) continue
      for (const piece of pieces(text, start, end, options.maxLineLength)) {
        long ||= piece.end - piece.start < end - start
        const index = blocks.length
        blocks.push({ start: piece.start, end: piece.end, node: kind, lang: defaultLang })
        for (const sentence of splitSentences(text, piece.start, piece.end)) sentences.push({ ...sentence, block: index })
      }
    }
    if (long) report(file, 'segment/long-line')
    file.data.blocks = blocks
    file.data.sentences = sentences
  }
}

export default segment

/** The mdast node type each line starts in (top-level nodes only). */
function nodeKindsByLine(tree: Root): Map<number, string> {
  const kinds = new Map<number, string>()
  for (const node of tree.children) {
    const position = node.position
    if (!position) continue
    for (let line = position.start.line; line <= position.end.line; line++) kinds.set(line, node.type)
  }
  return kinds
}

/** Lines as offsets, without their ending (`\n`, `\r\n` or `\r`). */
function* lines(text: string): Generator<{ start: number; end: number }> {
  const ending = /\r\n|\r|\n/gu
  let start = 0
  let match: RegExpExecArray | null
  while ((match = ending.exec(text)) !== null) {
    yield { start, end: match.index }
    start = match.index + match[0].length
  }
  yield { start, end: text.length }
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!/\s/u.test(text[index]!)) return false
  return true
}

/** Cuts a long line into pieces at blanks, so no block exceeds `max` characters. */
function* pieces(text: string, start: number, end: number, max: number): Generator<{ start: number; end: number }> {
  let from = start
  while (end - from > max) {
    let cut = text.lastIndexOf(' ', from + max)
    if (cut <= from + max / 2) cut = from + max
    // Never cut a surrogate pair in two.
    if (/[\ud800-\udbff]/u.test(text[cut - 1] ?? '')) cut--
    yield { start: from, end: cut }
    from = cut
  }
  yield { start: from, end }
}
