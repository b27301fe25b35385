/**
 * Every rule of names fires on its own language's corpus: the rule names the
 * scanners write (`rule: '<title> <person>'`) are read from the sources, and
 * each must be the rule of at least one token found in the corpus texts.
 * Claims of things that are no names (`type: 'none'`) report no token; their
 * corpora are negatives, which the corpus harness checks.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createParser } from '../src/dimensions/parse.js'
import { corpus as en } from '../src/dimensions/entity/en/corpus.js'
import { rules as enRules } from '../src/dimensions/entity/en/rules.js'
import { corpus as vi } from '../src/dimensions/entity/vi/corpus.js'
import { rules as viRules } from '../src/dimensions/entity/vi/rules.js'
import type { Corpus } from '../src/dimensions/corpus.js'
import { gazetteer } from '../src/dimensions/entity/gazetteer/index.js'

/** The types the gazetteer holds: one '<gazetteer type>' rule each. */
const gazetteerTypes = [...new Set(gazetteer.map((entry) => entry.type))]
const root = join(import.meta.dirname, '../src/dimensions/entity')

/** The rule names written in the files of a folder (not below it), without claims of non-names. */
function rulesIn(folder: string): string[] {
  const names = new Set<string>()
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
      if (line.includes("type: 'none'")) continue
      for (const match of line.matchAll(/rule: (?:'([^']+)'|"([^"]+)"|`([^`]+)`)/gu)) {
        const name = match[1] ?? match[2] ?? match[3]!
        // `<gazetteer ${type}>`: one rule per type.
        if (name.includes('${type}')) for (const type of gazetteerTypes) names.add(name.replace('${type}', type))
        else names.add(name)
      }
    }
  }
  return [...names]
}

/** The rules that made the tokens of every text of a corpus. */
function firedIn(corpus: Corpus<'entity'>): Set<string> {
  const parser = createParser(corpus.lang, ['entity'])
  const texts = [
    ...corpus.examples.flatMap((example) => example.phrasings),
    ...(corpus.inContext ?? []).map((item) => item.text),
    ...corpus.negative
  ]
  const fired = new Set<string>()
  for (const text of texts) {
    for (const token of parser.parse(text, corpus.referenceDate).tokens) {
      if (token.dimension === 'entity') fired.add(token.rule.replace(`entity/${corpus.lang}/`, ''))
    }
  }
  return fired
}

const fired = { en: firedIn(en), vi: firedIn(vi) }
const own = {
  en: [...rulesIn(join(root, 'en')), ...enRules.map((rule) => rule.name)],
  vi: [...rulesIn(join(root, 'vi')), ...viRules.map((rule) => rule.name)]
}
// Rules shared by both languages (frames, places, the gazetteer) fire in one corpus at least.
const shared = [...rulesIn(root), ...rulesIn(join(root, 'frame'))]

describe('rules of names and their corpora', () => {
  test('should read rule names from the sources', () => {
    expect(own.en.length).toBeGreaterThan(10)
    expect(own.vi.length).toBeGreaterThan(5)
    expect(shared.length).toBeGreaterThan(5)
  })
  test.each(own.en)('should fire «%s» on the English corpus', (name) => {
    expect([...fired.en]).toContain(name)
  })
  test.each(own.vi)('should fire «%s» on the Vietnamese corpus', (name) => {
    expect([...fired.vi]).toContain(name)
  })
  test.each(shared)('should fire «%s» on a corpus', (name) => {
    expect([...fired.en, ...fired.vi]).toContain(name)
  })
})
