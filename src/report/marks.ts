import type { ElementContent, Element } from 'hast'
import { h } from 'hastscript'

/** A highlighted range of the text: one record, old or new. */
export interface Mark {
  readonly start: number
  readonly end: number
  /** Key of the record in the page's embedded data. */
  readonly key: string
  readonly classes: readonly string[]
  /** Shown as the browser's tooltip. */
  readonly title: string
}

/**
 * The text as hast children with a `<mark>` per record. Spans may nest (an
 * event trigger holding an entity) or cross: the text is cut at every span
 * boundary, and each piece is wrapped in the marks covering it, outer first,
 * reusing the marks still open from the piece before. A mark that crosses
 * another's end is thus split in several elements sharing its key.
 */
export function markText(text: string, marks: readonly Mark[]): ElementContent[] {
  const ordered = marks
    .filter((mark) => mark.start >= 0 && mark.start < mark.end && mark.end <= text.length)
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.index - b.index)
    .map(({ mark }) => mark)
  const boundaries = [...new Set([0, text.length, ...ordered.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b)

  const root: ElementContent[] = []
  const stack: { mark: Mark; element: Element }[] = []
  const children = () => stack.at(-1)?.element.children ?? root
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const from = boundaries[index]!
    const to = boundaries[index + 1]!
    const covering = ordered.filter((mark) => mark.start <= from && mark.end >= to)
    let kept = 0
    while (kept < stack.length && kept < covering.length && stack[kept]!.mark === covering[kept]) kept++
    stack.length = kept
    for (const mark of covering.slice(kept)) {
      const element = h('mark', { className: ['fact', ...mark.classes], dataKey: mark.key, title: mark.title })
      children().push(element)
      stack.push({ mark, element })
    }
    children().push({ type: 'text', value: text.slice(from, to) })
  }
  return root
}
