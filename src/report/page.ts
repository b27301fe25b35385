import type { ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { factKinds } from '../schema/vocabulary.js'
import { langs } from '../lang.js'
import { changedFacts, changesSection, statusSigns } from './changes.js'
import { claimsSection, sharedClaims } from './claims.js'
import { markText, type Mark } from './marks.js'
import type { ReportModel, ReportSource, ShownFact } from './model.js'

/** Assets inlined in the page, so it opens with no network. */
export interface PageAssets {
  readonly css: string
  readonly script: string
}

/** The whole review page as a hast tree; every string from the dataset and the sources ends up in text nodes or attributes. */
export function reportPage(model: ReportModel, assets: PageAssets): Root {
  const all = model.sources.flatMap((source) => [...source.placed, ...source.unplaced])
  const data = Object.fromEntries(
    all.map((fact) => [fact.key, { status: fact.status, record: fact.record, old: fact.old, fields: fact.fields }])
  )
  const count = (pick: (fact: ShownFact) => boolean) => all.filter(pick).length
  const title = model.diffAgainst === undefined ? 'factline report' : `factline report: changes since ${model.diffAgainst}`
  return h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [
        h('meta', { charSet: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', title),
        h('style', assets.css)
      ]),
      h('body', [
        h('header', [
          h('h1', title),
          h('p.summary', summary(model, all)),
          h('div.filters', [
            h('fieldset.legend', [
              h('legend', 'Kinds'),
              ...factKinds.map((kind) =>
                h('label', [
                  h('input', { type: 'checkbox', checked: true, dataFilter: 'k', value: kind }),
                  h(`span.swatch.k-${kind}`),
                  ` ${kind} `,
                  h('span.count', String(count((fact) => fact.record.kind === kind && fact.status !== 'removed')))
                ])
              )
            ]),
            h('fieldset.legend', [
              h('legend', 'Languages'),
              ...langs.map((lang) =>
                h('label', [h('input', { type: 'checkbox', checked: true, dataFilter: 'l', value: lang }), ` ${lang} `])
              )
            ]),
            ...(model.diffAgainst === undefined
              ? []
              : [
                  h('fieldset.legend', [
                    h('legend', 'Changes'),
                    ...Object.entries(statusSigns).map(([status, sign]) =>
                      h('span.diff-key', [
                        h(`span.swatch.d-${status}`, sign),
                        ` ${status} `,
                        h('span.count', String(count((fact) => fact.status === status)))
                      ])
                    )
                  ])
                ])
          ])
        ]),
        h('div.layout', [
          h('main', [
            tableOfContents(model),
            ...(model.diffAgainst === undefined ? [] : changesSection(model.sources, model.diffAgainst)),
            ...claimsSection(model.claims, model.sources),
            ...model.sources.map(sourceSection)
          ]),
          h('aside#panel', { ariaLabel: 'Record' }, [
            h('div.panel-head', [h('h2', 'Record'), h('button#panel-close', { type: 'button', ariaLabel: 'Close' }, '×')]),
            h('p#panel-hint', 'Hover over a highlighted span to see its record; click or tap to pin it.'),
            h('div#panel-body')
          ])
        ]),
        h('script#factline-data', { type: 'application/json' }, embeddedJson(data)),
        h('script', assets.script)
      ])
    ])
  ])
}

/** Where everything is: the changes, the claims (entities apart) and each source, with their counts. */
function tableOfContents(model: ReportModel): ElementContent {
  const shared = sharedClaims(model.claims)
  const entities = shared.filter((claim) => claim.kind === 'entity').length
  const conflicts = shared.filter((claim) => claim.status === 'conflict').length
  const changed = model.sources.reduce((sum, source) => sum + changedFacts(source).length, 0)
  const entries: ElementContent[] = []
  if (model.diffAgainst !== undefined) entries.push(h('li', [h('a', { href: '#changes' }, 'Changes'), ` ${changed} fact(s)`]))
  if (shared.length > 0) {
    entries.push(
      h('li', [
        h('a', { href: '#claims' }, 'Claims across sources'),
        ` ${shared.length - entities}${conflicts > 0 ? `, ${conflicts} in conflict` : ''}`,
        ...(entities > 0 ? ['; ', h('a', { href: '#entity-claims' }, 'entities'), ` ${entities}`] : [])
      ])
    )
  }
  entries.push(
    h('li', [
      'Sources',
      h(
        'ol',
        model.sources.map((source, index) =>
          h('li', [h('a', { href: `#source-${index}` }, source.path), diffBadge(source) ? ` ${diffBadge(source)}` : ''])
        )
      )
    ])
  )
  return h('nav.toc', { ariaLabel: 'Contents' }, [h('h2', 'Contents'), h('ul', entries)])
}

function summary(model: ReportModel, all: readonly ShownFact[]): string {
  const facts = all.filter((fact) => fact.status !== 'removed').length
  return `${model.sources.length} source(s), ${facts} fact(s)`
}

function diffBadge(source: ReportSource): string {
  if (!source.diff) return ''
  const { added, removed, changed } = source.diff
  return added.length + removed.length + changed.length === 0 ? '' : `(+${added.length} −${removed.length} ~${changed.length})`
}

function sourceSection(source: ReportSource, index: number) {
  const problems: ElementContent[] = []
  if (source.diff?.status === 'removed') problems.push(h('p.problem', 'This source is not in the new dataset; its records are listed.'))
  else if ('problem' in source.text) problems.push(h('p.problem', source.text.problem))
  else if (source.text.changed) {
    problems.push(
      h(
        'p.problem',
        'This text changed since the dataset was written: records that no longer stand at their place are listed below it. Run `npx --no-install factline run` to update the dataset.'
      )
    )
  }
  return h('section.source', { id: `source-${index}`, dataLang: source.lang ?? 'und' }, [
    h('h2', [
      h('span.path', source.path),
      source.lang ? h('span.lang', source.lang) : '',
      diffBadge(source) ? h('span.badge', diffBadge(source)) : ''
    ]),
    ...problems,
    'value' in source.text ? h('div.text', markText(source.text.value, source.placed.map(toMark))) : '',
    ...(source.unplaced.length === 0
      ? []
      : [
          h('details.unplaced', { open: true }, [
            h('summary', `${source.unplaced.length} record(s) not shown in the text`),
            h(
              'ul',
              source.unplaced.map((fact) =>
                h('li', [
                  h('mark', { className: ['fact', ...markClasses(fact)], dataKey: fact.key, title: markTitle(fact) }, fact.record.quote),
                  ` ${markTitle(fact)}`
                ])
              )
            )
          ])
        ])
  ])
}

function toMark(fact: ShownFact): Mark {
  return {
    start: fact.record.span.start.offset,
    end: fact.record.span.end.offset,
    key: fact.key,
    classes: markClasses(fact),
    title: markTitle(fact)
  }
}

function markClasses(fact: ShownFact): string[] {
  return [`k-${fact.record.kind}`, `l-${fact.record.lang}`, ...(fact.status ? [`d-${fact.status}`] : [])]
}

function markTitle(fact: ShownFact): string {
  return `${fact.record.kind}/${fact.record.type}${fact.status ? ` (${fact.status})` : ''}`
}

/**
 * JSON for a `<script type="application/json">`: the serializer writes script
 * text raw, so `<`, `>` and `&` are written as escapes and no text can close
 * the element; U+2028/9 are escaped for older parsers.
 */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
