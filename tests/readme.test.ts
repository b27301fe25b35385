/** The README's example records are records of the committed dataset, byte for byte: the README stays true. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { projectRoot } from './helpers/project.js'

test('should show records that are lines of the committed dataset', () => {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8')
  const examples = [...readme.matchAll(/```json\n(\{.*\})\n```/gu)].map((match) => match[1]!)
  expect(examples.length).toBeGreaterThanOrEqual(2)
  for (const example of examples) {
    const { source } = JSON.parse(example) as { source: string }
    const output = path.join(projectRoot, 'output', `${path.relative('sources', source)}.facts.jsonl`)
    expect(readFileSync(output, 'utf8').split('\n')).toContain(example)
  }
})

test('should run factline only as the local binary, never as a package npx would fetch', () => {
  const files = ['README.md', 'package.json', '.ci/run', '.github/workflows/ci.yml']
  for (const file of files) {
    const text = readFileSync(path.join(projectRoot, file), 'utf8')
    const calls = [...text.matchAll(/\bnpx\b[^\n`|&;]*?\bfactline\b/gu)].map((match) => match[0])
    for (const call of calls) expect(call, `${file}: ${call}`).toMatch(/^npx --no-install factline$/u)
  }
})

test('should warn that pipeline.config.ts runs code, as eslint and vite say of theirs', () => {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8')
  const configuration = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1))
  expect(configuration).toMatch(/pipeline\.config\.ts[^.]*\bruns\b[^.]*\bcode\b/u)
  expect(configuration).toMatch(/trust/u)
})
