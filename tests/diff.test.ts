import { execFileSync } from 'node:child_process'
import { cpSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { readDatasetFolder } from '../src/diff/dataset.js'
import { diffDatasets } from '../src/diff/diff.js'
import { commentLimit, formatMarkdown } from '../src/diff/format/markdown.js'
import type { DatasetDiff } from '../src/diff/types.js'
import { diffCommand } from '../src/commands/diff.js'
import { runCli, runCommand } from './helpers/cli.js'
import { tempProject } from './helpers/project.js'
import { datasetPair } from './helpers/dataset-pair.js'
import { factIn } from './helpers/facts.js'

/** The sets a diff found, in the shape of the prepared pair's `expected`. */
function found(diff: DatasetDiff) {
  const all = <T>(pick: (source: DatasetDiff['sources'][number]) => readonly T[]) => diff.sources.flatMap(pick)
  return {
    added: all((source) => source.added).map((record) => record.id),
    removed: all((source) => source.removed).map((record) => record.id),
    changed: all((source) => source.changed).map((pair) => ({
      old: pair.old.id,
      new: pair.new.id,
      fields: pair.fields.map((change) => change.field)
    })),
    moved: all((source) => source.moved).map((pair) => ({ old: pair.old.id, new: pair.new.id }))
  }
}

/** `factline diff ARGS` in `cwd`. */
const runDiff = (cwd: string, args: string[]) => runCommand(diffCommand, cwd, args)

const sortById = <T extends { old: string } | string>(items: T[]) =>
  [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))

describe('diff of two datasets', () => {
  test('should find exactly the added, removed, changed and moved facts of the prepared pair', async () => {
    const pair = datasetPair()
    const diff = diffDatasets(await readDatasetFolder(pair.old), await readDatasetFolder(pair.next))
    const result = found(diff)
    expect(sortById(result.added)).toEqual(sortById(pair.expected.added))
    expect(sortById(result.removed)).toEqual(sortById(pair.expected.removed))
    expect(sortById(result.changed)).toEqual(sortById(pair.expected.changed))
    expect(sortById(result.moved)).toEqual(sortById(pair.expected.moved))
    expect(diff.sources.map((source) => [source.source, source.status])).toEqual([
      ['deal.txt', 'modified'],
      ['edited.txt', 'modified'],
      ['fresh.txt', 'added'],
      ['gone.txt', 'removed']
    ])
    expect(diff.totals).toEqual({ added: 2, removed: 3, changed: 3, moved: 2 })
  })

  test('should pair a changed id by span and show old and new values side by side', async () => {
    const pair = datasetPair()
    const diff = diffDatasets(await readDatasetFolder(pair.old), await readDatasetFolder(pair.next))
    const money = diff.sources[0]!.changed.find((change) => change.new.id === pair.facts.moneyNew.id)!
    expect(money.pairedBy).toBe('span')
    expect(money.fields).toEqual([
      { field: 'quote', old: '850 triệu', new: '850 triệu USD' },
      { field: 'unit', old: 'VND', new: 'USD' }
    ])
  })

  test('should see no change between a dataset and itself', async () => {
    const pair = datasetPair()
    const dataset = await readDatasetFolder(pair.next)
    expect(diffDatasets(dataset, dataset)).toEqual({ sources: [], totals: { added: 0, removed: 0, changed: 0, moved: 0 } })
  })
})

