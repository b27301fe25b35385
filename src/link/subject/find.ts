import type { Draft, EntityFields, Linked } from '../../facts/draft.js'
import type { Lang } from '../../lang.js'
import type { Range } from '../clauses.js'
import { figureMark, findSubjects, slotClose, slotOpen } from './index.js'

/**
 * The subject of the figure at `figure` read in `window` of `text`: names of
 * places and organizations become slots, the figure a mark. The phrase that
 * holds the figure wins ("Vietnam exported $5 million to Pakistan"), else the
 * nearest one before it, else the first one after it ("a $5 billion trade target").
 */
export function subjectIn(
  text: string,
  window: Range,
  figure: Range,
  entities: readonly Draft<EntityFields>[],
  lang: Lang
): Linked<string> | undefined {
  const names: string[] = []
  let abstracted = ''
  let at = window.start
  let markStart = -1
  const pieces: { start: number; end: number; write: () => string }[] = [
    ...entities
      .filter((entity) => entity.start >= window.start && entity.end <= window.end)
      .filter((entity) => entity.end <= figure.start || entity.start >= figure.end)
      .map((entity) => ({
        start: entity.start,
        end: entity.end,
        write: () => `${slotOpen}${names.push(entity.fields.canonical ?? entity.fields.name) - 1}${slotClose}`
      })),
    { start: figure.start, end: figure.end, write: () => figureMark }
  ].sort((a, b) => a.start - b.start)
  for (const piece of pieces) {
    if (piece.start < at) continue
    abstracted += text.slice(at, piece.start)
    if (piece.start === figure.start) markStart = abstracted.length
    abstracted += piece.write()
    at = piece.end
  }
  abstracted += text.slice(at, window.end)
  const markEnd = markStart + figureMark.length

  const found = findSubjects(abstracted, names, lang)
  const holding = found.find((match) => match.start < markEnd && match.end > markStart)
  const before = found.filter((match) => match.end <= markStart).at(-1)
  const after = found.find((match) => match.start >= markEnd)
  if (holding) return { value: holding.subject, reason: 'phrase holding the figure' }
  if (before) return { value: before.subject, reason: 'phrase before the figure' }
  return after && { value: after.subject, reason: 'phrase after the figure' }
}
