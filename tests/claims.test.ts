import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { buildClaims as buildFromInputs } from '../src/claims/build.js'
import { toClaimInput } from '../src/claims/input.js'
import { serializeClaims } from '../src/claims/serialize.js'
import { claimSpill } from '../src/claims/spill.js'
import type { DateRef, Fact } from '../src/schema/fact.js'
import type { EventType } from '../src/schema/vocabulary.js'

let counter = 0
const span = (line: number) => ({
  start: { line, column: 1, offset: line * 100, offsetCodePoint: line * 100 },
  end: { line, column: 5, offset: line * 100 + 4, offsetCodePoint: line * 100 + 4 }
})

/** The fields every record has, for the next record of `source`. */
function placed(source: string, quote: string) {
  counter++
  return {
    id: counter.toString(16).padStart(16, '0'),
    source,
    lang: source.includes('vi') ? ('vi' as const) : ('en' as const),
    span: span(counter),
    quote
  }
}

function figure(source: string, value: number, extra: Partial<Extract<Fact, { kind: 'figure' }>> = {}): Fact {
  return {
    ...placed(source, String(value)),
    kind: 'figure',
    type: 'money',
    value,
    unit: 'USD',
    qualifier: 'actual',
    subject: 'bilateral trade',
    date: { value: '2024', grain: 'year' },
    rule: 'money/en/test',
    ...extra
  }
}

function place(source: string, name: string): Fact {
  return { ...placed(source, name), kind: 'entity', type: 'place', name, canonical: name, rule: 'entity/en/test' }
}

function person(source: string, name: string): Fact {
  return { ...placed(source, name), kind: 'entity', type: 'person', name, rule: 'entity/en/test' }
}

function event(source: string, type: EventType, date: DateRef | null, participants: string[] = []): Fact {
  return { ...placed(source, type), kind: 'event', type, date, participants, rule: 'event/en/test' }
}

/** Each source is about Vietnam and Pakistan, so its "bilateral trade" is theirs. */
const pair = (source: string) => [place(source, 'Vietnam'), place(source, 'Pakistan'), place(source, 'Pakistan')]

/** Claims of whole records, as a run makes them. */
const buildClaims = (records: readonly Fact[]) => buildFromInputs(records.flatMap((record) => toClaimInput(record) ?? []))

const figureClaims = (records: Fact[]) => buildClaims(records).filter((claim) => claim.kind === 'figure')