describe('factline diff', () => {
  test('should exit 1 and print each difference for a terminal without colour when not on one', async () => {
    const pair = datasetPair()
    const { code, stdout } = await runDiff(pair.root, ['old', 'output'])
    expect(code).toBe(1)
    expect(stdout).not.toContain('\u001b[')
    expect(stdout).toContain('deal.txt (modified): +0 −1 ~3')
    expect(stdout).toContain('~ figure/money 1:64 «850 triệu → 850 triệu USD»')
    expect(stdout).toMatch(/unit\s+"VND"\s+→ {2}"USD"/u)
    expect(stdout).toContain('+ entity/organization 1:5 «WTO»  name="WTO"')
    expect(stdout).toContain('edited.txt (modified): +0 −0 ~0 (2 moved)')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('4 source(s): 2 added, 3 removed, 3 changed, 2 moved')
  })

  test('should exit 0 when nothing changed, even when facts only moved', async () => {
    const pair = datasetPair()
    const same = await runDiff(pair.root, ['output', 'output'])
    expect(same).toMatchObject({ code: 0, stdout: 'no change\n' })
    rmSync(path.join(pair.old, 'deal.txt.facts.jsonl'))
    rmSync(path.join(pair.old, 'gone.txt.facts.jsonl'))
    rmSync(path.join(pair.next, 'deal.txt.facts.jsonl'))
    rmSync(path.join(pair.next, 'fresh.txt.facts.jsonl'))
    const moved = await runDiff(pair.root, ['old', 'output', '--format', 'json'])
    expect(moved.code).toBe(0)
    expect(JSON.parse(moved.stdout).totals).toEqual({ added: 0, removed: 0, changed: 0, moved: 2 })
  })

  test('should write JSON with the same sets as the library', async () => {
    const pair = datasetPair()
    const { code, stdout } = await runDiff(pair.root, ['old', 'output', '--format', 'json'])
    expect(code).toBe(1)
    const json = JSON.parse(stdout) as DatasetDiff
    expect(sortById(found(json).changed)).toEqual(sortById(pair.expected.changed))
  })

  test('should write Markdown for a pull request: a summary table, then details, with HTML escaped', async () => {
    const pair = datasetPair()
    const { code, stdout } = await runDiff(pair.root, ['old', 'output', '--format', 'markdown'])
    expect(code).toBe(1)
    expect(stdout).toContain('**2 added, 3 removed, 3 changed** in 4 source(s); 2 moved without other change.')
    expect(stdout).toContain(
      '| source | added | removed | changed | moved |\n| --- | --- | --- | --- | --- |\n| <code>deal.txt</code> | 0 | 1 | 3 | 0 |'
    )
    expect(stdout).toContain('| figure/money | 1:64 | 850 triệu → 850 triệu USD | quote | "850 triệu" | "850 triệu USD" |')
    expect(stdout).toContain('<details><summary><code>gone.txt</code> (removed)</summary>')
    expect(stdout).not.toContain('<code>edited.txt</code> (modified)</summary>')
  })

  test("should keep Markdown under GitHub's limit: the summary by kind first, then what fits, and a note of what was cut", () => {
    const text = 'Exports reached $850 million in 2024.\n'
    const many = (count: number, prefix: string) =>
      Array.from({ length: count }, (_, index) =>
        factIn(text, `sources/${prefix}.txt`, '$850 million', {
          kind: 'figure',
          type: 'money',
          value: index,
          unit: 'USD',
          qualifier: 'actual'
        })
      ).map((record, index) => ({ ...record, id: `${prefix.padStart(8, '0')}${index.toString(16).padStart(8, '0')}`.slice(-16) }))
    const sources = Array.from({ length: 400 }, (_, index) => `article-${String(index).padStart(3, '0')}`)
    const diff = diffDatasets(new Map(), new Map(sources.map((name) => [`${name}.txt`, { facts: many(20, name), manifest: undefined }])))
    const markdown = formatMarkdown(diff)
    expect(markdown.length).toBeLessThanOrEqual(commentLimit)
    expect(markdown.length).toBeGreaterThan(commentLimit - 2000)
    expect(markdown).toMatch(
      /^### factline diff\n\n\*\*8000 added, 0 removed, 0 changed\*\* in 400 source\(s\)\.\n\n\| kind \| added \| removed \| changed \|\n\| --- \| --- \| --- \| --- \|\n\| figure \| 8000 \| 0 \| 0 \|/u
    )
    const shown = markdown.match(/<details>/gu)?.length ?? 0
    expect(shown).toBeGreaterThan(0)
    expect(markdown.trimEnd().split('\n').pop()).toBe(
      `> **Cut to stay under GitHub's 65,536 characters:** the facts of ${400 - shown} source(s) (${(400 - shown) * 20} added, removed or changed) are not shown. Run \`npx --no-install factline diff\` (or \`--format json\`) for the whole diff.`
    )
    // A small diff is whole, with no note.
    expect(formatMarkdown(diffDatasets(new Map(), new Map([['a.txt', { facts: many(2, 'a'), manifest: undefined }]])))).not.toContain(
      'Cut to stay'
    )
  })

  test('should refuse bad arguments with exit 2', async () => {
    const pair = datasetPair()
    expect((await runDiff(pair.root, ['old'])).code).toBe(2)
    expect((await runDiff(pair.root, ['old', 'output', '--format', 'html'])).code).toBe(2)
    const missing = await runDiff(pair.root, ['nowhere', 'output'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nowhere: Unexpected missing dataset folder')
    expect((await runDiff(pair.root, ['--git', 'no-such-revision', '--out', 'output'])).code).toBe(2)
  })

  test('should compare with the dataset committed at a revision, without touching the work tree', async () => {
    const pair = datasetPair()
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: pair.root })
    git('init', '--quiet')
    rmSync(pair.next, { recursive: true })
    cpSync(pair.old, pair.next, { recursive: true })
    git('add', 'output')
    git('commit', '--quiet', '-m', 'old dataset')
    const clean = await runDiff(pair.root, ['--git', 'HEAD', '--out', 'output'])
    expect(clean).toMatchObject({ code: 0, stdout: 'no change\n' })

    rmSync(pair.next, { recursive: true })
    const again = datasetPair()
    cpSync(again.next, pair.next, { recursive: true })
    const { code, stdout } = await runDiff(pair.root, ['--git', 'HEAD', '--out', 'output', '--format', 'json'])
    expect(code).toBe(1)
    const result = found(JSON.parse(stdout) as DatasetDiff)
    expect(sortById(result.removed)).toEqual(sortById(again.expected.removed))
    expect(sortById(result.added)).toEqual(sortById(again.expected.added))
    expect(sortById(result.changed)).toEqual(sortById(again.expected.changed))
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: pair.root, encoding: 'utf8' })).toContain(' M output/deal.txt.facts.jsonl')

    // A dataset folder outside the repository has no committed dataset: one line, exit 2, no stack trace.
    const elsewhere = datasetPair()
    const refused = await runDiff(pair.root, ['--git', 'HEAD', '--out', elsewhere.next])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('outside the repository')
    expect(refused.stderr).not.toMatch(/^\s+at /mu)
  })
})

