import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/cli.js'
import { tempProject } from './helpers/project.js'

const english = 'Trade between them touched $850 million in 2024, up 9 percent.\n'
const vietnamese = 'Năm 2024, kim ngạch đạt 850 triệu USD, tăng 20,5% so với năm 2023.\n'

function outputs(root: string): Record<string, string> {
  const out = path.join(root, 'output')
  return Object.fromEntries(
    readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.facts.jsonl') || name === 'manifest.json')
      .sort()
      .map((name) => [name, readFileSync(path.join(out, name), 'utf8')])
  )
}

describe('run', () => {
  test('should write one file per source and a manifest, and change no byte on a second run', async () => {
    const root = tempProject({ 'a.txt': english, 'nested/b.md': vietnamese })
    const first = await runCli(root, ['run'])
    expect(first.code).toBe(0)
    const written = outputs(root)
    expect(Object.keys(written)).toEqual(['a.txt.facts.jsonl', 'manifest.json', 'nested/b.md.facts.jsonl'])
    const records = written['a.txt.facts.jsonl']!.trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(records.length).toBeGreaterThan(0)
    expect(records.every((record) => record.source === 'sources/a.txt')).toBe(true)

    const second = await runCli(root, ['run'])
    expect(second.code).toBe(0)
    expect(outputs(root)).toEqual(written)
    expect((await runCli(root, ['run', '--check'])).code).toBe(0)
  })

  test('should name an edited source and a removed one in --check, and a run should bring output up to date', async () => {
    const root = tempProject({ 'a.txt': english, 'b.txt': english })
    await runCli(root, ['run'])
    writeFileSync(path.join(root, 'sources', 'a.txt'), 'Exports reached $1 billion in 2023.\n')
    rmSync(path.join(root, 'sources', 'b.txt'))

    const check = await runCli(root, ['run', '--check'])
    expect(check.code).toBe(1)
    expect(check.stderr).toContain('would change: output/a.txt.facts.jsonl')
    expect(check.stderr).toContain('would change: output/b.txt.facts.jsonl')
    expect(check.stderr).toContain('would change: output/manifest.json')

    expect((await runCli(root, ['run'])).code).toBe(0)
    expect(existsSync(path.join(root, 'output', 'b.txt.facts.jsonl'))).toBe(false)
    expect((await runCli(root, ['run', '--check'])).code).toBe(0)
  })

  test('should keep claims true to the sources through the cache', async () => {
    const root = tempProject({ 'a.txt': english, 'b.txt': english })
    const claims = () => readFileSync(path.join(root, 'output', 'claims.jsonl'), 'utf8')
    const statusOf = () =>
      claims()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .find((claim) => claim.kind === 'figure' && claim.about.includes('2024'))?.status
    await runCli(root, ['run'])
    const agreed = claims()
    expect(statusOf()).toBe('agreed')
    writeFileSync(path.join(root, 'sources', 'b.txt'), english.replace('$850 million', '$900 million'))
    await runCli(root, ['run'])
    expect(statusOf()).toBe('conflict')
    writeFileSync(path.join(root, 'sources', 'b.txt'), english)
    await runCli(root, ['run'])
    expect(claims()).toBe(agreed)
    rmSync(path.join(root, 'output', 'claims.jsonl'))
    expect((await runCli(root, ['run', '--check'])).code).toBe(1)
    await runCli(root, ['run'])
    expect(claims()).toBe(agreed)
  })

  test('should report each bad file with its path and reason, process the good ones, and exit 1', async () => {
    const longLine = `${'Trade grew by 5 percent in 2020 and exports rose. '.repeat(21_000)}\n`
    const root = tempProject({
      'good.txt': english,
      'empty.txt': '',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x0a, 0xff]),
      'utf16.txt': new Uint8Array([0xff, 0xfe, ...Buffer.from('Trade grew 5 percent', 'utf16le')]),
      'broken.txt': new Uint8Array([...Buffer.from('Trade grew '), 0xc3, 0x28, ...Buffer.from(' in 2020')]),
      'long-line.txt': longLine
    })
    const huge = path.join(root, 'sources', 'huge.txt')
    closeSync(openSync(huge, 'w'))
    truncateSync(huge, 50 * 1024 * 1024)

    const result = await runCli(root, ['run'])
    expect(result.code).toBe(1)
    const expectedReasons: [string, string][] = [
      ['empty.txt', 'Unexpected empty file'],
      ['binary.txt', 'Unexpected byte sequence that is not UTF-8'],
      ['utf16.txt', 'Unexpected UTF-16 text'],
      ['broken.txt', 'Unexpected byte sequence that is not UTF-8'],
      ['huge.txt', 'Unexpected file larger than the configured limit']
    ]
    for (const [name, reason] of expectedReasons) {
      expect(result.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}[\\s\\S]*?${reason}`, 'u'))
    }
    const written = Object.keys(outputs(root))
    expect(written).toEqual(['good.txt.facts.jsonl', 'long-line.txt.facts.jsonl', 'manifest.json'])
    const manifest = JSON.parse(outputs(root)['manifest.json']!)
    const skipped = manifest.sources.filter((source: { skipped: boolean }) => source.skipped).map((s: { path: string }) => s.path)
    expect(skipped).toEqual(['sources/binary.txt', 'sources/broken.txt', 'sources/empty.txt', 'sources/huge.txt', 'sources/utf16.txt'])
    const longRecords = outputs(root)['long-line.txt.facts.jsonl']!.trim().split('\n')
    expect(longRecords.length).toBeGreaterThan(20_000)
  }, 120_000)

  test('should read other folders with --out and name sources from the project root', async () => {
    const root = tempProject({ 'x/a.txt': english })
    const result = await runCli(root, ['run', 'sources/x', '--out', 'elsewhere'])
    expect(result.code).toBe(0)
    const lines = readFileSync(path.join(root, 'elsewhere', 'a.txt.facts.jsonl'), 'utf8')
      .trim()
      .split('\n')
    expect(JSON.parse(lines[0]!).source).toBe('sources/x/a.txt')
  })

  test('should start no more threads than the cores, and none besides its own for a small batch', async () => {
    const root = tempProject({ 'a.txt': english, 'b.txt': vietnamese, 'c.txt': english.replace('850', '900') })
    const result = await runCli(root, ['run', '--workers', '100000', '--no-cache'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^threads: 1 \(of at most \d+\)$/mu)
    const cores = Number(/of at most (\d+)/u.exec(result.stderr)![1])
    expect(cores).toBeLessThanOrEqual(availableParallelism())
  })

  test('should exit 1 when facts were dropped at the limit of a file', async () => {
    const root = tempProject({ 'a.txt': english }, { limits: { maxFactsPerFile: 2 } })
    const result = await runCli(root, ['run'])
    expect(result.stderr).toContain('extract/too-many-facts')
    expect(result.code).toBe(1)
  })

  test('should exit 1 when matching stopped early in a block', async () => {
    const root = tempProject({ 'a.txt': `${'1 2 3 4 5 6 7 8 9 10 '.repeat(3000)}\n` }, { limits: { maxLineLength: 100_000 } })
    const result = await runCli(root, ['run'])
    expect(result.stderr).toContain('extract/truncated')
    expect(result.code).toBe(1)
  })
})

describe('extract', () => {
  test('should exit 1 when facts were dropped, and refuse standard input beyond maxFileBytes', async () => {
    const root = tempProject({}, { limits: { maxFactsPerFile: 2, maxFileBytes: 1000 } })
    const dropped = await runCli(root, ['extract', '--lang', 'en'], english)
    expect(dropped.stderr).toContain('extract/too-many-facts')
    expect(dropped.stdout.trim().split('\n')).toHaveLength(2)
    expect(dropped.code).toBe(1)
    const large = await runCli(root, ['extract', '--lang', 'en'], english.repeat(30))
    expect(large.stderr).toContain('read/too-large')
    expect(large.stdout).toBe('')
    expect(large.code).toBe(1)
  })
})
