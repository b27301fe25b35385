/**
 * What the build works out once for every start (bin/build.js): the patterns
 * of the word lists the pipeline's modules build as they load, and what each
 * rule regex needs a text to hold. Each entry must be what the sources
 * compute, and the tables must hold every rule regex and list a start asks for.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { dimensions } from '../src/dimensions/index.js'
import { languageRules } from '../src/dimensions/rule-names.js'
import { alternation, builtAlternationsFile, casedMark, madeAlternations } from '../src/engine/alternation.js'
import { requirementOf } from '../src/engine/literals.js'
import { builtRequirementsFile } from '../src/engine/prefilter.js'
import { langs } from '../src/lang.js'
import { projectRoot } from './helpers/project.js'

const table = (name: string) => JSON.parse(readFileSync(path.join(projectRoot, 'dist', 'engine', name), 'utf8')) as Record<string, unknown>

test('should build the pattern of each word list as the sources do, for every list the pipeline makes as it loads', async () => {
  const built = table(builtAlternationsFile)
  for (const [key, pattern] of Object.entries(built)) {
    const [head, ...words] = key.split('\u0000')
    const caseSensitive = head!.endsWith(casedMark)
    expect(alternation(parseInt(head!, 10) === 0 ? [] : words, { caseSensitive })).toBe(pattern)
  }
  await import('../src/pipeline.js')
  const made = Object.keys(madeAlternations())
  expect(made.length).toBeGreaterThan(100)
  expect(made.filter((key) => !(key in built))).toEqual([])
})

test('should build what each rule regex needs as the sources do, for every regex of the rules', () => {
  const built = table(builtRequirementsFile)
  for (const [key, literals] of Object.entries(built)) {
    const slash = key.indexOf('/')
    expect(requirementOf(key.slice(slash + 1), key.slice(0, slash)) ?? null).toEqual(literals)
  }
  const items = langs.flatMap((lang) =>
    languageRules(lang, dimensions).flatMap(({ pattern }) => pattern.filter((item) => item.kind === 'regex'))
  )
  expect(items.filter((item) => !(item.key in built))).toEqual([])
})

test('should put a case-sensitive word list into no rule regex with the i flag', async () => {
  await import('../src/pipeline.js')
  const cased = Object.entries(madeAlternations())
    .filter(([key]) => key.split('\u0000')[0]!.endsWith(casedMark))
    .map(([, pattern]) => pattern)
  const caseless = langs.flatMap((lang) =>
    languageRules(lang, dimensions).flatMap(({ pattern }) =>
      pattern.flatMap((item) => (item.kind === 'regex' && item.flags.includes('i') ? [item] : []))
    )
  )
  expect(cased.length).toBeGreaterThan(20)
  expect(caseless.filter((item) => cased.some((pattern) => item.source.includes(pattern))).map((item) => item.key)).toEqual([])
})
