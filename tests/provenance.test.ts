/**
 * Provenance as a property: for every record, over generated text mixing
 * scripts, NFD, CRLF, a BOM and characters outside the BMP, and over every
 * record of the committed dataset, `quote` is the source slice at its span in
 * UTF-16 code units (`offset`) and in code points (`offsetCodePoint`), each
 * point agrees with the line table of the text, and the record validates; in the
 * dataset, every id a record links to (an event's participants, place, figure and
 * count, an entity's long form and role) is a record of the same file, of the kind
 * the link needs.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { location } from 'vfile-location'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { defaultExtractors } from '../src/config/load.js'
import { decode } from '../src/io/read-source.js'
import { createPipeline } from '../src/pipeline.js'
import { processFile } from '../src/run/process-file.js'
import { fact, type Fact } from '../src/schema/fact.js'
import { projectRoot } from './helpers/project.js'

function assertProvenance(text: string, records: readonly Fact[]): void {
  const place = location(text)
  const codePoints = [...text]
  for (const record of records) {
    expect(fact.safeParse(record).success).toBe(true)
    expect(text.slice(record.span.start.offset, record.span.end.offset)).toBe(record.quote)
    for (const point of [record.span.start, record.span.end]) {
      const expected = place.toPoint(point.offset)
      expect({ line: point.line, column: point.column }).toEqual({ line: expected?.line, column: expected?.column })
      // Code points before the offset, as Python and spaCy count them.
      expect(point.offsetCodePoint).toBe([...text.slice(0, point.offset)].length)
    }
    expect(codePoints.slice(record.span.start.offsetCodePoint, record.span.end.offsetCodePoint).join('')).toBe(record.quote)
  }
}

const pipeline = createPipeline({
  languages: ['en', 'vi'],
  extractors: defaultExtractors(),
  referenceDates: {},
  dateReading: 'nearest',
  limits: { maxFileBytes: 1 << 20, maxLineLength: 2000, maxFactsPerFile: 10_000 }
})

async function extract(bytes: Uint8Array): Promise<{ text: string; records: Fact[] }> {
  const decoded = decode(bytes)
  if (!('text' in decoded)) return { text: '', records: [] }
  const file = new VFile({ path: 'generated.txt', value: decoded.text, data: { sourcePath: 'generated.txt' } })
  const output = await processFile(pipeline, file)
  const records = (output ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Fact)
  return { text: decoded.text, records }
}

const pieces = [
  'Trade',
  'between them',
  'touched',
  '$850 million',
  'in 2024',
  'USD 10.3 billion',
  '9 percent',
  'On 14 October 2025',
  'Vietnam',
  'Pakistan',
  'Hà Nội',
  'Việt Nam',
  'kim ngạch',
  'đạt',
  '850 triệu USD',
  '522,4 triệu USD',
  'tăng 20,5%',
  'Ngày 8/11/1972',
  'các ngày 8-9/7/2003',
  '(3/2004)',
  'năm ngoái',
  'last year',
  'Bộ Công thương',
  'Ministry of Commerce',
  'Typhoon Yagi struck',
  'with 19 people killed',
  'in Hanoi',
  'Ministers of Chile and Peru signed an agreement',
  'Sạt lở đất tại Yên Bái làm 40 người chết',
  'Thủ tướng hội đàm với Tổng thống Hàn Quốc',
  '“',
  '”',
  '…',
  '.',
  ',',
  ';',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\n\n',
  '# ',
  '* ',
  '1972. ',
  '> ',
  '😀',
  '中文',
  'Ünïcödé',
  '\t'
]

const generatedText = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fc.constantFrom(...pieces), fc.boolean()), { minLength: 1, maxLength: 40 }))
  .map(([bom, parts]) => {
    const text = parts.map(([piece, nfd]) => (nfd ? piece.normalize('NFD') : piece)).join(' ')
    return bom ? `\ufeff${text}` : text
  })

describe('provenance', () => {
  test('should hold for every record of generated text (scripts, NFD, CRLF, BOM)', async () => {
    let checked = 0
    let linked = 0
    let counts = 0
    await fc.assert(
      fc.asyncProperty(generatedText, async (text) => {
        const { text: decoded, records } = await extract(new TextEncoder().encode(text))
        assertProvenance(decoded, records)
        const links = assertLinks(records)
        linked += links.all
        counts += links.counts
        checked += records.length
      }),
      { numRuns: 150, seed: 20261124 }
    )
    expect(checked).toBeGreaterThan(100)
    // Events with participants, places and counts were generated, so their links were checked.
    expect(linked).toBeGreaterThan(50)
    expect(counts).toBeGreaterThan(5)
  }, 120_000)

  test('should hold for every record of the committed dataset', () => {
    const out = path.join(projectRoot, 'output')
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.facts.jsonl'))
    expect(files.length).toBe(5)
    let checked = 0
    for (const name of files) {
      const records = readFileSync(path.join(out, name), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Fact)
      const text = (decode(readFileSync(path.join(projectRoot, records[0]!.source))) as { text: string }).text
      assertProvenance(text, records)
      assertLinks(records)
      checked += records.length
    }
    expect(checked).toBeGreaterThan(300)
  })
})

/** Every id a record links to is a record of the same file, of the kind the link needs; gives how many links were checked, and how many were counts. */
function assertLinks(records: readonly Fact[]): { all: number; counts: number } {
  const byId = new Map(records.map((record) => [record.id, record]))
  const kindOf = (id: string) => byId.get(id)?.kind
  let links = 0
  let counts = 0
  for (const record of records) {
    if (record.kind === 'event') {
      for (const id of record.participants) expect(kindOf(id)).toBe('entity')
      if (record.place) expect(byId.get(record.place)).toMatchObject({ kind: 'entity', type: 'place' })
      if (record.figure) expect(kindOf(record.figure)).toBe('figure')
      if (record.count) expect(byId.get(record.count)).toMatchObject({ kind: 'figure', type: 'count' })
      links += record.participants.length + [record.place, record.figure, record.count].filter(Boolean).length
      if (record.count) counts++
    }
    if (record.kind === 'entity') {
      if (record.refersTo) expect(kindOf(record.refersTo)).toBe('entity')
      if (record.roleOf) expect(kindOf(record.roleOf)).toBe('entity')
      links += [record.refersTo, record.roleOf].filter(Boolean).length
    }
  }
  return { all: links, counts }
}
