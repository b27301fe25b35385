import { matchesOf } from '../text/matches.js'

/**
 * NFC text with a map back to the text it came from. Rules match on NFC
 * (Vietnamese arrives in NFC and NFD alike), but every span must index the
 * source's own text, so each normalized offset maps back to a source offset.
 */
export interface Normalized {
  readonly text: string
  /** Source offset of a normalized start offset. */
  readonly toSourceStart: (offset: number) => number
  /** Source offset of a normalized end offset (exclusive). */
  readonly toSourceEnd: (offset: number) => number
}

/** A base character and the combining marks after it: NFC never composes across two of these. */
const cluster = /\P{M}\p{M}*|\p{M}+/gu

export function normalizeNfc(source: string): Normalized {
  const text = source.normalize('NFC')
  if (text === source) return { text, toSourceStart: identity, toSourceEnd: identity }

  const starts = new Uint32Array(text.length + 1)
  const ends = new Uint32Array(text.length + 1)
  let out = 0
  for (const match of matchesOf(cluster, source)) {
    const start = match.index
    const end = start + match[0].length
    const composed = match[0].normalize('NFC')
    for (let index = 0; index < composed.length; index++) {
      starts[out] = start
      ends[out] = end
      out++
    }
  }
  if (out !== text.length) throw new Error(`Unexpected NFC length ${out}, expected ${text.length}`)
  starts[out] = source.length
  return {
    text,
    toSourceStart: (offset) => starts[offset]!,
    toSourceEnd: (offset) => (offset === 0 ? 0 : ends[offset - 1]!)
  }
}

function identity(offset: number): number {
  return offset
}
