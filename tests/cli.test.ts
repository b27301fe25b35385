/**
 * The command line as a person meets it, through the real `factline` in a
 * process of its own: version, help and "did you mean", short flags, the
 * config found from a subfolder, extract on files with detection and a
 * reference date, where the cache and the page go, and nothing left in the
 * temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { fact } from '../src/schema/fact.js'
import { claimSchema } from '../src/schema/outputs.js'
import { spawnCli } from './helpers/cli.js'
import { projectRoot } from './helpers/project.js'

const toolVersion = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version
const english = 'Vietnam exported $850 million of rice to the Philippines in 2024, up 12% from last year.\n'
const vietnamese = 'Năm 2024, kim ngạch thương mại song phương đạt 850 triệu USD, tăng 20,5% so với năm 2023.\n'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** A dataset project as a user makes one: sources, and a config that sets only what differs from the defaults. */
function project(config = "export default { dateReading: 'next' }\n"): string {
  const root = mkdtempSync(path.join(tmpdir(), 'factline-cli-'))
  folders.push(root)
  writeFileSync(path.join(root, 'package.json'), '{ "name": "my-dataset", "private": true }\n')
  if (config) writeFileSync(path.join(root, 'pipeline.config.ts'), config)
  mkdirSync(path.join(root, 'sources'))
  writeFileSync(path.join(root, 'sources', 'a.txt'), english)
  writeFileSync(path.join(root, 'sources', 'b.txt'), vietnamese)
  return root
}

const lines = (text: string) => text.split('\n').filter(Boolean)

