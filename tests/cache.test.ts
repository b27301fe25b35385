import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import type { ClaimInput } from '../src/claims/input.js'
import type { ManifestSource } from '../src/io/manifest.js'
import { defaultExtractors, parseConfig } from '../src/config/load.js'
import { resultCache, type ResultCache } from '../src/run/cache.js'
import { pipelineFingerprint } from '../src/run/fingerprint.js'
import { sourceRoots } from '../src/run/inputs.js'
import { runPipeline } from '../src/run/run.js'
import type { SourceResult } from '../src/run/task.js'
import { runCli } from './helpers/cli.js'
import { tempProject } from './helpers/project.js'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

function cacheIn(): { folder: string; cache: ReturnType<typeof resultCache> } {
  const folder = mkdtempSync(path.join(tmpdir(), 'factline-cache-'))
  folders.push(folder)
  return { folder, cache: resultCache(folder, 'config', 'fingerprint') }
}

const result: SourceResult = {
  sourcePath: 'sources/a.txt',
  output: '{"quote":"850 triệu USD"}\n{"quote":"Hà Nội"}\n',
  manifest: { source: 'sources/a.txt' } as unknown as ManifestSource,
  messages: [],
  claimInputs: [{ kind: 'figure', about: 'trade' }] as unknown as ClaimInput[]
}

function entryFile(folder: string): string {
  const [shard] = readdirSync(folder)
  const [entry] = readdirSync(path.join(folder, shard!))
  return path.join(folder, shard!, entry!)
}

describe('resultCache', () => {
  test('should give back the output as its UTF-8 bytes and the claim inputs when asked', async () => {
    const { cache } = cacheIn()
    const key = cache.key(Buffer.from('source text'), 'sources/a.txt')
    await cache.set(key, result)
    const found = await cache.get(key, () => undefined)
    expect(found?.output.toString('utf8')).toBe(result.output)
    expect(found?.manifest).toEqual(result.manifest)
    expect(await cache.claimInputs(key, found!.claimsAt)).toEqual(result.claimInputs)
  })

  test('should not read an entry cut short or broken as a result', async () => {
    const { folder, cache } = cacheIn()
    const key = cache.key(Buffer.from('source text'), 'sources/a.txt')
    await cache.set(key, result)
    const file = entryFile(folder)
    const whole = readFileSync(file)
    writeFileSync(file, whole.subarray(0, whole.indexOf(0x0a) + 5))
    expect(await cache.get(key, () => undefined)).toBeUndefined()
    writeFileSync(file, whole.subarray(0, 10))
    expect(await cache.get(key, () => undefined)).toBeUndefined()
  })

  test('should miss a key it never stored', async () => {
    const { cache } = cacheIn()
    expect(await cache.get(cache.key(Buffer.from('other'), 'sources/b.txt'), () => undefined)).toBeUndefined()
  })
})

