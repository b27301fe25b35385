import type { Parser, PreparedText } from './parse.js'

/** A text to parse, with the parser of its language and whatever the caller keeps beside it. */
export interface Passage {
  readonly text: string
  readonly parser: Parser
}

/**
 * Passages prepared together: enough for each regex to stay in the processor's
 * caches from one passage to the next, few enough that a file of many short
 * lines never holds the scans of all its passages at once.
 */
const chunkPassages = 32
const chunkCharacters = 64 * 1024

/**
 * The passages of one document, in order, each with its text prepared for its
 * parser: consecutive passages are prepared in chunks, so the rules' regexes
 * scan a chunk regex by regex rather than passage by passage. Lazy: a caller
 * that stops early never prepares the rest.
 */
export function* prepareInChunks<P extends Passage>(passages: Iterable<P>): Generator<P & { readonly prepared: PreparedText }> {
  let chunk: P[] = []
  let characters = 0
  for (const passage of passages) {
    chunk.push(passage)
    characters += passage.text.length
    if (chunk.length >= chunkPassages || characters >= chunkCharacters) {
      yield* prepareChunk(chunk)
      chunk = []
      characters = 0
    }
  }
  yield* prepareChunk(chunk)
}

/** The passages of a chunk, each prepared with the others of its language. */
function prepareChunk<P extends Passage>(chunk: readonly P[]): (P & { readonly prepared: PreparedText })[] {
  const prepared = new Map<P, PreparedText>()
  for (const parser of new Set(chunk.map((passage) => passage.parser))) {
    const members = chunk.filter((passage) => passage.parser === parser)
    parser.prepare(members.map(({ text }) => text)).forEach((text, at) => prepared.set(members[at]!, text))
  }
  return chunk.map((passage) => ({ ...passage, prepared: prepared.get(passage)! }))
}
