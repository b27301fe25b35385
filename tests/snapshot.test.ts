/**
 * `extract` starts from the startup snapshot the build made (bin/snapshot.js) and prints what it prints
 * without it, config included; a snapshot missing, made from other code, by another Node or in another
 * folder is not used, and extract runs as every command does.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { spawnCli } from './helpers/cli.js'
import { projectRoot, tempProject } from './helpers/project.js'

// @ts-expect-error: the bin's scripts are plain JavaScript, with no types.
const snapshot = (await import('../bin/snapshot.js')) as {
  snapshotFiles(dist: string): { blob: string; state: string }
  blobState(dist: string, sourceState: string): string
  usableSnapshot(dist: string): string | undefined
}

const dist = path.join(projectRoot, 'dist')
const withoutSnapshot = { FACTLINE_SNAPSHOT: 'off' }
const temporary: string[] = []
afterAll(() => temporary.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

function folder(): string {
  const made = mkdtempSync(path.join(tmpdir(), 'factline-snapshot-'))
  temporary.push(made)
  return made
}

describe('the startup snapshot of extract', () => {
  test('should be built with dist/, for this Node and this code', () => {
    expect(snapshot.usableSnapshot(dist)).toBe(snapshot.snapshotFiles(dist).blob)
  })

  test('should print the records, messages and exit codes that extract prints without it', async () => {
    const root = folder()
    const inputs: readonly (readonly [readonly string[], string])[] = [
      [['extract'], 'Exports rose 12% to $850 million in 2024.\n'],
      [['extract'], 'Vietnam exported $850 million of rice to the Philippines in 2024, minister Nguyen Hong Dien said.\n'],
      [['extract', '--lang', 'vi'], 'Năm 2024, kim ngạch thương mại đạt 850 triệu USD, tăng 20,5% so với năm ngoái.\n'],
      [['extract', '--reference-date', '2025-03-01'], 'Last year, prices rose 3%.\n'],
      [['extract', '--lang', 'fr'], 'Bonjour.\n'],
      [['extract', 'a.txt', '-'], 'Exports rose 12% to $850 million in 2024.\n']
    ]
    writeFileSync(path.join(root, 'a.txt'), 'Inflation eased to 3.2% in March, the statistics office said.\n')
    for (const [args, stdin] of inputs) {
      const started = await spawnCli(root, args, { stdin })
      expect(started).toEqual(await spawnCli(root, args, { stdin, env: withoutSnapshot }))
      expect(started.code).toBe(args.includes('fr') ? 2 : 0)
    }
  }, 120_000)

  test("should read the project's TypeScript config, compiled as without it", async () => {
    const root = tempProject({}, { extractors: ['money'] })
    temporary.push(root)
    const stdin = 'Exports rose 12% to $850 million in 2024.\n'
    const started = await spawnCli(root, ['extract'], { stdin })
    expect(started.code).toBe(0)
    const kinds = started.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { type: string }).type)
    expect(new Set(kinds)).toEqual(new Set(['money']))
    expect(started).toEqual(await spawnCli(root, ['extract'], { stdin, env: withoutSnapshot }))
  }, 60_000)

  test('should be left unused when it is missing, or made from other code, by another Node or in another folder', () => {
    const sourceState = readFileSync(path.join(dist, '.source-state'), 'utf8')
    const other = path.join(folder(), 'dist')
    const files = snapshot.snapshotFiles(other)
    mkdirSync(path.dirname(files.state), { recursive: true })
    writeFileSync(path.join(other, '.source-state'), sourceState)
    expect(snapshot.usableSnapshot(other)).toBeUndefined()
    writeFileSync(files.state, snapshot.blobState(other, sourceState))
    expect(snapshot.usableSnapshot(other)).toBe(files.blob)
    // The sources changed since the blob was made.
    writeFileSync(path.join(other, '.source-state'), `${sourceState}\nedited.ts\u00001\u00001`)
    expect(snapshot.usableSnapshot(other)).toBeUndefined()
    // Made in the checkout's dist/, not in this one.
    writeFileSync(path.join(other, '.source-state'), sourceState)
    writeFileSync(files.state, snapshot.blobState(dist, sourceState))
    expect(snapshot.usableSnapshot(other)).toBeUndefined()
    // Made by another Node.
    writeFileSync(files.state, snapshot.blobState(other, sourceState).replace(process.version, 'v0.0.0'))
    expect(snapshot.usableSnapshot(other)).toBeUndefined()
  })

  test('should not be used by a bin whose dist/ is not the one it was made in, which extracts all the same', async () => {
    // A package installed from a tarball of the checkout: the bin, and the dist/ with the blob made elsewhere.
    const installed = folder()
    cpSync(path.join(projectRoot, 'bin'), path.join(installed, 'bin'), { recursive: true })
    symlinkSync(dist, path.join(installed, 'dist'))
    writeFileSync(path.join(installed, 'package.json'), readFileSync(path.join(projectRoot, 'package.json')))
    const stdin = 'Exports rose 12% to $850 million in 2024.\n'
    const moved = await spawnCli(folder(), ['extract'], { stdin, bin: path.join(installed, 'bin', 'factline.js') })
    expect(moved.code).toBe(0)
    expect(moved).toEqual(await spawnCli(folder(), ['extract'], { stdin, env: withoutSnapshot }))
  }, 60_000)
})
