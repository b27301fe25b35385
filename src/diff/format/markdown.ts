import type { Fact } from '../../schema/fact.js'
import type { DatasetDiff, SourceDiff } from '../types.js'
import { counts, factFields, kindType, pairHeading, place, valueText } from './describe.js'

/**
 * The diff for a pull-request comment: a summary table of the sources, then
 * each source's facts in a collapsed section. Text from the records is
 * escaped, since GitHub renders HTML inside Markdown.
 */
export function formatMarkdown(diff: DatasetDiff): string {
  const { added, removed, changed, moved } = diff.totals
  if (diff.sources.length === 0) return '### factline diff\n\nNo fact changed.\n'
  const parts = [
    '### factline diff',
    `**${added} added, ${removed} removed, ${changed} changed** in ${diff.sources.length} source(s)${moved > 0 ? `; ${moved} moved without other change` : ''}.`,
    table(
      ['source', 'added', 'removed', 'changed', 'moved'],
      diff.sources.map((source) => {
        const count = counts(source)
        return [code(source.source), String(count.added), String(count.removed), String(count.changed), String(count.moved)]
      })
    ),
    ...diff.sources.filter((source) => source.added.length + source.removed.length + source.changed.length > 0).map(sourceDetails)
  ]
  return `${parts.join('\n\n')}\n`
}

function sourceDetails(source: SourceDiff): string {
  const sections = [`<details><summary><code>${cell(source.source)}</code> (${source.status})</summary>`]
  const factRows = (facts: readonly Fact[]) =>
    facts.map((fact) => [kindType(fact), place(fact), cell(fact.quote), cell(factFields(fact).join(', '))])
  if (source.added.length > 0) sections.push(`**Added**\n\n${table(['kind', 'at', 'quote', 'fields'], factRows(source.added))}`)
  if (source.removed.length > 0) sections.push(`**Removed**\n\n${table(['kind', 'at', 'quote', 'fields'], factRows(source.removed))}`)
  if (source.changed.length > 0) {
    const rows = source.changed.flatMap((pair) => {
      const heading = pairHeading(pair)
      return pair.fields.map((change, index) => [
        ...(index === 0 ? [kindType(pair.new), heading.at, cell(heading.quote)] : ['', '', '']),
        change.field,
        cell(valueText(change.old)),
        cell(valueText(change.new))
      ])
    })
    sections.push(`**Changed**\n\n${table(['kind', 'at', 'quote', 'field', 'old', 'new'], rows)}`)
  }
  sections.push('</details>')
  return sections.join('\n\n')
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n'
  )
}

/** Text safe inside a table cell: no HTML, no pipe, no line break, no Markdown emphasis. */
function cell(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/[|\\`*_[\]]/gu, (character) => `\\${character}`)
    .replace(/\r?\n|\r/gu, ' ')
}

function code(text: string): string {
  return `<code>${cell(text)}</code>`
}
