import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import * as recognizers from '@microsoft/recognizers-text-suite'
import * as chrono from 'chrono-node'
import nlp from 'compromise'
import { franc } from 'franc'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Lang } from '../../src/lang.js'

export interface Timed {
  readonly seconds: number
  /** CPU seconds of the process while it ran, all its threads (the collector's too): what load on the machine does not inflate. */
  readonly cpuSeconds: number
  readonly bytes: number
  readonly documents: number
}

/** Something the pipeline is measured against, on the same text. */
export interface Anchor {
  /** The languages it reads; the others get no figure. */
  readonly langs: readonly Lang[]
  /** Reads only the first articles up to this many bytes: a library too slow to read the whole corpus before the bench ends. */
  readonly budgetBytes?: number
  /** Builds what the work needs once, as a user would, and returns the work on one text. */
  readonly make: () => (text: string) => void
}

const anyNumber = /\d+(?:[.,]\d+)*/gu
const english = recognizers.Culture.English

/** The parts alone, and the libraries a user would call instead, on the same text. */
export const anchors: Readonly<Record<string, Anchor>> = {
  'regex floor (read, NFC, one regex scan)': {
    langs: ['en', 'vi'],
    make: () => (text) => {
      let count = 0
      for (const _ of text.normalize('NFC').matchAll(anyNumber)) count++
      if (count < 0) throw new Error('unreachable')
    }
  },
  'remark-parse': {
    langs: ['en', 'vi'],
    make: () => {
      const processor = unified().use(remarkParse)
      return (text) => void processor.parse(text)
    }
  },
  'franc (eng, vie; document and paragraphs)': {
    langs: ['en', 'vi'],
    make: () => (text) => {
      franc(text, { only: ['eng', 'vie'] })
      for (const paragraph of text.split(/\n+/u)) franc(paragraph, { only: ['eng', 'vie'] })
    }
  },
  'compromise nlp() people, places, organizations': {
    langs: ['en', 'vi'],
    make: () => (text) => {
      const document = nlp(text)
      document.people().json({ offset: true })
      document.places().json({ offset: true })
      document.organizations().json({ offset: true })
    }
  },
  'Recognizers-Text number, currency, percentage, date-time': {
    // English only: the library has no Vietnamese. Its currency and date-time models read about a kilobyte a second.
    langs: ['en'],
    budgetBytes: 8 * 1024,
    make: () => (text) => {
      recognizers.recognizeNumber(text, english)
      recognizers.recognizeCurrency(text, english)
      recognizers.recognizePercentage(text, english)
      recognizers.recognizeDateTime(text, english)
    }
  },
  'chrono-node (dates)': {
    langs: ['en'],
    make: () => (text) => void chrono.parse(text)
  }
}

/** Times `anchor` over the articles of `folder` (within its budget), after one short text that loads what it loads lazily. */
export function measureAnchor(anchor: Anchor, folder: string): Timed {
  const texts: string[] = []
  let bytes = 0
  for (const name of readdirSync(folder).sort()) {
    if (anchor.budgetBytes !== undefined && bytes >= anchor.budgetBytes) break
    const text = readFileSync(path.join(folder, name), 'utf8')
    texts.push(text)
    bytes += Buffer.byteLength(text)
  }
  const work = anchor.make()
  work('On 3 May 2022, the minister said 12 people in Hanoi paid $20 million, 5% more.')
  const started = process.hrtime.bigint()
  const cpuBefore = process.cpuUsage()
  for (const text of texts) work(text)
  const cpu = process.cpuUsage(cpuBefore)
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    bytes,
    documents: texts.length
  }
}