describe('the cache in a run', () => {
  const config = parseConfig({ extractors: defaultExtractors() })
  const english = 'Trade between them touched $850 million in 2024, up 9 percent.\n'
  const edited = 'Exports to Japan fell to $3 billion in 2019 after the long talks ended.\n'

  async function run(root: string, cache: ResultCache) {
    return runPipeline({
      inputs: await sourceRoots(['sources'], root, root),
      projectRoot: root,
      out: path.join(root, 'output'),
      config,
      check: false,
      cache,
      workers: 1
    })
  }

  function quotesFit(root: string): boolean {
    const text = readFileSync(path.join(root, 'sources', 'a.txt'), 'utf8')
    return readFileSync(path.join(root, 'output', 'a.txt.facts.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { quote: string; span: { start: { offset: number }; end: { offset: number } } })
      .every((record) => text.slice(record.span.start.offset, record.span.end.offset) === record.quote)
  }

  test('should extract from the very bytes it hashed, so a source edited meanwhile is never cached with wrong facts', async () => {
    const root = tempProject({ 'a.txt': english })
    const { folder } = cacheIn()
    const cache = resultCache(folder, 'config', 'fingerprint')
    const source = path.join(root, 'sources', 'a.txt')
    // The source is edited right after its bytes were read and hashed, before it is extracted.
    const editing: ResultCache = {
      ...cache,
      key(bytes, sourcePath) {
        writeFileSync(source, edited)
        return cache.key(bytes, sourcePath)
      }
    }
    await run(root, editing)
    writeFileSync(source, english)
    const served = await run(root, cache)
    expect(served.cached).toBe(1)
    expect(quotesFit(root)).toBe(true)
    const manifest = JSON.parse(readFileSync(path.join(root, 'output', 'manifest.json'), 'utf8'))
    expect(manifest.sources[0].sha256).toBe(createHash('sha256').update(english).digest('hex'))
  })

  test('should treat an entry changed or cut short on disk as a miss, with a warning, and extract again', async () => {
    const root = tempProject({ 'a.txt': english })
    const { folder } = cacheIn()
    const cache = resultCache(folder, 'config', 'fingerprint')
    await run(root, cache)
    const expected = readFileSync(path.join(root, 'output', 'a.txt.facts.jsonl'), 'utf8')
    const entry = readdirSync(folder, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.entry'))!
    const whole = readFileSync(path.join(folder, entry))
    // 20 bytes overwritten in the middle of the entry, then the entry cut short.
    const damaged = Buffer.from(whole)
    damaged.fill(0x20, Math.floor(whole.length / 2), Math.floor(whole.length / 2) + 20)
    for (const bytes of [damaged, whole.subarray(0, Math.floor(whole.length * 0.7))]) {
      writeFileSync(path.join(folder, entry), bytes)
      rmSync(path.join(root, 'output'), { recursive: true })
      const result = await run(root, cache)
      expect(result.cached).toBe(0)
      expect(result.warnings.join('\n')).toMatch(/cache: .*\.entry.* damaged/u)
      expect(readFileSync(path.join(root, 'output', 'a.txt.facts.jsonl'), 'utf8')).toBe(expected)
    }
    expect((await run(root, cache)).cached).toBe(1)
  })

  test('should remove an entry whose claim inputs were damaged and say to run again, then extract its source anew', async () => {
    const root = tempProject({ 'a.txt': english, 'b.txt': edited })
    const { folder } = cacheIn()
    const cache = resultCache(folder, 'config', 'fingerprint')
    await run(root, cache)
    const entries = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.entry'))
    const ofB = entries.find((name) => readFileSync(path.join(folder, name), 'utf8').includes('"sourcePath":"sources/b.txt"'))!
    const bytes = readFileSync(path.join(folder, ofB))
    // The last bytes are the claim inputs': b's output stays as the dataset has it, so only the claims read them.
    bytes.fill(0x20, bytes.length - 12, bytes.length - 2)
    writeFileSync(path.join(folder, ofB), bytes)
    // An edit of a.txt makes the claims be built again, from b's cached claim inputs.
    writeFileSync(path.join(root, 'sources', 'a.txt'), english.replace('$850 million', '$900 million'))
    await expect(run(root, cache)).rejects.toThrow(/damaged .* removed; run again/u)
    const result = await run(root, cache)
    expect(result.cached).toBe(1)
    expect(quotesFit(root)).toBe(true)
  })

  test('should key on the dependencies the lockfile resolves, not on the code alone', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'factline-fingerprint-'))
    folders.push(root)
    mkdirSync(path.join(root, 'src'))
    // The lockfile npm keeps of what it installed: being the nearest, it is read whatever
    // folders above the temporary one hold.
    mkdirSync(path.join(root, 'node_modules'))
    writeFileSync(path.join(root, 'src', 'index.ts'), 'export const x = 1\n')
    const installed = path.join(root, 'node_modules', '.package-lock.json')
    const lock = (franc: string) =>
      JSON.stringify({
        lockfileVersion: 3,
        packages: {
          'node_modules/franc': { version: franc, integrity: `sha512-${franc}` },
          'node_modules/vitest': { version: '3.0.0', dev: true }
        }
      })
    writeFileSync(installed, lock('6.2.0'))
    const code = path.join(root, 'src')
    const before = pipelineFingerprint(code)
    writeFileSync(installed, lock('6.3.0'))
    expect(pipelineFingerprint(code)).not.toBe(before)
    // A development tool does not shape the output.
    writeFileSync(installed, lock('6.3.0').replace('3.0.0', '3.1.0'))
    const devOnly = pipelineFingerprint(code)
    writeFileSync(installed, lock('6.3.0'))
    expect(pipelineFingerprint(code)).toBe(devOnly)
  })

  test('should key on the compiled code that runs: a full build and a quick one of the same code give one key', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'factline-fingerprint-'))
    folders.push(root)
    const dist = path.join(root, 'dist')
    mkdirSync(path.join(dist, 'run'), { recursive: true })
    writeFileSync(path.join(dist, 'index.js'), 'export const x = 1\n')
    writeFileSync(path.join(dist, 'run', 'rules.json'), '{"a":1}\n')
    const quick = pipelineFingerprint(dist)
    // The full build adds the type declarations and both record the state of src/ they were built from.
    writeFileSync(path.join(dist, 'index.d.ts'), 'export declare const x = 1\n')
    writeFileSync(path.join(dist, '.source-state'), 'abc')
    expect(pipelineFingerprint(dist)).toBe(quick)
    writeFileSync(path.join(dist, 'run', 'rules.json'), '{"a":2}\n')
    expect(pipelineFingerprint(dist)).not.toBe(quick)
  })
})

describe('the cache inside the output folder', () => {
  const english = 'Trade between them touched $850 million in 2024, up 9 percent.\n'
  const other = 'Exports to Japan fell to $3 billion in 2019 after the long talks ended.\n'

  test('should outlive the switch to a new dataset and the removal of the outputs whose source is gone', async () => {
    const root = tempProject({ 'a.txt': english, 'b.txt': other })
    folders.push(root)
    const cache = path.join(root, 'output', '.factline-cache')
    const entries = () =>
      readdirSync(cache, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.entry'))
        .sort()
    expect((await runCli(root, ['run', '-q', '-w', '1'])).code).toBe(0)
    const first = entries()
    expect(first).toHaveLength(2)
    // b.txt is gone and a.txt edited: b's output is deleted and a's switched, the cache kept whole.
    rmSync(path.join(root, 'sources', 'b.txt'))
    writeFileSync(path.join(root, 'sources', 'a.txt'), `${english}${other}`)
    expect((await runCli(root, ['run', '-q', '-w', '1'])).code).toBe(0)
    expect(existsSync(path.join(root, 'output', 'b.txt.facts.jsonl'))).toBe(false)
    expect(entries()).toEqual(expect.arrayContaining(first))
    expect(entries()).toHaveLength(3)
    expect(readFileSync(path.join(cache, '.gitignore'), 'utf8')).toContain('*\n')
    // b.txt back: both sources are served from the cache.
    writeFileSync(path.join(root, 'sources', 'b.txt'), other)
    const third = await runCli(root, ['run', '--json', '-w', '1'])
    expect(JSON.parse(third.stdout)).toMatchObject({ files: 2, cached: 2 })
  })
})
