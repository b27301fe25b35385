import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { factFields, kindType, place, valueText } from '../diff/format/describe.js'
import type { ReportSource, ShownFact } from './model.js'

/** Signs of the diff statuses, as the legend shows them. */
export const statusSigns = { added: '+', changed: '~', removed: '−' } as const

/**
 * What a diff changed, before anything else on the page: each source's
 * added, changed and removed records, one line each, its quote a mark that
 * opens the record in the panel, a change with its fields old and new.
 */
export function changesSection(sources: readonly ReportSource[], against: string): ElementContent[] {
  const changed = sources.filter((source) => changedFacts(source).length > 0)
  return [
    h('section#changes.changes', [
      h('h2', `Changes since ${against}`),
      changed.length === 0
        ? h('p', 'No fact was added, removed or changed.')
        : h(
            'div',
            changed.map((source) =>
              h('div.change-source', [
                h('h3', [h('a.path', { href: `#source-${sources.indexOf(source)}` }, source.path)]),
                h('ul', changedFacts(source).map(changeLine))
              ])
            )
          )
    ])
  ]
}

/** The records of a source with a diff status, in the order of the text. */
export function changedFacts(source: ReportSource): ShownFact[] {
  return [...source.placed, ...source.unplaced]
    .filter((fact) => fact.status !== undefined)
    .sort((a, b) => a.record.span.start.offset - b.record.span.start.offset)
}

function changeLine(fact: ShownFact): ElementContent {
  const status = fact.status!
  const details =
    status === 'changed'
      ? (fact.fields ?? []).flatMap((change) => [
          h('span.field', change.field),
          ' ',
          h('del', valueText(change.old)),
          ' → ',
          h('ins', valueText(change.new)),
          ' '
        ])
      : [h('span.fields', factFields(fact.record).join(' '))]
  return h(`li.change.d-${status}`, [
    h(`span.swatch.d-${status}`, { title: status }, statusSigns[status]),
    ' ',
    h('span.kind', kindType(fact.record)),
    ' ',
    h('span.at', place(fact.record)),
    ' ',
    h('mark', { className: ['fact', `k-${fact.record.kind}`, `l-${fact.record.lang}`], dataKey: fact.key }, fact.record.quote),
    ' ',
    ...details
  ])
}
