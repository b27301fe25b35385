import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { evalCommand } from '../src/commands/eval.js'
import { evaluateDataset, scoreDataset } from '../src/eval/dataset.js'
import { EvalInputError } from '../src/eval/input-error.js'
import type { GoldKind } from '../src/eval/kinds.js'
import { spanMaker } from '../src/provenance/span.js'
import type { Fact } from '../src/schema/fact.js'
import { projectRoot } from './helpers/project.js'

/** What a record says beyond its place; `quote` is found in the source (its `nth` occurrence). */
type RecordSpec = Record<string, unknown> & { kind: Fact['kind']; type: string; quote: string; nth?: number; lang?: 'en' | 'vi' }

interface Case {
  readonly source: string
  readonly gold: readonly object[]
  readonly records: readonly RecordSpec[]
}

/** A project folder with one source `a.txt`, its gold and its dataset file. */
function project({ source, gold, records }: Case): string {
  const root = mkdtempSync(path.join(tmpdir(), 'factline-eval-'))
  for (const folder of ['sources', 'gold', 'output']) mkdirSync(path.join(root, folder))
  writeFileSync(path.join(root, 'sources/a.txt'), source)
  writeFileSync(path.join(root, 'gold/a.gold.jsonl'), gold.map((item) => JSON.stringify(item)).join('\n'))
  writeFileSync(
    path.join(root, 'output/a.txt.facts.jsonl'),
    records.map((spec, index) => JSON.stringify(toRecord(source, spec, index))).join('\n')
  )
  return root
}

function toRecord(source: string, spec: RecordSpec, index: number): Fact {
  const { quote, nth = 0, lang = 'en', ...fields } = spec
  let start = -1
  for (let seen = 0; seen <= nth; seen++) start = source.indexOf(quote, start + 1)
  if (start === -1) throw new Error(`no ${quote} in the source`)
  const place = spanMaker(source).make(start, start + quote.length)
  return { id: index.toString(16).padStart(16, '0'), source: 'sources/a.txt', lang, ...place, rule: 'test/en/rule', ...fields } as Fact
}

async function scores(testCase: Case, kind?: GoldKind) {
  const root = project(testCase)
  return scoreDataset({ gold: 'gold', out: 'output', cwd: root, kind })
}

