/**
 * factline as a dev dependency of a dataset repository of its own, as the
 * README sets one up: the tarball `npm pack` makes, installed by npm in a
 * temporary folder, a config that sets only what differs from the defaults
 * and imports `defineConfig` from the package, in a CommonJS package (no
 * "type") and in an ES module one; `npx factline` runs there.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { projectRoot } from './helpers/project.js'

const work = mkdtempSync(path.join(tmpdir(), 'factline-dataset-repo-'))
let tarball = ''

beforeAll(() => {
  // dist/ is fresh (the tests' setup builds it); packing without `prepare` leaves the checkout's dist/ alone while other tests run it.
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], {
    cwd: projectRoot,
    encoding: 'utf8'
  }).trim()
  tarball = path.join(work, name.split('\n').pop()!)
}, 120_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

function repository(name: string, type: 'commonjs' | 'module'): string {
  const root = path.join(work, name)
  mkdirSync(path.join(root, 'sources'), { recursive: true })
  const manifest = { name, private: true, ...(type === 'module' ? { type } : {}), devDependencies: { factline: `file:${tarball}` } }
  writeFileSync(path.join(root, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  writeFileSync(
    path.join(root, 'pipeline.config.ts'),
    "import { defineConfig } from 'factline'\n\nexport default defineConfig({ output: 'data', dateReading: 'next' })\n"
  )
  writeFileSync(path.join(root, 'sources', 'a.txt'), 'Vietnam exported $850 million of rice in 2024.\n')
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel', 'error'], { cwd: root })
  return root
}

describe('a dataset repository with factline as a dev dependency', () => {
  test('should pack the built command and no source', () => {
    const listing = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n')
    expect(listing).toContain('package/dist/cli.js')
    expect(listing).toContain('package/bin/factline.js')
    expect(listing.filter((entry) => entry.startsWith('package/src/'))).toEqual([])
  })

  for (const type of ['commonjs', 'module'] as const) {
    test(`should run from npm pack in a ${type} package, with a config of what differs from the defaults`, () => {
      const root = repository(`my-dataset-${type}`, type)
      const run = (args: string[]) =>
        execFileSync('npx', ['--no-install', 'factline', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' })
      expect(run(['--version']).trim()).toBe(
        (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version
      )
      run(['run', '-q', '-w', '1'])
      expect(readdirSync(path.join(root, 'data')).filter((file) => !file.startsWith('.'))).toEqual([
        'a.txt.facts.jsonl',
        'claims.jsonl',
        'manifest.json'
      ])
      const records = readFileSync(path.join(root, 'data', 'a.txt.facts.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(records.find((record) => record.type === 'money')).toMatchObject({ source: 'sources/a.txt', value: 850_000_000, unit: 'USD' })
      // The check CI runs in such a repository.
      run(['run', '--check', '-q'])
      expect(existsSync(path.join(root, '.factline-cache'))).toBe(false)
    }, 240_000)
  }
})
