/**
 * The hostile corpus (scripts/hostile-corpus.ts) through the whole pipeline:
 * every bad source is named with its reason, every good one is processed,
 * nothing of a skipped or outside file reaches the dataset, nothing is written
 * outside the output folder, and memory stays bounded.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { generateHostileCorpus, removeHostileCorpus, smallCounts, type HostileCorpus } from '../scripts/hostile-corpus.js'
import { codes } from '../src/messages/codes.js'
import { fact } from '../src/schema/fact.js'
import { runCli, type CliResult } from './helpers/cli.js'
import { projectRoot } from './helpers/project.js'

const run = promisify(execFile)

/** Every file under `folder`, relative, posix. */
function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/**
 * Runs the CLI as a child process and reads its peak resident memory (worker
 * threads included) from `process.resourceUsage()` as it exits.
 */
async function runMeasured(cwd: string, args: readonly string[]): Promise<CliResult & { peakMb: number }> {
  const probe = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\npeak-rss-kb:'+process.resourceUsage().maxRSS+'\\n'))`
  const result = await run(process.execPath, ['--import', probe, path.join(projectRoot, 'bin', 'factline.js'), ...args], {
    cwd,
    maxBuffer: 64 * 1024 * 1024
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr })
  )
  const peak = /peak-rss-kb:(\d+)/u.exec(result.stderr)
  if (!peak) throw new Error(`no peak memory in:\n${result.stderr.slice(-2000)}`)
  return { ...result, peakMb: Number(peak[1]) / 1024 }
}

function recordsOf(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

let root: string
let corpus: HostileCorpus
let result: CliResult
let seconds: number

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'factline-hostile-'))
  corpus = generateHostileCorpus(root, smallCounts)
  const started = performance.now()
  result = await runCli(root, ['run', '--quiet'])
  seconds = (performance.now() - started) / 1000
}, 300_000)

afterAll(() => removeHostileCorpus(root), 60_000)