async function runEval(cwd: string, args: readonly string[]) {
  const collect = () => {
    const stream = new PassThrough()
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
  }
  const stdout = collect()
  const stderr = collect()
  const code = await evalCommand.run(args, { cwd, stdin: Readable.from([]), stdout: stdout.stream, stderr: stderr.stream, isTTY: false })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

const figure = (quote: string, fields: Record<string, unknown> & { type: string }): RecordSpec => ({
  kind: 'figure',
  qualifier: 'actual',
  quote,
  ...fields
})
const money = (quote: string, value: number, unit = 'USD', extra: Record<string, unknown> = {}) =>
  figure(quote, { type: 'money', value, unit, ...extra })
const entity = (type: string, quote: string, extra: Record<string, unknown> = {}): RecordSpec => ({
  kind: 'entity',
  type,
  quote,
  name: quote,
  ...extra
})
const counts = (score: { tp: number; fp: number; fn: number } | undefined) => score && [score.tp, score.fp, score.fn]

const trade = 'Trade reached $850 million in 2024.\nIt may reach $1 billion next year.'

describe('eval: values', () => {
  test('should match money within 0.5% of the gold value, and not beyond', async () => {
    const gold = [
      { kind: 'money', line: 1, text: '$850 million', value: 850_000_000, unit: 'USD' },
      { kind: 'money', line: 2, text: '$1 billion', value: 1_000_000_000, unit: 'USD' }
    ]
    // 854 million is 0.47% off; 1.006 billion is 0.6% off.
    const result = await scores({ source: trade, gold, records: [money('$850 million', 854_000_000), money('$1 billion', 1_006_000_000)] })
    expect(counts(result.strict.all.kinds.money)).toEqual([1, 1, 1])
    expect(result.strict.all.kinds.money).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 })
    expect(counts(result.lenient.all.kinds.money)).toEqual([2, 0, 0])
  })

  test('should not match money of another unit strictly', async () => {
    const gold = [{ kind: 'money', line: 1, text: '$850 million', value: 850_000_000, unit: 'USD' }]
    const result = await scores({ source: trade, gold, records: [money('$850 million', 850_000_000, 'VND')] })
    expect(counts(result.strict.all.kinds.money)).toEqual([0, 1, 1])
    expect(counts(result.lenient.all.kinds.money)).toEqual([1, 0, 0])
  })

  test('should match percentages within 0.5%, their unit implied', async () => {
    const source = 'Exports rose 20,5% and imports 3%.'
    const gold = [
      { kind: 'percent', line: 1, text: '20,5%', value: 20.5 },
      { kind: 'percent', line: 1, text: '3%', value: 3 }
    ]
    const records = [figure('20,5%', { type: 'percent', value: 20.6, unit: '%' }), figure('3%', { type: 'percent', value: 3.1, unit: '%' })]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.all.kinds.percent)).toEqual([1, 1, 1])
  })

  test('should match dates on the same ISO value only', async () => {
    const source = 'Talks were held on 8-9/7/2003 and in 2010.'
    const gold = [
      { kind: 'date', line: 1, text: '8-9/7/2003', value: '2003-07-08/2003-07-09' },
      { kind: 'date', line: 1, text: '2010', value: '2010' }
    ]
    const records: RecordSpec[] = [
      { kind: 'date', type: 'interval', quote: '8-9/7/2003', value: '2003-07-08/2003-07-09', grain: 'day' },
      { kind: 'date', type: 'point', quote: '2010', value: '2010-01', grain: 'month' }
    ]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.all.kinds.date)).toEqual([1, 1, 1])
    expect(counts(result.lenient.all.kinds.date)).toEqual([2, 0, 0])
  })

  test('should match a time on the gold day, and a fiscal year by its twelve months, as the gold date', async () => {
    const source = 'Posted 09:15 21/06/2022. Exports in 2022-23 and in 2021-22 rose.'
    const gold = [
      { kind: 'date', line: 1, text: '21/06/2022', value: '2022-06-21' },
      { kind: 'date', line: 1, text: '2022-23', value: '2022/2023' },
      { kind: 'date', line: 1, text: '2021-22', value: '2021/2022' }
    ]
    const records: RecordSpec[] = [
      { kind: 'date', type: 'point', quote: '09:15 21/06/2022', value: '2022-06-21T09:15', grain: 'minute' },
      { kind: 'date', type: 'interval', quote: '2022-23', value: '2022-07/2023-06', grain: 'month' },
      // Eleven months are no fiscal year.
      { kind: 'date', type: 'interval', quote: '2021-22', value: '2021-07/2022-05', grain: 'month' }
    ]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.all.kinds.date)).toEqual([2, 1, 1])
  })

  test('should leave a day or month named without its year out of dates and relative dates', async () => {
    const source = 'On December 3 and last year.'
    const gold = [{ kind: 'relative_date', line: 1, text: 'last year' }]
    const records: RecordSpec[] = [
      { kind: 'date', type: 'point', quote: 'December 3', value: null, grain: 'day', relative: true, yearless: true },
      { kind: 'date', type: 'point', quote: 'last year', value: null, grain: 'year', relative: true }
    ]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.all.micro)).toEqual([1, 0, 0])
  })

  test('should leave counts and multipliers out of the scores', async () => {
    const source = 'About 300 firms took part, twice as many.'
    const records = [
      figure('300 firms', { type: 'count', value: 300, unit: 'firm' }),
      figure('twice', { type: 'multiplier', value: 2, unit: 'x' })
    ]
    const result = await scores({ source, gold: [{ kind: 'place', line: 1, text: 'About' }], records })
    expect(counts(result.strict.all.micro)).toEqual([0, 0, 1])
  })
})

