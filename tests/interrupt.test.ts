/**
 * Killed runs and concurrent runs: whatever the moment a run dies (SIGINT,
 * SIGTERM, SIGKILL), each output file is its old content or its new one, the
 * next run completes the work, and a second run on the same folder is turned
 * away with a message instead of writing beside the first.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { acquireLock, LockError, lockName } from '../src/io/lock.js'
import { fact } from '../src/schema/fact.js'
import { projectRoot } from './helpers/project.js'
import { snapshot, temporaryFiles, writeSources } from './helpers/versions.js'

const runs = Number(process.env.INTERRUPT_RUNS ?? 20)
const signals = ['SIGINT', 'SIGTERM', 'SIGKILL'] as const
const cli = path.join(projectRoot, 'bin', 'factline.js')

interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stderr: string
}

/** Runs `factline run` in `cwd`; kills it with `signal` after `killAfterMs` when given. */
function runChild(cwd: string, args: readonly string[] = [], kill?: { signal: NodeJS.Signals; afterMs: number }): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'run', '--quiet', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const timer = kill ? setTimeout(() => child.kill(kill.signal), kill.afterMs) : undefined
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stderr })
    })
  })
}

/** Each line of a records file parses and validates. */
function expectValidRecords(name: string, content: string): void {
  for (const line of content.split('\n').filter(Boolean)) {
    const parsed = fact.safeParse(JSON.parse(line))
    expect(parsed.success, `${name}: ${line.slice(0, 200)}`).toBe(true)
  }
}

let root: string
let before: Map<string, string>
let after: Map<string, string>
let fullRunMs: number

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'factline-interrupt-'))
  writeSources(root, 1)
  expect((await runChild(root, ['--no-cache'])).signal).toBeNull()
  before = snapshot(path.join(root, 'output'))

  // The dataset of version 2, made in a copy so `root` keeps the old one.
  const copy = mkdtempSync(path.join(tmpdir(), 'factline-interrupt-'))
  writeSources(copy, 2)
  const started = performance.now()
  await runChild(copy, ['--no-cache'])
  fullRunMs = performance.now() - started
  after = snapshot(path.join(copy, 'output'))
  rmSync(copy, { recursive: true, force: true })
  writeSources(root, 2)
}, 120_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('a run killed at a random moment', () => {
  test(`should leave each output file old or new, never mixed, over ${runs} kills`, async () => {
    const out = path.join(root, 'output')
    const seen = { old: 0, new: 0, temporary: 0 }
    expect(before.get('manifest.json')).not.toBe(after.get('manifest.json'))
    for (let index = 0; index < runs; index++) {
      const signal = signals[index % signals.length]!
      const afterMs = Math.random() * fullRunMs * 1.1
      await runChild(root, index % 2 === 0 ? ['--no-cache'] : [], { signal, afterMs })
      for (const [name, content] of snapshot(out)) {
        const old = before.get(name) === content
        const fresh = after.get(name) === content
        expect(old || fresh, `${name} after ${signal} at ${afterMs.toFixed(0)} ms is neither the old nor the new content`).toBe(true)
        if (name.endsWith('.facts.jsonl')) expectValidRecords(name, content)
        else if (name.endsWith('.jsonl')) for (const line of content.split('\n').filter(Boolean)) JSON.parse(line)
        else JSON.parse(content)
        if (fresh && !old) seen.new++
        else if (old && !fresh) seen.old++
      }
      seen.temporary += temporaryFiles(out).length
    }
    console.info(
      `${runs} kills over a ${fullRunMs.toFixed(0)} ms run: ${seen.old} old and ${seen.new} new files seen, ${seen.temporary} temporary files left behind`
    )

    const final = await runChild(root)
    expect(final.signal).toBeNull()
    expect(snapshot(out)).toEqual(after)
    expect(temporaryFiles(out)).toEqual([])
    // Neither the lock nor what killed runs left while taking it (a pid written first, a stale lock moved aside).
    expect(readdirSync(out).filter((name) => name.startsWith(lockName))).toEqual([])
    const check = await runChild(root, ['--check'])
    expect(check.stderr).toContain('is up to date')
  }, 300_000)
})

describe('Ctrl-C during a run', () => {
  test('should release the lock and exit 130 (SIGINT) or 143 (SIGTERM), leaving no temporary file', async () => {
    const out = path.join(root, 'output')
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143]
    ] as const) {
      const child = spawn(process.execPath, [cli, 'run', '--quiet', '--no-cache'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('close', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }))
      )
      // Interrupted once it holds the output folder.
      for (let waited = 0; !existsSync(path.join(out, lockName)) && waited < 30_000; waited += 20)
        await new Promise((r) => setTimeout(r, 20))
      expect(existsSync(path.join(out, lockName))).toBe(true)
      child.kill(signal)
      expect(await exited, stderr).toEqual({ code, signal: null })
      expect(existsSync(path.join(out, lockName)), signal).toBe(false)
      expect(temporaryFiles(out), signal).toEqual([])
      expect(stderr).not.toMatch(/^\s+at /mu)
    }
  }, 120_000)
})