describe('pairing after an edit of one line', () => {
  test('should pair the facts of the other lines with themselves, not with a like fact that shifted rank', async () => {
    const lines = [
      'Exports rose 5 percent in 2024 after the deal.',
      'The ministry published the figures on its website.',
      'Officials from both sides met in Hanoi.',
      'Imports fell 3 percent in 2024 as well.'
    ]
    const root = tempProject({ 'a.txt': `${lines.join('\n')}\n` })
    expect((await runCli(root, ['run', '--out', 'old'])).code).toBe(0)
    writeFileSync(path.join(root, 'sources', 'a.txt'), `${['Exports rose after the deal.', ...lines.slice(1)].join('\n')}\n`)
    expect((await runCli(root, ['run', '--out', 'new'])).code).toBe(0)
    const { stdout } = await runDiff(root, ['old', 'new', '--format', 'json'])
    const diff = JSON.parse(stdout) as DatasetDiff
    const touched = diff.sources.flatMap((source) => [
      ...source.added.map((record) => ['added', record] as const),
      ...source.removed.map((record) => ['removed', record] as const),
      ...source.changed.map((pair) => ['changed', pair.old] as const),
      ...source.moved.map((pair) => ['moved', pair.old] as const)
    ])
    expect(touched.length).toBeGreaterThan(0)
    for (const [how, record] of touched) expect(`${how} ${record.quote} at line ${record.span.start.line}`).toMatch(/ at line 1$/u)
  })
})
