import { location } from 'vfile-location'
import type { Span } from '../schema/fact.js'

/** Makes spans over one text: the only way a record gets its `span` and `quote`. */
export interface SpanMaker {
  readonly make: (start: number, end: number) => { span: Span; quote: string }
}

/**
 * Builds the line table of `text` once; each span then costs a binary search.
 * A point's `offset` counts UTF-16 code units, as JavaScript strings and unist
 * do; `offsetCodePoint` counts code points, as Python strings and spaCy do.
 */
export function spanMaker(text: string): SpanMaker {
  const place = location(text)
  const codePoint = codePointOffsets(text)
  const point = (offset: number) => {
    const found = place.toPoint(offset)
    if (!found) throw new Error(`Unexpected offset ${offset} outside the text of length ${text.length}`)
    return { line: found.line, column: found.column, offset, offsetCodePoint: codePoint(offset) }
  }
  return {
    make(start, end) {
      if (!(start < end)) throw new Error(`Unexpected empty span ${start}-${end}, expected start before end`)
      return { span: { start: point(start), end: point(end) }, quote: text.slice(start, end) }
    }
  }
}

/** Code units to code points: each character outside the Basic Multilingual Plane before the offset takes two units and counts one. */
export function codePointOffsets(text: string): (offset: number) => number {
  // Where each pair of surrogates ends (the unit after it), in order.
  const pairEnds: number[] = []
  for (let index = 0; index < text.length - 1; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) pairEnds.push(++index + 1)
    }
  }
  if (pairEnds.length === 0) return (offset) => offset
  return (offset) => {
    // Pairs that end at or before the offset.
    let low = 0
    let high = pairEnds.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (pairEnds[middle]! <= offset) low = middle + 1
      else high = middle
    }
    return offset - low
  }
}