describe('buildClaims', () => {
  test('should not merge a target with what happened in the same period', () => {
    const records = [
      ...pair('a-en.txt'),
      ...pair('b-vi.txt'),
      figure('a-en.txt', 331_000_000),
      figure('b-vi.txt', 500_000_000, { qualifier: 'target' })
    ]
    const claims = figureClaims(records)
    expect(claims.map((claim) => [claim.about, claim.status]).sort()).toEqual([
      ['money USD target · trade Pakistan–Vietnam · 2024', 'single'],
      ['money USD · trade Pakistan–Vietnam · 2024', 'single']
    ])
  })

  test('should merge figures told with other rounding, across languages', () => {
    const records = [
      ...pair('a-en.txt'),
      ...pair('b-vi.txt'),
      ...pair('c-en.txt'),
      figure('a-en.txt', 850_000_000),
      figure('b-vi.txt', 850_000_000),
      figure('c-en.txt', 0.85e9)
    ]
    const [claim] = figureClaims(records)
    expect(claim).toMatchObject({
      status: 'agreed',
      about: 'money USD · trade Pakistan–Vietnam · 2024',
      sources: ['a-en.txt', 'b-vi.txt', 'c-en.txt']
    })
    expect(claim!.values).toHaveLength(1)
    expect(claim!.values[0]!.support.map((support) => support.lang)).toEqual(['en', 'vi', 'en'])
  })

  test('should merge an approximate figure with a close exact one', () => {
    const subject = { subject: 'exports of Vietnam' }
    const records = [figure('a.txt', 520e9, { ...subject, approx: true }), figure('b.txt', 519.6e9, subject)]
    const [claim] = figureClaims(records)
    expect(claim).toMatchObject({ status: 'agreed', values: [{ value: 519.6e9 }] })
  })

  test('should not merge USD with VND', () => {
    const records = [...pair('a.txt'), figure('a.txt', 850e6), figure('b.txt', 850e6, { unit: 'VND' }), ...pair('b.txt')]
    expect(figureClaims(records).map((claim) => [claim.status, claim.about])).toEqual([
      ['single', 'money USD · trade Pakistan–Vietnam · 2024'],
      ['single', 'money VND · trade Pakistan–Vietnam · 2024']
    ])
  })

  test('should not merge different periods', () => {
    const records = [
      ...pair('a.txt'),
      ...pair('b.txt'),
      figure('a.txt', 850e6),
      figure('b.txt', 700e6, { date: { value: '2023', grain: 'year' } })
    ]
    expect(figureClaims(records).map((claim) => claim.status)).toEqual(['single', 'single'])
  })

  test('should mark a conflict when sources give different values of one subject and period', () => {
    const records = [...pair('a.txt'), ...pair('b.txt'), figure('a.txt', 850e6), figure('b.txt', 700e6)]
    const [claim] = figureClaims(records)
    expect(claim).toMatchObject({ status: 'conflict', note: 'sources give 2 different values' })
    expect(claim!.values.map((value) => value.value)).toEqual([700e6, 850e6])
  })

  test('should join two views of one flow and call differing undated values unresolved, not a conflict', () => {
    const records = [
      ...pair('a.txt'),
      ...pair('b.txt'),
      figure('a.txt', 374e6, { subject: 'imports from Vietnam', date: undefined }),
      figure('b.txt', 522.4e6, { subject: 'exports from Vietnam to Pakistan', date: undefined })
    ]
    const [claim] = figureClaims(records)
    expect(claim).toMatchObject({
      status: 'unresolved',
      about: 'money USD · flow Vietnam→Pakistan · unknown period',
      note:
        'values differ, but the period is unknown (no date in the sentence, or a relative date without a reference day): not a conflict. ' +
        'one flow seen from both ends: exports of Vietnam to Pakistan; imports of Pakistan from Vietnam'
    })
  })

  test('should not merge events without a date across sources, unless they happen once', () => {
    const claims = buildClaims([...pair('a.txt'), ...pair('b.txt'), event('a.txt', 'target_set', null), event('b.txt', 'target_set', null)])
    const alone = claims.filter((claim) => claim.kind === 'event')
    expect(alone.map((claim) => claim.status)).toEqual(['single', 'single'])
    expect(new Set(alone.map((claim) => claim.id)).size).toBe(2)
    const once = buildClaims([
      ...pair('a.txt'),
      ...pair('b.txt'),
      event('a.txt', 'relations_established', null),
      event('b.txt', 'relations_established', null)
    ])
    expect(once.filter((claim) => claim.kind === 'event').map((claim) => claim.status)).toEqual(['agreed'])
  })

  test('should gather an event told in two languages and flag a second date as a conflict', () => {
    const relations = (source: string, date: string) => event(source, 'relations_established', { value: date, grain: 'day' })
    const agreed = buildClaims([...pair('a.txt'), ...pair('b.txt'), relations('a.txt', '1972-11-08'), relations('b.txt', '1972-11-08')])
    expect(agreed.find((claim) => claim.kind === 'event')).toMatchObject({ status: 'agreed', sources: ['a.txt', 'b.txt'] })
    const conflicting = buildClaims([
      ...pair('a.txt'),
      ...pair('b.txt'),
      relations('a.txt', '1972-11-08'),
      relations('b.txt', '1973-01-01')
    ])
    expect(conflicting.find((claim) => claim.kind === 'event')).toMatchObject({ status: 'conflict' })
  })

  test('should join a visit told in two languages by its parties known under one name, whoever else each source names', () => {
    const visit = (source: string, participants: string[]) => event(source, 'visit', { value: '2023-12', grain: 'month' }, participants)
    const english = [person('en.txt', 'Nguyen Phu Trong'), place('en.txt', 'Vietnam'), place('en.txt', 'China')]
    const vietnamese = [person('vi.txt', 'Nguyễn Phú Trọng'), place('vi.txt', 'Vietnam'), place('vi.txt', 'China')]
    const claims = buildClaims([
      ...english,
      ...vietnamese,
      visit(
        'en.txt',
        english.map((record) => record.id)
      ),
      visit('vi.txt', [vietnamese[0]!.id, vietnamese[2]!.id])
    ])
    expect(claims.filter((claim) => claim.kind === 'event')).toMatchObject([
      { about: 'visit · China, Vietnam · 2023-12', status: 'agreed', sources: ['en.txt', 'vi.txt'] }
    ])
  })

  test('should give the same bytes whatever the order of the records', () => {
    const records = [
      ...pair('a.txt'),
      ...pair('b.txt'),
      figure('a.txt', 850e6),
      figure('b.txt', 700e6),
      figure('b.txt', 1e9, { subject: 'exports of Vietnam' })
    ]
    expect(serializeClaims(buildClaims([...records].reverse()))).toBe(serializeClaims(buildClaims(records)))
  })
})

