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
