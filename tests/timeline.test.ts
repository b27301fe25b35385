import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { timelineCommand } from '../src/commands/timeline.js'
import type { Fact } from '../src/schema/fact.js'
import { buildTimeline } from '../src/timeline/build.js'
import { runCommand } from './helpers/cli.js'
import { factIn, writeDataset } from './helpers/facts.js'

const english = 'Chile and Peru established diplomatic relations on 2 May 1950 and set a target.\n'
const vietnamese = 'Chile y Peru: lập quan hệ ngoại giao ngày 2/5/1950. Năm 1960, Chile lập Đại sứ quán.\n'

function event(text: string, source: string, quote: string, type: string, date: string | null, participants: string[] = []): Fact {
  const grain = date?.length === 4 ? 'year' : 'day'
  return factIn(
    text,
    source,
    quote,
    { kind: 'event', type, date: date === null ? null : { value: date, grain }, participants },
    { lang: source.includes('vi') ? 'vi' : 'en' }
  )
}

function dataset(): Fact[] {
  const chile = factIn(english, 'sources/en.txt', 'Chile', { kind: 'entity', type: 'place', name: 'Chile' })
  const peru = factIn(english, 'sources/en.txt', 'Peru', { kind: 'entity', type: 'place', name: 'Peru' })
  return [
    chile,
    peru,
    event(english, 'sources/en.txt', 'established diplomatic relations', 'relations_established', '1950-05-02', [chile.id, peru.id]),
    event(english, 'sources/en.txt', 'set a target', 'target_set', null),
    event(vietnamese, 'sources/vi.txt', 'lập quan hệ ngoại giao', 'relations_established', '1950-05-02'),
    event(vietnamese, 'sources/vi.txt', 'lập Đại sứ quán', 'embassy_opened', '1960')
  ]
}

describe('timeline', () => {
  test('should order happenings by date, undated last, with mentions of one happening together', () => {
    const timeline = buildTimeline(dataset())
    expect(timeline.map((entry) => `${entry.date} ${entry.type} ${entry.mentions.map((mention) => mention.source).join(',')}`)).toEqual([
      '1950-05-02 relations_established sources/en.txt,sources/vi.txt',
      '1960 embassy_opened sources/vi.txt',
      'null target_set sources/en.txt'
    ])
    expect(timeline[0]!.mentions[0]).toMatchObject({ line: 1, lang: 'en', participants: ['Chile', 'Peru'] })
  })

  test('should show every type with its section, a mention with its CAMEO code and a casualty with its count', () => {
    const text =
      'On 7 September 2024, Typhoon Yagi struck Cao Bang, with 19 people killed. Vietnam hosted the President on 8 September 2024.\n'
    const source = 'sources/storm.txt'
    const dead = factIn(text, source, '19 people', { kind: 'figure', type: 'count', value: 19, unit: 'people', qualifier: 'actual' })
    const at = (date: string) => ({ value: date, grain: 'day' as const })
    const records = [
      dead,
      factIn(text, source, 'Typhoon Yagi', { kind: 'event', type: 'disaster', date: at('2024-09-07'), participants: [] }),
      factIn(text, source, 'killed', { kind: 'event', type: 'death', date: at('2024-09-07'), participants: [], count: dead.id }),
      factIn(text, source, 'hosted', { kind: 'event', type: 'visit', cameo: '043', date: at('2024-09-08'), participants: [] })
    ]
    const timeline = buildTimeline(records)
    expect(timeline.map((entry) => `${entry.date} ${entry.type} ${entry.section}`)).toEqual([
      '2024-09-07 death society',
      '2024-09-07 disaster society',
      '2024-09-08 visit diplomacy'
    ])
    expect(timeline[0]!.mentions[0]).toMatchObject({ quote: 'killed', count: '19 people' })
    expect(timeline[2]!.mentions[0]).toMatchObject({ quote: 'hosted', cameo: '043' })
  })

  test('should print the timeline with sources and lines, and write it as JSON', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'factline-timeline-'))
    const records = dataset()
    writeDataset(path.join(root, 'output'), {
      'en.txt': { facts: records.filter((record) => record.source === 'sources/en.txt'), text: english },
      'vi.txt': { facts: records.filter((record) => record.source === 'sources/vi.txt'), text: vietnamese }
    })
    const printed = await runCommand(timelineCommand, root, ['--out', 'output', '--file', 'timeline.json'])
    expect(printed.code).toBe(0)
    expect(printed.stdout).toContain(
      '1950-05-02            relations_established · diplomacy\n    sources/en.txt:1 [en] «established diplomatic relations»  Chile, Peru\n    sources/vi.txt:1 [vi]'
    )
    expect(printed.stderr).toBe('timeline: 3 happening(s), 4 mention(s)\n')
    const written = JSON.parse(readFileSync(path.join(root, 'timeline.json'), 'utf8'))
    expect(written).toEqual(JSON.parse((await runCommand(timelineCommand, root, ['--out', 'output', '--json'])).stdout))
    expect(written).toHaveLength(3)
  })

  test('should refuse a dataset folder that does not exist', async () => {
    const { code, stderr } = await runCommand(timelineCommand, tmpdir(), ['--out', 'nowhere-at-all'])
    expect(code).toBe(2)
    expect(stderr).toContain('nowhere-at-all: Unexpected missing dataset folder')
  })
})
