import type { Fact } from '../../schema/fact.js'
import { factKinds } from '../../schema/vocabulary.js'
import type { DatasetDiff, SourceDiff } from '../types.js'
import { counts, factFields, kindType, pairHeading, place, valueText } from './describe.js'

/** The most characters GitHub takes in a pull-request comment. */
export const commentLimit = 65_536

/**
 * The diff for a pull-request comment: the totals, a summary table by kind
 * and one by source, then each source's facts in a collapsed section. Text
 * from the records is escaped, since GitHub renders HTML inside Markdown.
 * It stays under `limit` characters: the rows and sections that would pass it
 * are left out, and a note at the end says how many and how to see them.
 */
export function formatMarkdown(diff: DatasetDiff, limit = commentLimit): string {
  const { added, removed, changed, moved } = diff.totals
  if (diff.sources.length === 0) return '### factline diff\n\nNo fact changed.\n'
  const head = [
    '### factline diff',
    `**${added} added, ${removed} removed, ${changed} changed** in ${diff.sources.length} source(s)${moved > 0 ? `; ${moved} moved without other change` : ''}.`,
    table(['kind', 'added', 'removed', 'changed'], kindRows(diff))
  ]
  // Room for the note of what was cut, whatever it says, and the last newline.
  const room = limit - 600
  const sourceHeader = ['source', 'added', 'removed', 'changed', 'moved']
  let length = `${head.join('\n\n')}\n\n${table(sourceHeader, [])}`.length
  const sourceRows: string[][] = []
  for (const source of diff.sources) {
    const count = counts(source)
    const row = [code(source.source), String(count.added), String(count.removed), String(count.changed), String(count.moved)]
    const line = `\n| ${row.join(' | ')} |`
    if (length + line.length > room) break
    sourceRows.push(row)
    length += line.length
  }
  const parts = [...head, table(sourceHeader, sourceRows)]
  let detailed = 0
  const withChanges = diff.sources.filter((source) => source.added.length + source.removed.length + source.changed.length > 0)
  for (const source of withChanges) {
    const details = sourceDetails(source)
    if (length + 2 + details.length > room) break
    parts.push(details)
    length += 2 + details.length
    detailed++
  }
  const cut = cutNote(diff.sources.length - sourceRows.length, withChanges.slice(detailed))
  if (cut) parts.push(cut)
  return `${parts.join('\n\n')}\n`
}

/** Facts added, removed and changed, by kind, for the table that opens the comment. */
function kindRows(diff: DatasetDiff): string[][] {
  return factKinds.map((kind) => {
    const of = (facts: readonly Fact[]) => facts.filter((fact) => fact.kind === kind).length
    const sum = (count: (source: SourceDiff) => number) => diff.sources.reduce((total, source) => total + count(source), 0)
    return [
      kind,
      String(sum((source) => of(source.added))),
      String(sum((source) => of(source.removed))),
      String(sum((source) => source.changed.filter((pair) => pair.new.kind === kind).length))
    ]
  })
}

/** What was left out to stay under the limit, and where to see it whole. */
function cutNote(rowsLeftOut: number, sourcesLeftOut: readonly SourceDiff[]): string | undefined {
  if (rowsLeftOut === 0 && sourcesLeftOut.length === 0) return undefined
  const facts = sourcesLeftOut.reduce((total, source) => total + source.added.length + source.removed.length + source.changed.length, 0)
  const what = [
    ...(rowsLeftOut > 0 ? [`${rowsLeftOut} row(s) of the table of sources`] : []),
    ...(sourcesLeftOut.length > 0 ? [`the facts of ${sourcesLeftOut.length} source(s) (${facts} added, removed or changed)`] : [])
  ]
  return `> **Cut to stay under GitHub's ${commentLimit.toLocaleString('en-US')} characters:** ${what.join(' and ')} are not shown. Run \`npx --no-install factline diff\` (or \`--format json\`) for the whole diff.`
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
