/**
 * A disk that fills up during a run, on a small tmpfs holding the project, its
 * cache, its output and TMPDIR: whatever write fails, the run names the file,
 * exits 1 without a stack trace, and leaves the previous dataset whole; a run
 * with room writes the new one whole. Never a mix of the two.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { lockName } from '../src/io/lock.js'
import { runBin, type BinResult } from './helpers/bin.js'
import { snapshot, temporary, writeSources } from './helpers/versions.js'

const runs = Number(process.env.DISK_FULL_RUNS ?? 20)

/** Mounts a tmpfs of `size` at a new folder, or says why it cannot (not root, no mount). */
function mountTmpfs(size: string): { folder: string } | { reason: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'factline-tmpfs-'))
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder], { encoding: 'utf8' })
  if (mounted.status === 0) return { folder }
  rmSync(folder, { recursive: true, force: true })
  return { reason: (mounted.stderr || String(mounted.error)).trim() }
}

function unmount(folder: string): void {
  spawnSync('umount', [folder])
  rmSync(folder, { recursive: true, force: true })
}

const probe = mountTmpfs('1m')
if ('folder' in probe) unmount(probe.folder)
else console.info(`disk-full tests skipped: cannot mount a tmpfs here (${probe.reason})`)

function writeProject(root: string, version: number): void {
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n')
  writeSources(root, version, 6, 2, 30)
}

function leftovers(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
    (name) => temporary.test(path.basename(name)) || path.basename(name) === lockName
  )
}

function free(folder: string): number {
  const stats = statfsSync(folder)
  return stats.bavail * stats.bsize
}

/** Fills the file system of `folder` until `left` bytes are free. */
function fillUntil(folder: string, left: number): string {
  const filler = path.join(folder, 'filler')
  writeFileSync(filler, Buffer.alloc(Math.max(0, free(folder) - left)))
  return filler
}

function run(project: string, tmp: string, args: readonly string[] = []): Promise<BinResult> {
  return runBin(project, ['run', '--quiet', ...args], { env: { TMPDIR: tmp } })
}

/** A failed run: exit 1, one line naming a file and the lack of space, no stack trace. */
function expectFailedCleanly(result: BinResult): void {
  expect(result.code, result.stderr).toBe(1)
  expect(result.stderr).not.toMatch(/^\s+at /mu)
  expect(result.stderr).toMatch(/no space left on device/u)
  expect(result.stderr).toMatch(/previous dataset .* unchanged/u)
}

describe.skipIf(!('folder' in probe))('a disk that fills up during a run', () => {
  let disk: string
  let before: Map<string, string>
  let after: Map<string, string>
  let oldOutput: string

  beforeAll(async () => {
    const mounted = mountTmpfs('48m')
    if (!('folder' in mounted)) throw new Error(mounted.reason)
    disk = mounted.folder
    // The two datasets, made on the ordinary disk.
    const scratch = mkdtempSync(path.join(tmpdir(), 'factline-disk-'))
    writeProject(scratch, 2)
    expect((await runBin(scratch, ['run', '--quiet', '--no-cache'])).code).toBe(0)
    after = snapshot(path.join(scratch, 'output'))
    writeProject(scratch, 1)
    expect((await runBin(scratch, ['run', '--quiet', '--no-cache'])).code).toBe(0)
    before = snapshot(path.join(scratch, 'output'))
    oldOutput = path.join(scratch, 'output')
    // tsx compiles the code into TMPDIR once, with room.
    const { project, tmp } = reset()
    expect((await run(project, tmp, ['--check'])).code).toBe(1)
  }, 120_000)

  afterAll(() => {
    if (disk) unmount(disk)
  })

  /**
   * The project on the tmpfs with the old dataset and the new sources, its
   * cache and TMPDIR emptied but for the compiled code tsx keeps there (it
   * writes nothing more once warm, so every write of a run is the run's own).
   */
  function reset(): { project: string; tmp: string } {
    const project = path.join(disk, 'project')
    const tmp = path.join(disk, 'tmp')
    rmSync(project, { recursive: true, force: true })
    rmSync(path.join(disk, 'filler'), { force: true })
    mkdirSync(tmp, { recursive: true })
    for (const name of readdirSync(tmp)) if (!name.startsWith('tsx-')) rmSync(path.join(tmp, name), { recursive: true, force: true })
    mkdirSync(project)
    writeProject(project, 2)
    cpSync(oldOutput, path.join(project, 'output'), { recursive: true })
    return { project, tmp }
  }

  test('should leave the previous dataset whole when the disk is full, and write the new one once there is room', async () => {
    const { project, tmp } = reset()
    const filler = fillUntil(disk, 8 * 1024)
    const failed = await run(project, tmp)
    expectFailedCleanly(failed)
    expect(snapshot(path.join(project, 'output'))).toEqual(before)
    expect(leftovers(path.join(project, 'output'))).toEqual([])
    expect(readdirSync(tmp).filter((name) => !name.startsWith('tsx-'))).toEqual([])
    rmSync(filler)
    expect((await run(project, tmp)).code).toBe(0)
    expect(snapshot(path.join(project, 'output'))).toEqual(after)
  }, 60_000)

  test('should write no dataset at all into a fresh output folder it could not fill', async () => {
    const { project, tmp } = reset()
    rmSync(path.join(project, 'output'), { recursive: true })
    const filler = fillUntil(disk, 8 * 1024)
    expectFailedCleanly(await run(project, tmp))
    expect(snapshot(path.join(project, 'output'))).toEqual(new Map())
    rmSync(filler)
  }, 60_000)

  test(`should leave the old dataset or the new one whole, never a mix, over ${runs} runs that run out of space at random points`, async () => {
    // What a run needs: the space a run with room takes, as a bound for the room left.
    const { project, tmp } = reset()
    const room = free(disk)
    expect((await run(project, tmp)).code).toBe(0)
    const needed = room - free(disk)
    const seen = { old: 0, new: 0 }
    for (let index = 0; index < runs; index++) {
      const { project, tmp } = reset()
      // Temporary files and the spills take more than a finished run keeps: room up to thrice that lets some runs finish.
      const left = Math.floor(Math.random() * needed * 3)
      const filler = fillUntil(disk, left)
      const result = await run(project, tmp)
      const dataset = snapshot(path.join(project, 'output'))
      const isOld = isDeepEqual(dataset, before)
      const isNew = isDeepEqual(dataset, after)
      expect(isOld || isNew, `with ${left} bytes left the dataset is neither the old one nor the new one:\n${result.stderr}`).toBe(true)
      if (isOld) {
        seen.old++
        expectFailedCleanly(result)
      } else {
        seen.new++
        expect(result.code, result.stderr).toBe(0)
      }
      expect(leftovers(path.join(project, 'output'))).toEqual([])
      rmSync(filler)
    }
    console.info(
      `disk full at random points: ${runs} runs, the old dataset whole after ${seen.old}, the new one after ${seen.new} (a run needs ${needed} bytes)`
    )
  }, 600_000)
})

function isDeepEqual(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([name, content]) => b.get(name) === content)
}
