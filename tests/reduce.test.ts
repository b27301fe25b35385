/**
 * The claims the reduce builds with DuckDB against those of one run
 * (`claimSpill`), byte for byte, over claim inputs made to find where they
 * could part: names and sources whose characters order one way as UTF-8
 * (DuckDB's order of text) and another as UTF-16 code units (the claims'),
 * figures within and beyond tolerance, undated events, two facts of one
 * claim at one place, a claim too large to hold, shards writing Parquet and
 * JSON lines, sources in any order.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { ClaimInput } from '../src/claims/input.js'
import { claimSpill } from '../src/claims/spill.js'
import { claimInputs } from '../src/shard/claim-inputs.js'
import type { PlanHead } from '../src/shard/plan.js'
import { reduceClaims } from '../src/shard/reduce.js'
import { reduceFolder, shardFolder, type ShardDone } from '../src/shard/work.js'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
}

// U+E000 sorts after U+10000 as UTF-8 and before it as UTF-16 code units; 'Ä' and 'Z' as both do.
const names = ['Việt Nam', 'Pakistan', '\uE000 Lab', '\u{10000} Lab', 'Ä', 'Z', 'a\u{1F600}', 'a\uFFFD']
const sources = ['s/a.txt', 's/\uE000.txt', 's/\u{10000}.txt', 's/b.txt', 's/B.txt', 's/ä.txt']

function id(next: () => number): string {
  return Array.from({ length: 16 }, () => Math.floor(next() * 16).toString(16)).join('')
}

/** The claim inputs of one source: places, dates, figures near each other in value, events with and without dates. */
function inputsOf(source: string, next: () => number, mentions: number): ClaimInput[] {
  const inputs: ClaimInput[] = []
  const base = { source, lang: 'en' as const }
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  for (let at = 0; at < mentions; at++) {
    const offset = Math.floor(next() * 5000)
    const place = { ...base, id: id(next), line: 1 + Math.floor(offset / 80), offset }
    const choice = next()
    if (choice < 0.4) {
      const entity = {
        ...place,
        kind: 'entity' as const,
        type: 'place' as const,
        quote: pick(names),
        name: pick(names),
        canonical: pick(names)
      }
      inputs.push(entity)
      // A second reading at the same place, of the same claim: only the order they came in tells them apart.
      if (next() < 0.2) inputs.push({ ...entity, id: id(next), quote: `${entity.quote}!` })
    } else if (choice < 0.55)
      inputs.push({ ...place, kind: 'date', type: 'point', quote: '2024', value: pick(['2024', '2023', '2024-03']), grain: 'year' })
    else if (choice < 0.85) {
      const value = pick([100, 100.3, 101, 99.9, 500, 1e9]) * (next() < 0.5 ? 1 : 1.004)
      inputs.push({
        ...place,
        kind: 'figure',
        type: 'money',
        quote: `$${value}`,
        value,
        unit: 'USD',
        qualifier: pick(['actual', 'target'] as const),
        subject: pick(['exports of Vietnam to Pakistan', 'imports of Pakistan from Vietnam', 'bilateral trade', `trade of ${pick(names)}`]),
        ...(next() < 0.7 ? { date: { value: pick(['2024', '2023']), grain: 'year' as const } } : {}),
        ...(next() < 0.3 ? { approx: true as const } : {})
      })
    } else
      inputs.push({
        ...place,
        kind: 'event',
        type: pick(['visit', 'relations_established'] as const),
        quote: 'visited',
        date: next() < 0.5 ? { value: pick(['2024-01-02', '2024-05']), grain: 'day' as const } : null,
        participants: []
      })
  }
  return inputs
}

/** A claim about one name with so many supports that the run sets them aside on disk. */
function crowd(source: string, count: number): ClaimInput[] {
  return Array.from({ length: count }, (_, index) => ({
    source,
    lang: 'vi' as const,
    id: index.toString(16).padStart(16, '0'),
    line: index + 1,
    offset: index * 200,
    kind: 'entity' as const,
    type: 'place' as const,
    quote: `Việt Nam ${'x'.repeat(150)}`,
    name: 'Việt Nam'
  }))
}

async function throughOneRun(all: readonly ClaimInput[][]): Promise<string> {
  const spill = claimSpill(64 * 1024)
  try {
    for (const inputs of all) await spill.add(inputs)
    return readFileSync(await spill.finish(), 'utf8')
  } finally {
    await spill.close()
  }
}

async function throughShards(all: readonly ClaimInput[][], shards: number, partitions: number): Promise<string> {
  const work = mkdtempSync(path.join(tmpdir(), 'factline-reduce-test-'))
  folders.push(work)
  const done: ShardDone[] = []
  for (let index = 0; index < shards; index++) {
    const format = index % 2 === 0 ? 'parquet' : 'jsonl'
    const target = claimInputs(shardFolder(work, index), { partitions, format, memory: '256MB' })
    try {
      // Each shard takes every `shards`-th source, the last of them from the cache.
      const mine = all.filter((_, at) => at % shards === index)
      for (const inputs of mine.slice(0, -1)) await target.add(inputs)
      await target.finish({
        addCached: async () => {
          if (mine.length > 0) await target.add(mine.at(-1)!)
        },
        key: undefined,
        out: work,
        stage: async () => expect.unreachable('a shard stages no file of the dataset'),
        store: async () => expect.unreachable('a shard caches no claims'),
        warn: (message) => expect.unreachable(message)
      })
    } finally {
      await target.close()
    }
    done.push({ plan: 'test', index, format, fingerprint: 'f', configHash: 'c', sources: 0 })
  }
  const head: PlanHead = { digest: 'test', shards, partitions, configHash: 'c', inputs: [], sources: 0, bytes: 0, lists: [] }
  await reduceClaims({ work, head, shards: done, shardsDigest: 'd', threads: 2, memory: '256MB', scratch: work })
  return readFileSync(path.join(reduceFolder(work), 'claims.jsonl'), 'utf8')
}

describe('reduce', () => {
  test.each([
    [1, 1, 1],
    [2, 3, 7],
    [3, 5, 16]
  ])(
    'should build the claims one run builds (seed %i, %i shards, %i partitions)',
    async (seed, shards, partitions) => {
      const next = random(seed)
      const all = Array.from({ length: 30 }, (_, index) => inputsOf(`${sources[index % sources.length]}${index}`, next, 40))
      const expected = await throughOneRun(all)
      expect(expected.split('\n').length).toBeGreaterThan(50)
      expect(await throughShards(all, shards, partitions)).toBe(expected)
      // Sources in another order make the same claims.
      expect(await throughShards([...all].reverse(), shards, partitions)).toBe(expected)
    },
    60_000
  )

  test('should build a claim larger than it holds, as one run does', async () => {
    const all = [crowd('s/one.txt', 6000), crowd('s/two.txt', 6000), inputsOf('s/three.txt', random(9), 50)]
    const expected = await throughOneRun(all)
    expect(expected.length).toBeGreaterThan(2 * 1024 * 1024)
    expect(await throughShards(all, 2, 4)).toBe(expected)
  }, 60_000)
})
