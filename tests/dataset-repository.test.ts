/**
 * factline as a dev dependency of a dataset repository of its own, as the
 * README sets one up: the tarball `npm pack` makes, installed by npm in a
 * temporary folder, a config that sets only what differs from the defaults
 * and imports `defineConfig` from the package, in a CommonJS package (no
 * "type") and in an ES module one; `npx factline` runs there.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { projectRoot } from './helpers/project.js'

// Commands run asynchronously: npm takes seconds, and the test runner's worker must keep answering meanwhile.
const exec = async (command: string, args: readonly string[], cwd: string) =>
  (await promisify(execFile)(command, [...args], { cwd, encoding: 'utf8' })).stdout

const work = mkdtempSync(path.join(tmpdir(), 'factline-dataset-repo-'))
let tarball = ''

beforeAll(async () => {
  // dist/ is fresh (the tests' setup builds it); packing without `prepare` leaves the checkout's dist/ alone while other tests run it.
  const name = (await exec('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], projectRoot)).trim()
  tarball = path.join(work, name.split('\n').pop()!)
}, 120_000)

afterAll(() => rm(work, { recursive: true, force: true }), 120_000)

async function repository(name: string, type: 'commonjs' | 'module'): Promise<string> {
  const root = path.join(work, name)
  mkdirSync(path.join(root, 'sources'), { recursive: true })
  const manifest = { name, private: true, ...(type === 'module' ? { type } : {}), devDependencies: { factline: `file:${tarball}` } }
  writeFileSync(path.join(root, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  writeFileSync(
    path.join(root, 'pipeline.config.ts'),
    "import { defineConfig } from 'factline'\n\nexport default defineConfig({ output: 'data', dateReading: 'next' })\n"
  )
  writeFileSync(path.join(root, 'sources', 'a.txt'), 'Vietnam exported $850 million of rice in 2024.\n')
  await exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel', 'error'], root)
  return root
}

describe('a dataset repository with factline as a dev dependency', () => {
  test('should pack the built command and no source', async () => {
    const listing = (await exec('tar', ['tzf', tarball], work)).split('\n')
    expect(listing).toContain('package/dist/cli.js')
    expect(listing).toContain('package/bin/factline.js')
    expect(listing.filter((entry) => entry.startsWith('package/src/'))).toEqual([])
  })

  for (const type of ['commonjs', 'module'] as const) {
    test(`should run from npm pack in a ${type} package, with a config of what differs from the defaults`, async () => {
      const root = await repository(`my-dataset-${type}`, type)
      const run = (args: readonly string[]) => exec('npx', ['--no-install', 'factline', ...args], root)
      const version = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version
      expect((await run(['--version'])).trim()).toBe(version)
      await run(['run', '-q', '-w', '1'])
      expect(readdirSync(path.join(root, 'data')).filter((file) => !file.startsWith('.'))).toEqual([
        'a.txt.facts.jsonl',
        'claims.jsonl',
        'manifest.json'
      ])
      const records = readFileSync(path.join(root, 'data', 'a.txt.facts.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string })
      expect(records.find((record) => record.type === 'money')).toMatchObject({ source: 'sources/a.txt', value: 850_000_000, unit: 'USD' })
      // The check CI runs in such a repository.
      await run(['run', '--check', '-q'])
      expect(existsSync(path.join(root, '.factline-cache'))).toBe(false)
    }, 240_000)
  }
})
