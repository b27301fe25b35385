/**
 * A regex item matches only between word bounds: `matchAt` checks the bound
 * at its start apart and builds one regex bounded at its end (shared with
 * `find`), which must give what the expression bounded at both ends gives,
 * for every regex of the rules at every place of the development articles'
 * paragraphs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { dimensions } from '../src/dimensions/index.js'
import { languageRules } from '../src/dimensions/rule-names.js'
import { langs, type Lang } from '../src/lang.js'

const articles = path.resolve(import.meta.dirname, '../../shared/corpus/dev/articles')
/** Not between two word characters, as the engine defines a word. */
const wordBound = String.raw`(?:(?<![\p{L}\p{N}\p{M}])|(?![\p{L}\p{N}\p{M}]))`

/** A paragraph of each article in `lang`: its title and the line after it. */
function paragraphs(lang: Lang): string[] {
  return readdirSync(articles)
    .filter((name) => name.startsWith(`${lang}-`))
    .map((name) => readFileSync(path.join(articles, name), 'utf8').normalize('NFC').split('\n').filter(Boolean).slice(0, 2).join('\n'))
}

describe.each(langs)('matchAt in %s', (lang) => {
  test('should give the match the expression bounded at both ends gives at each place', () => {
    const texts = paragraphs(lang)
    const items = new Map(
      languageRules(lang, dimensions).flatMap(({ pattern }) => pattern.flatMap((item) => (item.kind === 'regex' ? [[item.key, item]] : [])))
    )
    let matched = 0
    const differing: string[] = []
    for (const item of items.values()) {
      const both = new RegExp(`${wordBound}${item.source}${wordBound}`, `y${item.flags}`)
      for (const text of texts) {
        for (let at = 0; at < text.length; at++) {
          both.lastIndex = at
          const expected = both.exec(text)?.[0]
          const actual = item.matchAt(text, at)?.[0]
          if (actual !== expected) differing.push(`${item.key} at ${at} of ${text}: ${actual} rather than ${expected}`)
          if (actual !== undefined) matched++
        }
      }
    }
    expect(differing).toEqual([])
    expect(matched).toBeGreaterThan(100)
  }, 300_000)
})