describe('eval: names', () => {
  test('should compare names trimmed and case-folded', async () => {
    const source = 'VIETNAM and Pakistan met in Islamabad.'
    const gold = [
      { kind: 'place', line: 1, text: 'VIETNAM' },
      { kind: 'place', line: 1, text: 'Islamabad' }
    ]
    const records = [entity('place', 'VIETNAM', { name: ' Vietnam ' }), entity('place', 'Islamabad', { name: 'islamabad' })]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.all.kinds.place)).toEqual([2, 0, 0])
  })

  test('should match overlapping spans leniently, any occurrence of the gold text on its line', async () => {
    const source = 'Pakistan thanked Minister Nguyễn Hồng Diên; Pakistan agreed.'
    const gold = [
      { kind: 'person', line: 1, text: 'Nguyễn Hồng Diên' },
      { kind: 'place', line: 1, text: 'Pakistan' }
    ]
    // A wider person span, and the second "Pakistan" quoted as "Pakistan agreed".
    const records = [entity('person', 'Minister Nguyễn Hồng Diên'), entity('place', 'Pakistan agreed')]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.all.micro)).toEqual([0, 2, 2])
    expect(counts(result.lenient.all.micro)).toEqual([2, 0, 0])
  })

  test('should find the gold text of an NFC gold file in an NFD source', async () => {
    const source = 'Ông Nguyễn Hồng Diên và Hà Nội.'.normalize('NFD')
    const gold = [{ kind: 'place', line: 1, text: 'Hà Nội' }]
    const result = await scores({ source, gold, records: [entity('place', 'Hà'.normalize('NFD'))] })
    expect(counts(result.lenient.all.kinds.place)).toEqual([1, 0, 0])
  })

  test('should map relative dates to relative_date by their text, and absolute ones to date', async () => {
    const source = 'Trade grew last year, and in 2023.'
    const gold = [
      { kind: 'relative_date', line: 1, text: 'last year' },
      { kind: 'date', line: 1, text: '2023', value: '2023' }
    ]
    const records: RecordSpec[] = [
      { kind: 'date', type: 'point', quote: 'last year', value: null, grain: 'year', relative: true },
      { kind: 'date', type: 'point', quote: '2023', value: '2023', grain: 'year' }
    ]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.all.kinds.relative_date)).toEqual([1, 0, 0])
    expect(counts(result.strict.all.kinds.date)).toEqual([1, 0, 0])
  })
})

describe('eval: one to one', () => {
  test('should pair each gold item with at most one prediction and back', async () => {
    const source = 'Pakistan, Pakistan and Vietnam.'
    const gold = [
      { kind: 'place', line: 1, text: 'Pakistan' },
      { kind: 'place', line: 1, text: 'Vietnam' },
      { kind: 'place', line: 1, text: 'Vietnam' }
    ]
    const records = [entity('place', 'Pakistan'), entity('place', 'Pakistan', { nth: 1 }), entity('place', 'Vietnam')]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.all.kinds.place)).toEqual([2, 1, 1])
  })

  test('should find the largest pairing, whatever the order of gold and records', async () => {
    // 100.3 fits both gold values (100 and 100.6), 99.6 only 100: pairing 100.3 with 100 first would lose one.
    const source = 'Rs 100, Rs 100.6, Rs 100.3 or Rs 99.6.'
    const gold = [
      { kind: 'money', line: 1, text: 'Rs 100', value: 100, unit: 'PKR' },
      { kind: 'money', line: 1, text: 'Rs 100.6', value: 100.6, unit: 'PKR' }
    ]
    const records = [money('Rs 100.3', 100.3, 'PKR'), money('Rs 99.6', 99.6, 'PKR')]
    const outcomes = new Set<string>()
    for (const [goldOrder, recordOrder] of [
      [gold, records],
      [[...gold].reverse(), records],
      [gold, [...records].reverse()],
      [[...gold].reverse(), [...records].reverse()]
    ] as const) {
      const evaluation = await evaluateDataset({
        gold: 'gold',
        out: 'output',
        cwd: project({ source, gold: goldOrder, records: recordOrder })
      })
      expect(counts(evaluation.scores.strict.all.kinds.money)).toEqual([2, 0, 0])
      expect(counts(evaluation.scores.lenient.all.kinds.money)).toEqual([2, 0, 0])
      outcomes.add(JSON.stringify(evaluation.scores))
    }
    expect(outcomes.size).toBe(1)
  })

  test('should list the same misses whatever the order of the records', async () => {
    const source = 'Vietnam, Laos, Vietnam and Cambodia.'
    const gold = [{ kind: 'place', line: 1, text: 'Vietnam' }]
    const records = [entity('place', 'Vietnam'), entity('place', 'Vietnam', { nth: 1 }), entity('place', 'Laos')]
    const misses = async (order: readonly RecordSpec[]) =>
      (await evaluateDataset({ gold: 'gold', out: 'output', cwd: project({ source, gold, records: order }) })).misses.map(
        (miss) => `${miss.side} ${miss.item.label} ${miss.item.spans[0]?.start}`
      )
    expect(await misses(records)).toEqual(['spurious Laos 9', 'spurious Vietnam 15'])
    expect(await misses([...records].reverse())).toEqual(['spurious Laos 9', 'spurious Vietnam 15'])
  })
})

