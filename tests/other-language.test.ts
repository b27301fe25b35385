/**
 * Sources a run cannot read as it should: an article in another language is
 * skipped with a message rather than read as English; files left out for
 * their extension are named; an empty folder is said to be empty.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { otherLanguage } from '../src/language/other.js'
import { runCli } from './helpers/cli.js'
import { projectRoot, tempProject } from './helpers/project.js'

const french = [
  "Le commerce entre la France et le Vietnam a atteint 850 millions de dollars en 2024, selon le ministère de l'Économie.",
  'Les exportations ont augmenté de 9 pour cent par rapport à l’année précédente, a déclaré un porte-parole jeudi.',
  'Les deux pays ont signé un accord de coopération lors de la visite du président à Hanoï.'
].join('\n')
const spanish = [
  'El comercio entre España y Vietnam alcanzó los 850 millones de dólares en 2024, según el Ministerio de Economía.',
  'Las exportaciones aumentaron un 9 por ciento respecto al año anterior, dijo un portavoz el jueves.'
].join('\n')
const german = [
  'Der Handel zwischen Deutschland und Vietnam erreichte im Jahr 2024 rund 850 Millionen Dollar, teilte das Ministerium mit.',
  'Die Ausfuhren stiegen im Vergleich zum Vorjahr um neun Prozent, sagte ein Sprecher am Donnerstag.'
].join('\n')

describe('otherLanguage', () => {
  test.each([
    ['French', french, 'fra'],
    ['Spanish', spanish, 'spa'],
    ['German', german, 'deu']
  ])('should find %s', (_name, text, code) => {
    expect(otherLanguage(text)?.code).toBe(code)
  })

  test('should find nothing in the English and Vietnamese articles of the project and of the first two thirds of dev', () => {
    const dev = path.join(projectRoot, '..', 'shared', 'corpus', 'dev', 'articles')
    const articles = [
      ...readdirSync(path.join(projectRoot, 'sources')).map((name) => path.join(projectRoot, 'sources', name)),
      ...readdirSync(dev)
        .filter((name) => /^(?:en|vi)-0(?:0\d|1\d|20)-/u.test(name))
        .map((name) => path.join(dev, name))
    ]
    expect(articles.length).toBeGreaterThanOrEqual(45)
    for (const file of articles) expect(otherLanguage(readFileSync(file, 'utf8')), file).toBeUndefined()
  })

  test('should leave short texts alone: too few words to tell', () => {
    expect(otherLanguage('Le commerce a augmenté.')).toBeUndefined()
  })
})

describe('a run over sources it cannot read as it should', () => {
  test('should skip an article in another language with a message naming the language, and exit 1', async () => {
    const root = tempProject({ 'fr.txt': french, 'en.txt': 'Trade between them touched $850 million in 2024, up 9 percent.\n' })
    const result = await runCli(root, ['run'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/fr\.txt[\s\S]*lang\/unsupported/u)
    expect(result.stderr).toContain('French')
    const manifest = JSON.parse(readFileSync(path.join(root, 'output', 'manifest.json'), 'utf8'))
    expect(manifest.sources.map((source: { path: string; skipped: boolean }) => [source.path, source.skipped])).toEqual([
      ['sources/en.txt', false],
      ['sources/fr.txt', true]
    ])
  })

  test('should name the files left out for their extension, and say when a folder holds no source', async () => {
    const root = tempProject({ 'page.html': '<p>Trade grew 5 percent.</p>', '.hidden': 'x', 'a.txt': 'Trade grew 5 percent in 2024.\n' })
    const result = await runCli(root, ['run'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/1 file left out .*\.txt and \.md.*sources\/page\.html/u)
    expect(result.stderr).not.toContain('.hidden')

    const empty = tempProject({})
    const none = await runCli(empty, ['run'])
    expect(none.stderr).toMatch(/sources holds no \.txt or \.md file/u)
  })
})