// Each test spawns the command several times, and each start of it is measured by the bench, not here.
describe('factline on the command line', { timeout: 180_000 }, () => {
  test('should print its version and its help, and suggest the command meant', async () => {
    const version = await spawnCli(projectRoot, ['--version'])
    expect(version).toEqual({ code: 0, stdout: `${toolVersion}\n`, stderr: '' })
    expect((await spawnCli(projectRoot, ['-v'])).stdout).toBe(`${toolVersion}\n`)
    const help = await spawnCli(projectRoot, ['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^usage: factline <command> \[options\]/u)
    expect(help.stdout).toContain('  cache ')
    const typo = await spawnCli(projectRoot, ['rnu'])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toMatch(/^factline: unknown command rnu; did you mean run\?\n/u)
    const flag = await spawnCli(projectRoot, ['run', '--chekc'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/^run: unknown option --chekc; did you mean --check\?\nusage:/u)
    expect((await spawnCli(projectRoot, ['run', '--help'])).stdout).toContain('-w, --workers N')
  })

  test('should run with short flags, print its summary as JSON, and keep quiet when asked', async () => {
    const root = project()
    const run = await spawnCli(root, ['run', '-o', 'data', '-w', '1', '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const summary = JSON.parse(run.stdout) as { out: string; files: number; facts: Record<string, number>; cached: number }
    expect(summary).toMatchObject({ out: 'data', files: 2, cached: 0 })
    expect(summary.facts.figure).toBeGreaterThanOrEqual(4)
    expect(existsSync(path.join(root, 'data', 'a.txt.facts.jsonl'))).toBe(true)
    const quiet = await spawnCli(root, ['run', '-o', 'data', '-q', '-w', '1'])
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  test("should use the project's config from a subfolder, and the one given with --config", async () => {
    const root = project("export default { output: 'dataset' }\n")
    mkdirSync(path.join(root, 'notes', 'deep'), { recursive: true })
    const run = await spawnCli(path.join(root, 'notes', 'deep'), ['run', '-q', '-w', '1'])
    expect(run.code).toBe(0)
    // The folders the config names are the project's, whatever the current folder.
    expect(readdirSync(path.join(root, 'dataset')).filter((name) => name.endsWith('.jsonl'))).toEqual([
      'a.txt.facts.jsonl',
      'b.txt.facts.jsonl',
      'claims.jsonl'
    ])
    const record = JSON.parse(lines(readFileSync(path.join(root, 'dataset', 'a.txt.facts.jsonl'), 'utf8'))[0]!) as { source: string }
    expect(record.source).toBe('sources/a.txt')
    writeFileSync(path.join(root, 'other.config.mjs'), "export default { output: 'elsewhere', extractors: ['money'] }\n")
    expect((await spawnCli(path.join(root, 'notes'), ['run', '-q', '-w', '1', '--config', '../other.config.mjs'])).code).toBe(0)
    const money = lines(readFileSync(path.join(root, 'elsewhere', 'a.txt.facts.jsonl'), 'utf8')).map((line) => JSON.parse(line))
    expect(new Set(money.map((record: { type: string }) => record.type))).toEqual(new Set(['money']))
    const bad = await spawnCli(root, ['run', '--config', 'missing.config.ts'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^missing\.config\.ts: no such config file\n/u)
  })

  test('should extract files and standard input, detecting each language, with a reference date', async () => {
    const root = project('')
    const files = await spawnCli(root, ['extract', 'sources/a.txt', 'sources/b.txt'])
    expect(files.code).toBe(0)
    const records = lines(files.stdout).map((line) => fact.parse(JSON.parse(line)))
    expect([...new Set(records.map((record) => `${record.source} ${record.lang}`))]).toEqual(['sources/a.txt en', 'sources/b.txt vi'])
    // "last year" resolves only against a reference day.
    const relative = (output: string) =>
      lines(output)
        .map((line) => JSON.parse(line) as { kind: string; relative?: boolean; value: unknown })
        .find((record) => record.kind === 'date' && record.relative)
    expect(relative(files.stdout)?.value).toBeNull()
    const dated = await spawnCli(root, ['extract', '--reference-date', '2025-03-01'], { stdin: english })
    expect(dated.code).toBe(0)
    expect(relative(dated.stdout)?.value).toBe('2024')
    expect(new Set(lines(dated.stdout).map((line) => (JSON.parse(line) as { source: string }).source))).toEqual(new Set(['-']))
    const wrongDay = await spawnCli(root, ['extract', '--reference-date', 'March'], { stdin: english })
    expect(wrongDay.code).toBe(2)
    expect(wrongDay.stderr).toMatch(/^extract: expected --reference-date to be a day such as 2025-10-14, found March\n/u)
  })

  test('should cache under the output folder or --cache-dir, prune what the last run did not use, and leave nothing in TMPDIR', async () => {
    const root = project()
    const temporary = mkdtempSync(path.join(tmpdir(), 'factline-tmpdir-'))
    folders.push(temporary)
    const env = { TMPDIR: temporary }
    expect((await spawnCli(root, ['run', '-q', '-w', '1'], { env })).code).toBe(0)
    const cache = path.join(root, 'output', '.factline-cache')
    expect(readFileSync(path.join(cache, '.gitignore'), 'utf8')).toContain('*\n')
    expect(readdirSync(root).sort()).toEqual(['output', 'package.json', 'pipeline.config.ts', 'sources'])
    expect((await spawnCli(root, ['cache', 'dir'])).stdout).toBe(`${cache}\n`)
    const entries = () => readdirSync(cache, { recursive: true }).filter((name) => String(name).endsWith('.entry')).length
    expect(entries()).toBe(2)
    // An edit makes a new entry; the old one is what prune removes.
    writeFileSync(path.join(root, 'sources', 'a.txt'), `${english}Exports reached $1 billion.\n`)
    expect((await spawnCli(root, ['run', '-q', '-w', '1'], { env })).code).toBe(0)
    expect(entries()).toBe(3)
    const prune = await spawnCli(root, ['cache', 'prune'], { env })
    expect(prune.code).toBe(0)
    expect(prune.stderr).toMatch(/^cache: removed 2 file\(s\)/u)
    expect(entries()).toBe(2)
    const rerun = JSON.parse((await spawnCli(root, ['run', '--json', '-w', '1'], { env })).stdout) as { cached: number }
    expect(rerun.cached).toBe(2)
    expect((await spawnCli(root, ['run', '-q', '-w', '1', '--cache-dir', '../cache-of-my-dataset'], { env })).code).toBe(0)
    expect(existsSync(path.join(path.dirname(root), 'cache-of-my-dataset', '.gitignore'))).toBe(true)
    folders.push(path.join(path.dirname(root), 'cache-of-my-dataset'))
    for (const command of [['claims', '--all'], ['timeline'], ['report'], ['diff', 'output', 'output'], ['extract', 'sources/a.txt']]) {
      expect((await spawnCli(root, command, { env })).code).toBe(0)
    }
    expect(readdirSync(temporary)).toEqual([])
  })

  test('should print claims as JSON lines with their fields, and the schemas of every file', async () => {
    const root = project()
    writeFileSync(path.join(root, 'sources', 'c.txt'), 'In 2024, Vietnam and the Philippines traded goods worth $850 million.\n')
    expect((await spawnCli(root, ['run', '-q', '-w', '1'])).code).toBe(0)
    const claims = await spawnCli(root, ['claims', '--all', '--json'])
    expect(claims.code).toBe(0)
    const parsed = lines(claims.stdout).map((line) => claimSchema.parse(JSON.parse(line)))
    expect(parsed.length).toBeGreaterThan(0)
    expect(claims.stdout).toBe(readFileSync(path.join(root, 'output', 'claims.jsonl'), 'utf8'))
    const figure = parsed.find((claim) => claim.kind === 'figure')!
    expect(Object.keys(figure)).toEqual(expect.arrayContaining(['subject', 'unit', 'period', 'type', 'qualifier']))
    for (const what of ['record', 'manifest', 'claims']) {
      const schema = await spawnCli(root, ['schema', '--what', what])
      expect(schema.code).toBe(0)
      expect(JSON.parse(schema.stdout)).toMatchObject({ $schema: expect.any(String), title: expect.stringContaining('factline') })
    }
    expect((await spawnCli(root, ['schema', '--what', 'pony'])).code).toBe(2)
  })

  test('should write the review page into the dataset folder, say when a source changed, and fail without the texts', async () => {
    const root = project()
    expect((await spawnCli(root, ['run', '-q', '-w', '1'])).code).toBe(0)
    const report = await spawnCli(root, ['report'])
    expect(report).toEqual({ code: 0, stdout: '', stderr: 'report: wrote output/report.html\n' })
    writeFileSync(path.join(root, 'sources', 'a.txt'), `Edited first. ${english}`)
    const stale = await spawnCli(root, ['report'])
    expect(stale.code).toBe(0)
    expect(stale.stderr).toContain('report: sources/a.txt changed since the dataset was written; run `npx --no-install factline run`')
    expect(readFileSync(path.join(root, 'output', 'report.html'), 'utf8')).toContain('This text changed since the dataset was written')
    // From another folder, the texts are not where the records say: an error that says what to give.
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'factline-cli-'))
    folders.push(elsewhere)
    const lost = await spawnCli(elsewhere, ['report', '--out', path.join(root, 'output'), '--file', 'page.html'])
    expect(lost.code).toBe(2)
    expect(lost.stderr).toMatch(/^report: the texts of 2 of 2 source\(s\) cannot be found \(sources\/a\.txt: .*\); give --sources DIR/u)
    expect(existsSync(path.join(elsewhere, 'page.html'))).toBe(false)
    const found = await spawnCli(elsewhere, [
      'report',
      '-o',
      path.join(root, 'output'),
      '--sources',
      path.join(root, 'sources'),
      '--file',
      'page.html'
    ])
    expect(found.code).toBe(0)
  })
})
