import type { Lang } from '../lang.js'

/** A block of the source: a line of text, with the kind of mdast node it stands in. */
export interface Block {
  /** Offsets into the decoded source, end exclusive, without the line ending. */
  readonly start: number
  readonly end: number
  /** The mdast node type the line belongs to (`paragraph`, `heading`, `list`, ...). */
  readonly node: string
  /** Set by the language stage. */
  lang: Lang
}

/** A sentence of a block; sentences never cross blocks. */
export interface Sentence {
  readonly start: number
  readonly end: number
  readonly block: number
}

/** What the link stage reads of a file besides its drafts. */
export interface LinkDocument {
  /** The decoded source text; draft offsets index it. */
  readonly text: string
  readonly blocks: readonly Block[]
  readonly sentences: readonly Sentence[]
  /** ISO date the source was written on, when known. */
  readonly referenceDate: string | undefined
}
