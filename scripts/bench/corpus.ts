import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { detectLanguage } from '../../src/language/detect.js'
import type { Lang } from '../../src/lang.js'

export interface GeneratedCorpus {
  readonly folders: Readonly<Record<Lang, string>>
  readonly bytes: Readonly<Record<Lang, number>>
  readonly documents: Readonly<Record<Lang, number>>
}

/**
 * Writes about `megabytes` of articles under `target`/en and `target`/vi:
 * the articles of `from` as they are, in name order, repeated until each
 * language has half the size. Real articles, not text made to look like
 * them: what a run reads costs what real news costs. Each copy has a path of
 * its own, so the cache, whose key holds the path, never serves one copy
 * the result of another.
 */
export function generateCorpus(from: string, target: string, megabytes: number): GeneratedCorpus {
  const articles = readdirSync(from)
    .filter((name) => /\.(?:txt|md)$/u.test(name))
    .sort()
    .map((name) => readFileSync(path.join(from, name), 'utf8'))
  const byLang: Record<Lang, string[]> = { en: [], vi: [] }
  for (const text of articles) byLang[detectLanguage(text, ['en', 'vi'], 'en')].push(text)
  const bytes = { en: 0, vi: 0 }
  const documents = { en: 0, vi: 0 }
  const budget = (megabytes * 1024 * 1024) / 2
  for (const lang of ['en', 'vi'] as const) {
    const folder = path.join(target, lang)
    mkdirSync(folder, { recursive: true })
    const pool = byLang[lang]
    while (pool.length > 0 && bytes[lang] < budget) {
      const text = pool[documents[lang] % pool.length]!
      writeFileSync(path.join(folder, `${String(documents[lang]).padStart(6, '0')}.txt`), text)
      bytes[lang] += Buffer.byteLength(text)
      documents[lang]++
    }
  }
  return { folders: { en: path.join(target, 'en'), vi: path.join(target, 'vi') }, bytes, documents }
}
