import { location } from 'vfile-location'
import type { Span } from '../schema/fact.js'

/** Makes spans over one text: the only way a record gets its `span` and `quote`. */
export interface SpanMaker {
  readonly make: (start: number, end: number) => { span: Span; quote: string }
}

/** Builds the line table of `text` once; each span then costs a binary search. */
export function spanMaker(text: string): SpanMaker {
  const place = location(text)
  const point = (offset: number) => {
    const found = place.toPoint(offset)
    if (!found) throw new Error(`Unexpected offset ${offset} outside the text of length ${text.length}`)
    return { line: found.line, column: found.column, offset }
  }
  return {
    make(start, end) {
      if (!(start < end)) throw new Error(`Unexpected empty span ${start}-${end}, expected start before end`)
      return { span: { start: point(start), end: point(end) }, quote: text.slice(start, end) }
    }
  }
}