describe('claimSpill', () => {
  /** Sources alike enough that their facts meet in claims of every status. */
  function batch(): Map<string, Fact[]> {
    const bySource = new Map<string, Fact[]>()
    for (let index = 0; index < 12; index++) {
      const source = `${String.fromCharCode(122 - index)}-${index % 2 ? 'vi' : 'en'}.txt`
      bySource.set(source, [
        ...pair(source),
        figure(source, 850e6 + (index % 3) * 100e6),
        figure(source, 7e9, { subject: 'exports of Vietnam', date: { value: String(2000 + index), grain: 'year' } }),
        figure(source, 100e6 * (index + 1), { subject: 'exports from Vietnam to Pakistan', date: undefined }),
        figure(source, 5e9, { subject: 'imports from Vietnam', date: { value: String(2020 + (index % 4)), grain: 'year' } }),
        place(source, index % 2 ? 'Hà Nội' : 'Hanoi')
      ])
    }
    return bySource
  }

  test.each([
    [1, 64, 1 << 30],
    [1, 3, 1 << 30],
    [1 << 30, 64, 1 << 30],
    [1 << 30, 64, 1],
    [1, 3, 50]
  ])(
    'should write the bytes the claims of the whole batch make, set aside in pieces of %i characters merged %i at a time, a claim holding %i',
    async (pieceChars, fanIn, claimChars) => {
      const bySource = batch()
      const all = [...bySource.values()].flat()
      const spill = claimSpill(pieceChars, fanIn, claimChars)
      try {
        // Sources come in the order they are done, not the order of the walk.
        for (const source of [...bySource.keys()].sort())
          await spill.add((bySource.get(source) ?? []).flatMap((record) => toClaimInput(record) ?? []))
        const written = readFileSync(await spill.finish(), 'utf8')
        const claims = buildClaims(all)
        expect(new Set(claims.map((claim) => claim.status))).toEqual(new Set(['conflict', 'unresolved', 'agreed', 'single']))
        expect(written).toBe(serializeClaims(claims))
      } finally {
        await spill.close()
      }
    }
  )

  test('should write a claim gathered from thousands of sources, set aside on disk, whole and with its characters intact', async () => {
    // Long enough that its supports are read back from disk in several pieces, some cut inside a character.
    const bySource = new Map<string, Fact[]>()
    for (let index = 0; index < 3000; index++) {
      const source = `nguồn-${String(index).padStart(4, '0')}.txt`
      bySource.set(source, [place(source, 'Hà Nội'), figure(source, 5e9 + (index % 3) * 1e9, { quote: 'kim ngạch đạt 5 tỷ USD' })])
    }
    const spill = claimSpill(1 << 20, 64, 1000)
    try {
      // In the order sources are done, here the reverse of theirs: a claim's supports are still in the order of their sources.
      for (const records of [...bySource.values()].reverse()) await spill.add(records.flatMap((record) => toClaimInput(record) ?? []))
      const written = readFileSync(await spill.finish(), 'utf8')
      expect(written.length).toBeGreaterThan(300_000)
      expect(written).toBe(serializeClaims(buildClaims([...bySource.values()].flat())))
    } finally {
      await spill.close()
    }
  })
})