describe('eval: dated figures and events', () => {
  const source = 'The two sides set a target of $500 million for 2013/2014.'
  const gold = [
    { kind: 'money', line: 1, text: '$500 million', value: 500_000_000, unit: 'USD' },
    { kind: 'date', line: 1, text: '2013/2014', value: '2013/2014' },
    { kind: 'dated_figure', line: 1, value: 500_000_000, unit: 'USD', date: '2013/2014', target: true }
  ]
  const dated = { date: { value: '2013/2014', grain: 'year' } }

  test('should map a dated target figure to a dated_figure with target', async () => {
    const records = [money('$500 million', 501_000_000, 'USD', { ...dated, qualifier: 'target' })]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.all.kinds.dated_figure)).toEqual([1, 0, 0])
    expect(counts(result.strict.all.kinds.money)).toEqual([1, 0, 0])
    expect(counts(result.strict.all.kinds.date)).toEqual([0, 0, 1])
  })

  test('should ask for the same target strictly, not leniently', async () => {
    const records = [money('$500 million', 500_000_000, 'USD', dated)]
    const result = await scores({ source, gold, records }, 'dated_figure')
    expect(counts(result.strict.all.kinds.dated_figure)).toEqual([0, 1, 1])
    expect(counts(result.lenient.all.kinds.dated_figure)).toEqual([1, 0, 0])
    expect(Object.keys(result.strict.all.kinds)).toEqual(['dated_figure'])
  })

  test('should not make a dated_figure of a figure without date, nor match another date', async () => {
    const records = [money('$500 million', 500_000_000, 'USD', { date: { value: '2013', grain: 'year' }, qualifier: 'target' })]
    const result = await scores({ source, gold, records }, 'dated_figure')
    expect(counts(result.lenient.all.kinds.dated_figure)).toEqual([0, 1, 1])
    const undated = await scores({ source, gold, records: [money('$500 million', 500_000_000)] }, 'dated_figure')
    expect(counts(undated.lenient.all.kinds.dated_figure)).toEqual([0, 0, 1])
  })

  test('should make no dated_figure of a figure dated only relatively, nor count money without a unit', async () => {
    const records = [
      money('$500 million', 500_000_000, 'USD', { date: { value: '2013/2014', grain: 'year', relative: true }, qualifier: 'target' })
    ]
    const result = await scores({ source, gold, records }, 'dated_figure')
    expect(counts(result.strict.all.kinds.dated_figure)).toEqual([0, 0, 1])
    const unsettled = figure('$500 million', { type: 'money', value: 500_000_000 })
    const money_ = await scores({ source, gold, records: [unsettled] }, 'money')
    expect(counts(money_.strict.all.kinds.money)).toEqual([0, 1, 1])
  })

  test('should match an event of the same type, any date when the gold has none', async () => {
    const text = 'Leaders met in 2010. Ministers met again in 2012. The envoys visited.'
    const events = [
      { kind: 'event', line: 1, type: 'meeting', date: null, text: 'Leaders met' },
      { kind: 'event', line: 1, type: 'meeting', date: '2012', text: 'Ministers met' },
      { kind: 'event', line: 1, type: 'visit', date: null, text: 'visited' }
    ]
    const event = (quote: string, type: string, date: string | null): RecordSpec => ({
      kind: 'event',
      type,
      quote,
      date: date === null ? null : { value: date, grain: 'year' },
      participants: []
    })
    const records = [event('met', 'meeting', '2010'), event('met', 'meeting', '2011'), event('visited', 'meeting', null)]
    records[1] = { ...records[1]!, nth: 1 }
    const result = await scores({ source: text, gold: events, records })
    expect(counts(result.strict.all.kinds.event)).toEqual([1, 2, 2])
    // Lenient: the 2011 meeting overlaps "Ministers met"; a visit is never a meeting.
    expect(counts(result.lenient.all.kinds.event)).toEqual([2, 1, 1])
  })

  test('should read an event dated at an hour of the gold day as dated that day', async () => {
    const text = 'The storm made landfall at 10am on August 25, 2025.'
    const gold = [{ kind: 'event', line: 1, type: 'disaster', date: '2025-08-25', text: 'storm' }]
    const storm = (value: string): RecordSpec => ({
      kind: 'event',
      type: 'disaster',
      quote: 'storm',
      date: { value, grain: 'hour' },
      participants: []
    })
    expect(counts((await scores({ source: text, gold, records: [storm('2025-08-25T10')] })).strict.all.kinds.event)).toEqual([1, 0, 0])
    expect(counts((await scores({ source: text, gold, records: [storm('2025-08-26T10')] })).strict.all.kinds.event)).toEqual([0, 1, 1])
  })
})

