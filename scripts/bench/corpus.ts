import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { detectLanguage } from '../../src/language/detect.js'
import type { Lang } from '../../src/lang.js'

/** Names swapped into generated articles so that entities vary, in both languages. */
const countries: readonly (readonly [string, string])[] = [
  ['Vietnam', 'Việt Nam'],
  ['Pakistan', 'Pakistan'],
  ['Thailand', 'Thái Lan'],
  ['Malaysia', 'Malaysia'],
  ['Indonesia', 'Indonesia'],
  ['Japan', 'Nhật Bản'],
  ['South Korea', 'Hàn Quốc'],
  ['India', 'Ấn Độ'],
  ['Bangladesh', 'Bangladesh'],
  ['Egypt', 'Ai Cập'],
  ['Brazil', 'Brazil'],
  ['Germany', 'Đức'],
  ['Australia', 'Australia'],
  ['Kenya', 'Kenya'],
  ['Philippines', 'Philippines'],
  ['Singapore', 'Singapore']
]

/** A small deterministic generator, so every bench run reads the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface GeneratedCorpus {
  readonly folders: Readonly<Record<Lang, string>>
  readonly bytes: Readonly<Record<Lang, number>>
  readonly documents: Readonly<Record<Lang, number>>
}

/**
 * Writes about `megabytes` of articles under `target`/en and `target`/vi,
 * built from the articles of `from` with other figures, years and countries.
 */
export function generateCorpus(from: string, target: string, megabytes: number): GeneratedCorpus {
  const seeds = readdirSync(from)
    .filter((name) => /\.(?:txt|md)$/u.test(name))
    .map((name) => readFileSync(path.join(from, name), 'utf8'))
  const byLang: Record<Lang, string[]> = { en: [], vi: [] }
  for (const text of seeds) byLang[detectLanguage(text, ['en', 'vi'], 'en')].push(text)
  const next = random(20261124)
  const bytes = { en: 0, vi: 0 }
  const documents = { en: 0, vi: 0 }
  const budget = (megabytes * 1024 * 1024) / 2
  for (const lang of ['en', 'vi'] as const) {
    const folder = path.join(target, lang)
    mkdirSync(folder, { recursive: true })
    const pool = byLang[lang]
    if (pool.length === 0) continue
    while (bytes[lang] < budget) {
      const text = vary(pool[Math.floor(next() * pool.length)]!, lang, next)
      writeFileSync(path.join(folder, `${String(documents[lang]).padStart(6, '0')}.txt`), text)
      bytes[lang] += Buffer.byteLength(text)
      documents[lang]++
    }
  }
  return { folders: { en: path.join(target, 'en'), vi: path.join(target, 'vi') }, bytes, documents }
}

function vary(text: string, lang: Lang, next: () => number): string {
  const column = lang === 'en' ? 0 : 1
  const swap = new Map(countries.map((pair) => [pair[column], countries[Math.floor(next() * countries.length)]![column]]))
  const names = new RegExp(`\\b(?:${[...swap.keys()].map(escape).join('|')})\\b`, 'gu')
  return text
    .replace(/\b(19|20)\d\d\b/gu, () => String(1990 + Math.floor(next() * 36)))
    .replace(/\b\d{2,3}\b/gu, (digits) => String(Math.floor(next() * 9 * 10 ** (digits.length - 1)) + 10 ** (digits.length - 1)))
    .replace(names, (name) => swap.get(name) ?? name)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