describe('the hostile corpus', () => {
  test('should exit 1 and name every bad source with its path, code and reason', () => {
    const bad = corpus.expectations.filter((entry) => entry.code)
    console.info(
      `hostile corpus: ${corpus.expectations.length} entries (${bad.length} bad), run in ${seconds.toFixed(1)} s` +
        (corpus.permissionsEnforced ? '' : '; mode 000 does not stop this user (root): unreadable files are read and processed')
    )
    expect(result.code).toBe(1)
    for (const { relative, code } of bad) {
      const at = result.stderr.indexOf(`${path.join(corpus.sources, relative)}\n`)
      expect(at, `${relative} is named`).toBeGreaterThanOrEqual(0)
      // The message lines right after the path.
      const block = result.stderr.slice(at, result.stderr.indexOf('\n\n', at) >>> 0)
      expect(block, relative).toContain(code)
      expect(block, relative).toContain(codes[code!].reason.slice(0, 40))
    }
  })

  test('should list each bad source as skipped in the manifest with its code, and each good one as processed', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'output', 'manifest.json'), 'utf8')) as {
      sources: { path: string; skipped: boolean; problems: { ruleId: string }[] }[]
    }
    const byPath = new Map(manifest.sources.map((source) => [source.path, source]))
    for (const { relative, code } of corpus.expectations) {
      const entry = byPath.get(`sources/${relative}`)
      expect(entry, relative).toBeDefined()
      expect(entry!.skipped, relative).toBe(code !== undefined)
      if (code)
        expect(
          entry!.problems.map((problem) => problem.ruleId),
          relative
        ).toContain(code)
    }
    expect(manifest.sources.length).toBe(corpus.expectations.length)
  })

  test('should write a valid output for every good source, whatever its name, inside the output folder', () => {
    const out = path.join(root, 'output')
    const good = corpus.expectations.filter((entry) => !entry.code).map((entry) => `${entry.relative}.facts.jsonl`)
    const written = listFiles(out).filter((name) => name.endsWith('.facts.jsonl'))
    expect(written).toEqual([...good].sort())
    for (const name of written) {
      const records = recordsOf(path.join(out, name))
      expect(records.length, name).toBeGreaterThan(0)
      for (const record of records) {
        expect(fact.safeParse(record).success, name).toBe(true)
        expect((record as { source: string }).source).toBe(`sources/${name.slice(0, -'.facts.jsonl'.length)}`)
      }
    }
  })

  test('should let nothing of a skipped or outside file into the dataset', () => {
    const out = path.join(root, 'output')
    const skipped = new Set(corpus.expectations.filter((entry) => entry.code).map((entry) => `sources/${entry.relative}`))
    for (const name of listFiles(out)) {
      const text = readFileSync(path.join(out, name), 'utf8')
      expect(text, name).not.toContain('424242')
      if (!name.endsWith('.jsonl')) continue
      for (const record of recordsOf(path.join(out, name))) {
        expect(skipped.has((record as { source: string }).source), name).toBe(false)
      }
    }
  })

  test('should write nothing outside the output folder', () => {
    const everything = listFiles(root).filter((name) => !name.startsWith('output/'))
    const expected = new Set(['outside/secret.txt', ...corpus.expectations.map((entry) => `sources/${entry.relative}`)])
    // Links and unreadable folders are listed as themselves, not as what they hold.
    expect(everything.filter((name) => !expected.has(name) && !name.startsWith('sources/unreadable-folder/'))).toEqual([])
  })

  test('should give the same dataset with `run DIR --out OUT` in a child process, in bounded memory', async () => {
    const started = performance.now()
    const child = await runMeasured(root, ['run', 'sources', '--out', 'elsewhere', '--quiet'])
    console.info(`child run (cached): ${((performance.now() - started) / 1000).toFixed(1)} s, peak ${child.peakMb.toFixed(0)} MB`)
    expect(child.code).toBe(1)
    const out = path.join(root, 'elsewhere')
    const names = listFiles(out).filter((name) => name.endsWith('.facts.jsonl'))
    expect(names).toEqual(listFiles(path.join(root, 'output')).filter((name) => name.endsWith('.facts.jsonl')))
    const first = names.find((name) => name.startsWith('good/'))
    expect(first).toBeDefined()
    // One `source` whatever the command line: the folder given is the configured one, so the records are the same.
    const records = recordsOf(path.join(out, first!)) as { source: string }[]
    expect(records[0]!.source).toBe(`sources/${first!.slice(0, -'.facts.jsonl'.length)}`)
    expect(readFileSync(path.join(out, first!), 'utf8')).toBe(readFileSync(path.join(root, 'output', first!), 'utf8'))
    expect(child.peakMb).toBeLessThan(512)
    // A whole extraction of the corpus in a process of its own: on a loaded machine it takes minutes.
  }, 240_000)
})

describe('a file over the size limit', () => {
  test('should be skipped without being read: peak memory does not grow with it', async () => {
    const small = mkdtempSync(path.join(tmpdir(), 'factline-huge-'))
    const big = mkdtempSync(path.join(tmpdir(), 'factline-huge-'))
    for (const folder of [small, big]) {
      generateHostileCorpus(folder, {
        tinyFiles: 0,
        depth: 1,
        singleLineBytes: 1000,
        hugeBytes: folder === big ? 200 * 1024 * 1024 : 9 * 1024 * 1024
      })
    }
    const [withSmall, withBig] = [
      await runMeasured(small, ['run', '--quiet', '--no-cache']),
      await runMeasured(big, ['run', '--quiet', '--no-cache'])
    ]
    console.info(`peak memory: ${withSmall.peakMb.toFixed(0)} MB with a 9 MiB file, ${withBig.peakMb.toFixed(0)} MB with a 200 MiB file`)
    expect(withBig.stderr).toContain('read/too-large')
    // Reading the 200 MiB file at all would add at least 200 MB.
    expect(withBig.peakMb - withSmall.peakMb).toBeLessThan(50)
    removeHostileCorpus(small)
    removeHostileCorpus(big)
  }, 60_000)
})
