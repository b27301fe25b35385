import type { Fact } from '../../schema/fact.js'
import type { DatasetDiff, FactPair } from '../types.js'
import { counts, factFields, kindType, pairHeading, place, valueText } from './describe.js'

type Paint = (text: string) => string

/** ANSI styles, or none when the output is not a terminal. */
function palette(color: boolean) {
  const style = (open: number, close: number): Paint => (color ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text)
  return { added: style(32, 39), removed: style(31, 39), changed: style(33, 39), dim: style(2, 22), bold: style(1, 22) }
}

/** The diff for a terminal: a line per source, then one per fact, old and new values side by side. */
export function formatTerminal(diff: DatasetDiff, color: boolean): string {
  const paint = palette(color)
  const lines: string[] = []
  for (const source of diff.sources) {
    const { added, removed, changed, moved } = counts(source)
    lines.push(
      `${paint.bold(source.source)} (${source.status}): ${paint.added(`+${added}`)} ${paint.removed(`−${removed}`)} ${paint.changed(`~${changed}`)}${moved > 0 ? paint.dim(` (${moved} moved)`) : ''}`
    )
    for (const fact of source.added) lines.push(paint.added(`  + ${factLine(fact)}`))
    for (const fact of source.removed) lines.push(paint.removed(`  − ${factLine(fact)}`))
    for (const pair of source.changed) lines.push(...changedLines(pair, paint))
  }
  const { added, removed, changed, moved } = diff.totals
  lines.push(
    diff.sources.length === 0
      ? 'no change'
      : `${diff.sources.length} source(s): ${added} added, ${removed} removed, ${changed} changed${moved > 0 ? `, ${moved} moved` : ''}`
  )
  return `${lines.join('\n')}\n`
}

function factLine(fact: Fact): string {
  return `${kindType(fact)} ${place(fact)} «${fact.quote}»  ${factFields(fact).join(' ')}`.trimEnd()
}

function changedLines(pair: FactPair, paint: ReturnType<typeof palette>): string[] {
  const heading = pairHeading(pair)
  const width = Math.max(...pair.fields.map((change) => change.field.length))
  const oldWidth = Math.max(...pair.fields.map((change) => valueText(change.old).length))
  return [
    paint.changed(`  ~ ${kindType(pair.new)} ${heading.at} «${heading.quote}»`),
    ...pair.fields.map(
      (change) =>
        `      ${paint.dim(change.field.padEnd(width))}  ${paint.removed(valueText(change.old).padEnd(oldWidth))}  →  ${paint.added(valueText(change.new))}`
    )
  ]
}
