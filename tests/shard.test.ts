/**
 * A sharded run against `factline run` on one machine: plan, four shards as
 * separate processes with the index in the environment as batch engines set
 * it, reduce and finalize write the same dataset, byte for byte, over the
 * seed articles, the development articles and a folder of bad files. A shard
 * killed halfway and run again gives the same result, and finalize names a
 * shard that is missing.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { projectRoot, tempProject } from './helpers/project.js'

const cli = path.join(projectRoot, 'bin', 'factline.js')
const seeds = path.resolve(projectRoot, '../shared/corpus/sources')
const dev = path.resolve(projectRoot, '../shared/corpus/dev/articles')

interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stderr: string
}

/** Runs `factline ARGS` in `cwd` as its own process; `killWhen` is polled and the process killed once it holds. */
function factline(cwd: string, args: readonly string[], env: Record<string, string> = {}, killWhen?: () => boolean): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const poll = killWhen
      ? setInterval(() => {
          if (killWhen()) child.kill('SIGKILL')
        }, 20)
      : undefined
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearInterval(poll)
      resolve({ code, signal, stderr })
    })
  })
}

/** Every file under `folder` but the lock, by relative posix path, as bytes in hex (compared whole). */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== '.factline.lock')
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name)
        return [path.relative(folder, full).split(path.sep).join('/'), readFileSync(full).toString('hex')] as const
      })
      .sort(([a], [b]) => (a < b ? -1 : 1))
  )
}

let root: string
let inputs: string[]
let single: Exit

