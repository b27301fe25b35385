import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Fact } from '../../src/schema/fact.js'
import { factIn, writeDataset } from './facts.js'

/**
 * Two datasets of a small project, before and after a rule change and an
 * edit of one article, with every difference known in advance: the prepared
 * pair the diff and the review page are tested on. `extra` sources are the
 * same in both.
 */
export function datasetPair(extra: Record<string, { text: string; facts: Fact[] }> = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'factline-diff-'))
  const deal = 'Vietnam and Japan signed a trade deal on 8 November 1972 worth 850 triệu USD. Exports rose 20,5%.\n'
  const edited = 'Hanoi hosted the meeting in 2024.\n'
  const editedNew = `Last spring, ${edited}`
  const gone = 'Trade reached 5 billion USD in 2023.\n'
  const fresh = 'The WTO met in Geneva.\n'

  const vietnam = factIn(deal, 'sources/deal.txt', 'Vietnam', { kind: 'entity', type: 'place', name: 'Vietnam' })
  const japanPlace = factIn(deal, 'sources/deal.txt', 'Japan', { kind: 'entity', type: 'place', name: 'Japan' })
  const japanOrganization = factIn(deal, 'sources/deal.txt', 'Japan', { kind: 'entity', type: 'organization', name: 'Japan' })
  const date = (value: string, grain: string) =>
    factIn(deal, 'sources/deal.txt', '8 November 1972', { kind: 'date', type: 'point', value, grain })
  const moneyOld = factIn(deal, 'sources/deal.txt', '850 triệu', {
    kind: 'figure',
    type: 'money',
    value: 850_000_000,
    unit: 'VND',
    qualifier: 'actual'
  })
  const moneyNew = factIn(deal, 'sources/deal.txt', '850 triệu USD', {
    kind: 'figure',
    type: 'money',
    value: 850_000_000,
    unit: 'USD',
    qualifier: 'actual'
  })
  const percent = factIn(deal, 'sources/deal.txt', '20,5%', {
    kind: 'figure',
    type: 'percent',
    value: 20.5,
    unit: '%',
    qualifier: 'change'
  })
  const event = (participants: string[]) =>
    factIn(deal, 'sources/deal.txt', 'signed', {
      kind: 'event',
      type: 'agreement_signed',
      date: { value: '1972-11-08', grain: 'day' },
      participants
    })
  const hanoi = (text: string) => factIn(text, 'sources/edited.txt', 'Hanoi', { kind: 'entity', type: 'place', name: 'Hanoi' })
  const year = (text: string, id?: string) =>
    factIn(
      text,
      'sources/edited.txt',
      '2024',
      { kind: 'date', type: 'point', value: '2024', grain: 'year' },
      id === undefined ? {} : { id }
    )
  const goneFacts = [
    factIn(gone, 'sources/gone.txt', '5 billion USD', { kind: 'figure', type: 'money', value: 5e9, unit: 'USD', qualifier: 'actual' }),
    factIn(gone, 'sources/gone.txt', '2023', { kind: 'date', type: 'point', value: '2023', grain: 'year' })
  ]
  const wto = factIn(fresh, 'sources/fresh.txt', 'WTO', { kind: 'entity', type: 'organization', name: 'WTO' })
  const geneva = factIn(fresh, 'sources/fresh.txt', 'Geneva', { kind: 'entity', type: 'place', name: 'Geneva' })

  const oldDeal = [vietnam, japanPlace, event([vietnam.id, japanPlace.id]), date('1972-11', 'month'), moneyOld, percent]
  const newDeal = [vietnam, japanOrganization, event([vietnam.id, japanOrganization.id]), date('1972-11-08', 'day'), moneyNew]
  const oldEdited = [hanoi(edited), year(edited, '00000000000000aa')]
  const newEdited = [hanoi(editedNew), year(editedNew, '00000000000000bb')]

  const old = writeDataset(path.join(root, 'old'), {
    ...extra,
    'deal.txt': { facts: sortFacts(oldDeal), text: deal },
    'edited.txt': { facts: oldEdited, text: edited },
    'gone.txt': { facts: goneFacts, text: gone }
  })
  const next = writeDataset(path.join(root, 'output'), {
    ...extra,
    'deal.txt': { facts: sortFacts(newDeal), text: deal },
    'edited.txt': { facts: newEdited, text: editedNew },
    'fresh.txt': { facts: [wto, geneva], text: fresh }
  })
  mkdirSync(path.join(root, 'sources'))
  const texts = {
    ...Object.fromEntries(Object.entries(extra).map(([name, source]) => [name, source.text])),
    'deal.txt': deal,
    'edited.txt': editedNew,
    'fresh.txt': fresh
  }
  for (const [name, text] of Object.entries(texts)) {
    writeFileSync(path.join(root, 'sources', name), text)
  }
  return {
    root,
    old,
    next,
    expected: {
      added: [wto.id, geneva.id],
      removed: [percent.id, ...goneFacts.map((record) => record.id)],
      changed: [
        { old: japanPlace.id, new: japanOrganization.id, fields: ['type'] },
        { old: date('1972-11', 'month').id, new: date('1972-11-08', 'day').id, fields: ['value', 'grain'] },
        { old: moneyOld.id, new: moneyNew.id, fields: ['quote', 'unit'] }
      ],
      moved: [
        { old: hanoi(edited).id, new: hanoi(editedNew).id },
        { old: '00000000000000aa', new: '00000000000000bb' }
      ]
    },
    facts: { japanOrganization, moneyNew, moneyOld, percent, wto, event: event([vietnam.id, japanOrganization.id]) }
  }
}

/** Records in the dataset's order: by position, then kind. */
function sortFacts(facts: Fact[]): Fact[] {
  return [...facts].sort((a, b) => a.span.start.offset - b.span.start.offset || (a.kind < b.kind ? -1 : 1))
}
