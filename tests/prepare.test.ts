/**
 * Texts prepared together (the blocks of a document, scanned regex by regex)
 * parse exactly as each text parsed alone: every token, latent ones too, in
 * the same order. Checked over the paragraphs of the sources and the texts of
 * every rule corpus, each taken as one document.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Corpus } from '../src/dimensions/corpus.js'
import { createParser } from '../src/dimensions/parse.js'
import type { Lang } from '../src/lang.js'
import { loadConfig } from '../src/config/load.js'

const root = path.join(import.meta.dirname, '..')
const config = await loadConfig(root)

const sourceDir = path.join(root, 'sources')
const paragraphs = readdirSync(sourceDir)
  .sort()
  .flatMap((name) => readFileSync(path.join(sourceDir, name), 'utf8').split(/\n\s*\n/u))
  .map((paragraph) => paragraph.normalize('NFC'))
  .filter((paragraph) => paragraph.trim() !== '')

const modules = import.meta.glob<{ corpus: Corpus }>('../src/dimensions/*/*/corpus.ts', { eager: true })
const corpusTexts = (lang: Lang) =>
  Object.values(modules)
    .filter(({ corpus }) => corpus.lang === lang)
    .flatMap(({ corpus }) => corpus.examples.flatMap((example) => example.phrasings))

describe.each(config.languages)('prepare (%s)', (lang) => {
  const parser = createParser(lang, config.extractors)

  test.each([
    ['the paragraphs of the sources', paragraphs],
    ['the texts of the rule corpora', corpusTexts(lang)]
  ])('should parse %s prepared together as each alone', (_name, texts) => {
    expect(texts.length).toBeGreaterThan(0)
    const prepared = parser.prepare(texts)
    expect(prepared.map(({ text }) => text)).toEqual(texts)
    prepared.forEach((text, index) => {
      expect(parser.parse(text, '2025-06-01').all).toEqual(parser.parse(texts[index]!, '2025-06-01').all)
    })
  })
})