describe('eval: languages', () => {
  test('should count gold by its line language and false positives by the record language', async () => {
    const source = [
      'Việt Nam và Pakistan ký kết hiệp định thương mại tự do song phương.',
      'Pakistan and Vietnam signed a trade deal in Islamabad last week.'
    ].join('\n')
    const gold = [
      { kind: 'place', line: 1, text: 'Việt Nam' },
      { kind: 'place', line: 1, text: 'Pakistan' },
      { kind: 'place', line: 2, text: 'Pakistan' },
      { kind: 'place', line: 2, text: 'Vietnam' }
    ]
    const records = [
      entity('place', 'Việt Nam', { lang: 'vi' }),
      entity('place', 'Pakistan', { nth: 1 }),
      entity('place', 'Islamabad'),
      entity('place', 'thương mại', { lang: 'vi' })
    ]
    const result = await scores({ source, gold, records })
    expect(counts(result.strict.languages.vi.kinds.place)).toEqual([1, 1, 1])
    expect(counts(result.strict.languages.en.kinds.place)).toEqual([1, 1, 1])
    expect(counts(result.strict.all.micro)).toEqual([2, 2, 2])
    expect(result.strict.languages.en.micro).toEqual({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 })
  })
})

describe('eval: input', () => {
  const ok: Case = { source: trade, gold: [{ kind: 'relative_date', line: 2, text: 'next year' }], records: [] }

  test('should name the file and line of gold that is not JSON', async () => {
    const root = project(ok)
    writeFileSync(path.join(root, 'gold/a.gold.jsonl'), '{"kind":"place","line":1,"text":"Trade"}\n{"kind": "place", line: 2}\n')
    const { code, stderr } = await runEval(root, ['--gold', 'gold'])
    expect(code).toBe(2)
    expect(stderr).toBe('eval: gold/a.gold.jsonl:2: Unexpected text that is not JSON, expected one JSON object per line\n')
  })

  test('should name the file, line and field of gold that does not validate', async () => {
    const root = project(ok)
    writeFileSync(path.join(root, 'gold/a.gold.jsonl'), '\n{"kind":"money","line":1,"text":"$850 million","value":850000000}\n')
    await expect(scoreDataset({ gold: 'gold', out: 'output', cwd: root })).rejects.toThrow(
      new EvalInputError('gold/a.gold.jsonl:2: `unit`: Invalid input: expected string, received undefined')
    )
    writeFileSync(path.join(root, 'gold/a.gold.jsonl'), '{"kind":"place","line":1,"text":"Vietnam"}')
    await expect(scoreDataset({ gold: 'gold', out: 'output', sources: 'sources', cwd: root })).rejects.toThrow(
      'gold/a.gold.jsonl:1: Unexpected text "Vietnam", expected the exact substring of line 1 of sources/a.txt'
    )
    writeFileSync(path.join(root, 'gold/a.gold.jsonl'), '{"kind":"place","line":3,"text":"Vietnam"}')
    await expect(scoreDataset({ gold: 'gold', out: 'output', sources: 'sources', cwd: root })).rejects.toThrow(
      'gold/a.gold.jsonl:1: Unexpected line 3, expected a line of sources/a.txt (2 lines)'
    )
  })

  test('should name the file and line of a dataset record that does not validate', async () => {
    const root = project({ ...ok, records: [money('$850 million', 850_000_000)] })
    writeFileSync(path.join(root, 'output/a.txt.facts.jsonl'), '\n{"kind":"figure"}\n', { flag: 'a' })
    const { code, stderr } = await runEval(root, ['--gold', 'gold'])
    expect(code).toBe(2)
    expect(stderr).toBe('eval: output/a.txt.facts.jsonl:2: `id`: Invalid input: expected string, received undefined\n')
  })

  test('should refuse a missing folder with exit code 2', async () => {
    const root = project(ok)
    expect(await runEval(root, ['--gold', 'nowhere'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('nowhere: Unexpected missing gold folder')
    })
    expect(await runEval(root, ['--gold', 'gold', '--out', 'nothing'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('nothing: Unexpected missing dataset folder')
    })
    expect(await runEval(root, ['--gold', 'gold', '--kind', 'thing'])).toMatchObject({ code: 2 })
  })

  test('should read sources from --sources when records do not name them, and print JSON', async () => {
    const root = project(ok)
    const { code, stdout } = await runEval(root, ['--gold', 'gold', '--sources', 'sources', '--json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).strict.all.micro).toEqual({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 })
  })

  test('should print the table and the misses, exit 0', async () => {
    const root = project({ ...ok, records: [{ kind: 'date', type: 'point', quote: 'next', value: null, grain: 'year', relative: true }] })
    const { code, stdout } = await runEval(root, ['--gold', 'gold', '--misses', '--kind', 'relative_date'])
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'kind            | strict                          | lenient',
        '                |     P      R     F1  TP  FP  FN |     P      R     F1  TP  FP  FN',
        'all languages:',
        '  relative_date | 0.000  0.000  0.000   0   1   1 | 1.000  1.000  1.000   1   0   0',
        '  micro         | 0.000  0.000  0.000   0   1   1 | 1.000  1.000  1.000   1   0   0',
        'en:',
        '  relative_date | 0.000  0.000  0.000   0   1   1 | 1.000  1.000  1.000   1   0   0',
        '  micro         | 0.000  0.000  0.000   0   1   1 | 1.000  1.000  1.000   1   0   0',
        'vi:',
        '  micro         |     –      –      –   0   0   0 |     –      –      –   0   0   0',
        '(1 gold file(s); P precision, R recall, – nothing to divide by)',
        '',
        'sources/a.txt:2  missed    relative_date  "next year"  (lenient match)',
        'sources/a.txt:2  spurious  relative_date  "next"  (lenient match)',
        ''
      ].join('\n')
    )
  })

  test('should read every item of the seed gold and find its text on its line', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'factline-eval-'))
    const evaluation = await evaluateDataset({
      gold: path.resolve(projectRoot, '../shared/corpus/gold'),
      out: root,
      sources: path.join(projectRoot, 'sources'),
      cwd: root
    })
    expect(evaluation.scores.files).toBe(5)
    expect(evaluation.warnings).toHaveLength(5)
    expect(counts(evaluation.scores.strict.all.micro)).toEqual([0, 0, 439])
  })
})
