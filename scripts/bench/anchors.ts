import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import nlp from 'compromise'
import { franc } from 'franc'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

export interface Timed {
  readonly seconds: number
  readonly bytes: number
  readonly documents: number
}

function texts(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .map((name) => readFileSync(path.join(folder, name), 'utf8'))
}

function timed(folder: string, work: (text: string) => void): Timed {
  const all = texts(folder)
  const bytes = all.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const started = process.hrtime.bigint()
  for (const text of all) work(text)
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, bytes, documents: all.length }
}

const anyNumber = /\d+(?:[.,]\d+)*/gu

/** The parts alone, on the same text: what the pipeline is measured against. */
export const anchors: Readonly<Record<string, (folder: string) => Timed>> = {
  'regex floor (read, NFC, one regex scan)': (folder) =>
    timed(folder, (text) => {
      let count = 0
      for (const _ of text.normalize('NFC').matchAll(anyNumber)) count++
      if (count < 0) throw new Error('unreachable')
    }),
  'remark-parse': (folder) => {
    const processor = unified().use(remarkParse)
    return timed(folder, (text) => void processor.parse(text))
  },
  'franc (eng, vie; document and paragraphs)': (folder) =>
    timed(folder, (text) => {
      franc(text, { only: ['eng', 'vie'] })
      for (const paragraph of text.split(/\n+/u)) franc(paragraph, { only: ['eng', 'vie'] })
    }),
  'compromise nlp() people, places, organizations': (folder) =>
    timed(folder, (text) => {
      const document = nlp(text)
      document.people().json({ offset: true })
      document.places().json({ offset: true })
      document.organizations().json({ offset: true })
    })
}