describe('two runs on the same output folder', () => {
  test('should not corrupt it: the second is turned away with the folder and the pid of the first', async () => {
    const out = path.join(root, 'output')
    rmSync(out, { recursive: true, force: true })
    const [first, second] = await Promise.all([runChild(root, ['--no-cache']), runChild(root, ['--no-cache'])])
    const refused = [first, second].filter((exit) => exit.code === 2)
    // Both may succeed one after the other if the first ended before the second began.
    for (const exit of refused)
      expect(exit.stderr).toMatch(new RegExp(`${out.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} is in use by another run \\(pid \\d+\\)`, 'u'))
    expect(refused.length).toBeLessThanOrEqual(1)
    expect(snapshot(out)).toEqual(after)
  }, 120_000)
})

describe('the lock', () => {
  test('should refuse a second holder while the first lives, and take over one whose process is gone', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'factline-lock-'))
    const lock = await acquireLock(out)
    const refusal = await acquireLock(out).then(
      () => undefined,
      (error: unknown) => error
    )
    expect(refusal).toBeInstanceOf(LockError)
    expect(String((refusal as Error).message)).toContain(`${out} is in use by another run (pid ${process.pid})`)
    await lock.release()
    expect(existsSync(path.join(out, lockName))).toBe(false)

    // A pid that existed and is gone: a process that has exited.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout
    writeFileSync(path.join(out, lockName), gone)
    const taken = await acquireLock(out)
    expect(readFileSync(path.join(out, lockName), 'utf8')).toBe(String(process.pid))
    await taken.release()
    rmSync(out, { recursive: true, force: true })
  })

  test('should never be seen without its pid, so a second run can always name the first', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'factline-lock-'))
    const file = path.join(out, lockName)
    const seen: string[] = []
    let taking = true
    // Reads the lock at every turn of the event loop while it is being taken, as a second run may at any instant.
    const watch = () => {
      if (existsSync(file)) seen.push(readFileSync(file, 'utf8'))
      if (taking) setImmediate(watch)
    }
    watch()
    const lock = await acquireLock(out)
    taking = false
    expect(seen.filter((content) => content !== String(process.pid))).toEqual([])
    await lock.release()
    rmSync(out, { recursive: true, force: true })
  })

  test('should remove what runs killed while taking it left beside it, and keep what a live run is doing', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'factline-lock-'))
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout
    const live = String(process.ppid)
    const beside = (pid: string, kind: string) => `${lockName}.${pid}.${kind}`
    writeFileSync(path.join(out, beside(gone, 'new')), gone)
    writeFileSync(path.join(out, beside(gone, 'stale')), gone)
    writeFileSync(path.join(out, beside(live, 'new')), live)
    const lock = await acquireLock(out)
    expect(readdirSync(out).sort()).toEqual([lockName, beside(live, 'new')].sort())
    await lock.release()
    rmSync(out, { recursive: true, force: true })
  })

  test('should take over a lock naming its own pid that it does not hold, as a container killed on a shared folder leaves it', async () => {
    // Each container numbers its processes from 1: the retry of a killed shard may well have the pid its lock names.
    const out = mkdtempSync(path.join(tmpdir(), 'factline-lock-'))
    writeFileSync(path.join(out, lockName), String(process.pid))
    const taken = await acquireLock(out)
    expect(readFileSync(path.join(out, lockName), 'utf8')).toBe(String(process.pid))
    await expect(acquireLock(out)).rejects.toBeInstanceOf(LockError)
    await taken.release()
    expect(existsSync(path.join(out, lockName))).toBe(false)
    rmSync(out, { recursive: true, force: true })
  })

  test('should be released by a signal that comes the instant it is put in place', () => {
    // The lock's link is made to end with SIGTERM to its own process, before the code after it runs.
    const out = mkdtempSync(path.join(tmpdir(), 'factline-lock-'))
    const script = `
      import fs from 'node:fs'
      import { syncBuiltinESMExports } from 'node:module'
      const link = fs.promises.link
      fs.promises.link = async (...args) => {
        await link(...args)
        process.kill(process.pid, 'SIGTERM')
        await new Promise((resolve) => setTimeout(resolve, 1_000))
      }
      syncBuiltinESMExports()
      const { acquireLock } = await import(process.argv[1])
      await acquireLock(process.argv[2])`
    const lockModule = pathToFileURL(path.join(projectRoot, 'dist', 'io', 'lock.js')).href
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, lockModule, out], { encoding: 'utf8' })
    expect(child.status, child.stderr).toBe(143)
    expect(readdirSync(out)).toEqual([])
    rmSync(out, { recursive: true, force: true })
  })

  test('should leave temporary files of a killed write to be removed by the next run, never read as outputs', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'factline-interrupt-'))
    cpSync(path.join(root, 'sources'), path.join(copy, 'sources'), { recursive: true })
    const leftover = path.join(copy, 'output', 'part-0', '.article-9.txt.facts.jsonl.0123456789ab.tmp')
    mkdirSync(path.dirname(leftover), { recursive: true })
    writeFileSync(leftover, '{"half": ')
    await runChild(copy)
    expect(existsSync(leftover)).toBe(false)
    expect(snapshot(path.join(copy, 'output'))).toEqual(after)
    rmSync(copy, { recursive: true, force: true })
  }, 60_000)
})