beforeAll(async () => {
  root = tempProject({})
  // Files a run reports and skips, and a link out of its folder: their entries go through the shards too.
  const bad = path.join(root, 'bad')
  mkdirSync(bad)
  writeFileSync(path.join(bad, 'empty.txt'), '')
  writeFileSync(path.join(bad, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x41]))
  writeFileSync(path.join(bad, 'note.md'), 'Trade reached $5 billion in 2023, officials said.\n')
  symlinkSync(seeds, path.join(bad, 'outside'))
  inputs = [seeds, dev, bad]
  single = await factline(root, ['run', ...inputs, '--out', 'single', '--no-cache', '--quiet', '--workers', '1'])
}, 240_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('a sharded run', () => {
  test('should write the dataset `factline run` writes, byte for byte, from four shards, one killed halfway and run again', async () => {
    expect(single.code, single.stderr).toBe(1)
    const plan = await factline(root, ['plan', ...inputs, '--shards', '4', '--out', 'plan'])
    expect(plan.code, plan.stderr).toBe(0)
    expect(plan.stderr).toContain('in 4 shard(s)')

    // Shard 2 runs first alone and is killed once it has written some of its facts, but not all.
    const shardFolder = path.join(root, 'work', 'shards', '2')
    const shardDataset = path.join(shardFolder, 'dataset')
    const killHalfway = () =>
      factline(
        root,
        ['shard', '--plan', 'plan', '--out', 'work', '--workers', '1', '--no-cache', '--quiet'],
        { JOB_COMPLETION_INDEX: '2' },
        // Facts are staged as temporary files while the shard runs, and renamed into place at its end.
        () => existsSync(shardDataset) && readdirSync(shardDataset).some((name) => /\.facts\.jsonl(?:\.[0-9a-f]{12}\.tmp)?$/u.test(name))
      )
    const doneFile = path.join(shardFolder, 'done.json')
    let killed = await killHalfway()
    // A loaded machine may starve the poll until the shard is done: that shard was not killed halfway, so it starts over.
    for (let attempt = 1; attempt < 3 && (killed.signal !== 'SIGKILL' || existsSync(doneFile)); attempt++) {
      rmSync(shardFolder, { recursive: true, force: true })
      killed = await killHalfway()
    }
    expect(killed.signal).toBe('SIGKILL')
    expect(existsSync(doneFile)).toBe(false)

    // Two at a time, as an engine with two nodes would: one index from Kubernetes, one from AWS Batch, one shard writing JSON lines.
    const shard = (env: Record<string, string>, extra: string[] = []) =>
      factline(root, ['shard', '--plan', 'plan', '--out', 'work', '--workers', '1', '--quiet', ...extra], env)
    const first = await Promise.all([
      shard({ JOB_COMPLETION_INDEX: '0' }),
      shard({ AWS_BATCH_JOB_ARRAY_INDEX: '1' }, ['--format', 'jsonl'])
    ])
    for (const exit of first) expect(exit.code, exit.stderr).toBe(0)
    const missing = await factline(root, ['finalize', '--in', 'work', '--out', 'sharded'])
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain('2 of 4 shards are missing or unfinished: 2, 3')
    expect(existsSync(path.join(root, 'sharded'))).toBe(false)

    const second = await Promise.all([shard({ JOB_COMPLETION_INDEX: '2' }), shard({}, ['--index', '3'])])
    for (const exit of second) expect(exit.code, exit.stderr).toBe(0)
    const unreduced = await factline(root, ['finalize', '--in', 'work', '--out', 'sharded'])
    expect(unreduced.code).toBe(3)
    expect(unreduced.stderr).toContain('run `factline reduce')

    const reduce = await factline(root, ['reduce', '--in', 'work', '--threads', '1', '--memory', '64MB'])
    expect(reduce.code, reduce.stderr).toBe(0)
    const finalize = await factline(root, ['finalize', '--in', 'work', '--out', 'sharded'])
    // As the run: 1, since sources were skipped.
    expect(finalize.code, finalize.stderr).toBe(1)
    expect(finalize.stderr).toContain('skipped')
    const expected = snapshot(path.join(root, 'single'))
    expect(Object.keys(expected).length).toBeGreaterThan(60)
    expect(snapshot(path.join(root, 'sharded'))).toEqual(expected)

    // A retry of a finished shard writes the same bytes, wherever its cache lives, and the steps after it the same dataset.
    const before = snapshot(path.join(root, 'work', 'shards', '1'))
    expect((await shard({ JOB_COMPLETION_INDEX: '1' }, ['--format', 'jsonl', '--cache-dir', 'elsewhere'])).code).toBe(0)
    expect(existsSync(path.join(root, 'elsewhere'))).toBe(true)
    expect(snapshot(path.join(root, 'work', 'shards', '1'))).toEqual(before)
    expect((await factline(root, ['reduce', '--in', 'work'])).code).toBe(0)
    // As a run, finalize deletes only outputs its previous manifest lists: a file of the person's own stays.
    writeFileSync(path.join(root, 'sharded', 'mine.facts.jsonl'), '{}\n')
    expect((await factline(root, ['finalize', '--in', 'work', '--out', 'sharded'])).code).toBe(1)
    expect(readFileSync(path.join(root, 'sharded', 'mine.facts.jsonl'), 'utf8')).toBe('{}\n')
    rmSync(path.join(root, 'sharded', 'mine.facts.jsonl'))
    expect(snapshot(path.join(root, 'sharded'))).toEqual(expected)
  }, 600_000)

  test('should refuse a source changed since the plan, naming it', async () => {
    const project = tempProject({ 'a.txt': 'Exports rose 5 percent in 2024.\n', 'b.txt': 'Imports fell 3 percent in 2023.\n' })
    expect((await factline(project, ['plan', '--shards', '1', '--out', 'plan'])).code).toBe(0)
    writeFileSync(path.join(project, 'sources', 'b.txt'), 'Imports fell 4 percent in 2023.\n')
    const exit = await factline(project, ['shard', '--plan', 'plan', '--index', '0', '--out', 'work', '--quiet'])
    expect(exit.code).toBe(3)
    expect(exit.stderr).toMatch(
      /shard 0: 1 source\(s\) changed since the plan: sources\/b\.txt \(sha256 [0-9a-f]{12}, planned [0-9a-f]{12}\); plan again/u
    )
    expect(existsSync(path.join(project, 'work', 'shards', '0', 'done.json'))).toBe(false)
    rmSync(project, { recursive: true, force: true })
  }, 120_000)

  test('should say what is wrong with its arguments', async () => {
    const project = tempProject({})
    const noIndex = await factline(project, ['shard', '--plan', 'plan', '--out', 'work'])
    expect(noIndex.code).toBe(2)
    expect(noIndex.stderr).toContain('expected --index I, or $JOB_COMPLETION_INDEX or $AWS_BATCH_JOB_ARRAY_INDEX')
    const misspelt = await factline(project, ['shard', '--plan', 'plan', '--out', 'work', '--indx', '0'])
    expect(misspelt.code).toBe(2)
    expect(misspelt.stderr).toMatch(/^shard: unknown option --indx; did you mean --index\?\nusage:\n/u)
    const noPlan = await factline(project, ['shard', '--plan', 'plan', '--out', 'work'], { JOB_COMPLETION_INDEX: '0' })
    expect(noPlan.code).toBe(3)
    expect(noPlan.stderr).toMatch(/^shard: \S+: no plan there; make one with `factline plan SOURCES\.\.\. --shards N -o PLAN`\n$/u)
    const shards = await factline(project, ['plan', '--shards', '0', '--out', 'plan'])
    expect(shards.code).toBe(2)
    expect(shards.stderr).toContain('expected --shards to be a whole number of at least 1, found 0')
    rmSync(project, { recursive: true, force: true })
  }, 60_000)
})
