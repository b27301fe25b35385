import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Claim, Support } from '../claims/types.js'
import type { ReportSource } from './model.js'

/**
 * Claims that more than one source supports, conflicts first: each claim's
 * sources side by side, one column a source, every quote a mark that opens
 * its record in the panel like a mark in the text. Entity claims come last,
 * collapsed: a country named in every article gathers dozens of mentions,
 * and a reviewer reads figures, dates and events first.
 */
export function claimsSection(claims: readonly Claim[], sources: readonly ReportSource[]): ElementContent[] {
  const shared = sharedClaims(claims)
  if (shared.length === 0) return []
  const keyOf = recordKeys(sources)
  const entities = shared.filter((claim) => claim.kind === 'entity')
  const others = shared.filter((claim) => claim.kind !== 'entity')
  return [
    h('section#claims.claims', [
      h('h2', `Claims with more than one source (${shared.length})`),
      ...others.map((claim) => claimBlock(claim, keyOf)),
      ...(entities.length === 0
        ? []
        : [
            h('details#entity-claims.entity-claims', [
              h('summary', `Entities named by more than one source (${entities.length})`),
              ...entities.map((claim) => claimBlock(claim, keyOf))
            ])
          ])
    ])
  ]
}

/** Claims with more than one source: the ones the page shows. */
export function sharedClaims(claims: readonly Claim[]): Claim[] {
  return claims.filter((claim) => claim.sources.length > 1)
}

function claimBlock(claim: Claim, keyOf: (support: Support) => string | undefined): ElementContent {
  return h('div.claim', { dataStatus: claim.status }, [
    h('h3', [h(`span.status.c-${claim.status}`, claim.status), ` ${claim.kind}: ${claim.about}`]),
    claim.note ? h('p.note', claim.note) : '',
    h(
      'div.sides',
      claim.sources.map((source) =>
        h('div.side', [
          h('p.path', source),
          ...claim.values.flatMap((value) =>
            value.support
              .filter((support) => support.source === source)
              .map((support) => supportLine(support, String(value.value), keyOf(support)))
          )
        ])
      )
    )
  ])
}

function supportLine(support: Support, value: string, key: string | undefined): ElementContent {
  const quote =
    key === undefined ? h('q', support.quote) : h('mark.fact', { dataKey: key, className: [`l-${support.lang}`] }, support.quote)
  return h('p.support', [`line ${support.line} [${support.lang}] `, quote, h('span.value', ` = ${value}`)])
}

/** Finds the page key of a record from its source and id, so a claim's quote opens the same record as its mark. */
function recordKeys(sources: readonly ReportSource[]): (support: Support) => string | undefined {
  const keys = new Map<string, string>()
  for (const source of sources) {
    for (const fact of [...source.placed, ...source.unplaced]) {
      if (fact.status !== 'removed') keys.set(`${fact.record.source}\u0000${fact.record.id}`, fact.key)
    }
  }
  return (support) => keys.get(`${support.source}\u0000${support.id}`)
}
