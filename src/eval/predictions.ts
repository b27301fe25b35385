import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { sourceExtensions } from '../io/walk.js'
import { fact, type Fact } from '../schema/fact.js'
import { inputError } from './input-error.js'
import { parseJsonLines } from './jsonl.js'
import type { Fields, Item } from './item.js'

/** Dataset files are `<path relative to the sources root>.facts.jsonl`. */
export const datasetSuffix = '.facts.jsonl'

/** Every path under a dataset folder, relative to it, posix, sorted; a missing folder is an input error. */
export async function listDatasetFolder(folder: string, shown: string): Promise<string[]> {
  try {
    return (await readdir(folder, { recursive: true })).map((found) => found.split(path.sep).join('/')).sort()
  } catch {
    throw inputError(shown, undefined, 'Unexpected missing dataset folder, expected the output of `factline run` (see --out)')
  }
}

/**
 * The dataset files under `out`, by source stem (`000_x` for
 * `sub/000_x.txt.facts.jsonl`), as paths relative to `out`. A stem found
 * twice cannot be paired with its gold and is refused.
 */
export async function datasetFiles(out: string, shown: string): Promise<Map<string, string>> {
  const names = await listDatasetFolder(out, shown)
  const byStem = new Map<string, string>()
  for (const name of names) {
    const stem = sourceStem(name)
    if (stem === undefined) continue
    const earlier = byStem.get(stem)
    if (earlier !== undefined)
      throw inputError(path.join(shown, name), undefined, `Unexpected second dataset file for \`${stem}\`, expected one (also ${earlier})`)
    byStem.set(stem, name)
  }
  return byStem
}

/** `sub/000_x.txt.facts.jsonl` → `000_x`; undefined for other files. */
function sourceStem(name: string): string | undefined {
  if (!name.endsWith(datasetSuffix)) return undefined
  const source = path.posix.basename(name.slice(0, -datasetSuffix.length))
  const extension = sourceExtensions.find((candidate) => source.endsWith(candidate))
  return extension === undefined ? undefined : source.slice(0, -extension.length)
}

/** Reads a dataset file; a line that is not a valid record stops with its file:line. */
export async function readRecords(file: string, shown: string): Promise<Fact[]> {
  return parseJsonLines(await readFile(file, 'utf8'), shown, fact, 'one fact record').map(({ value }) => value)
}

/** The predictions a record makes, each of a gold kind: none, one, or two for a dated figure. */
export function recordToItems(record: Fact): Item[] {
  return recordFields(record).map((fields) => ({
    fields,
    line: record.span.start.line,
    lang: record.lang,
    spans: [{ start: record.span.start.offset, end: record.span.end.offset }],
    label: record.quote
  }))
}

function recordFields(record: Fact): Fields[] {
  switch (record.kind) {
    case 'figure': {
      // Counts and multipliers have no gold kind; a range has no single value.
      if (record.type !== 'money' && record.type !== 'percent') return []
      const value = record.value ?? null
      // Money of a currency its source leaves open has no unit: it matches no gold unit.
      const unit = record.unit ?? ''
      const own: Fields = record.type === 'money' ? { kind: 'money', value, unit } : { kind: 'percent', value }
      // A figure dated only relatively ("last year", "9 tháng") is no dated figure of the conventions.
      if (record.date === undefined || record.date.relative || value === null) return [own]
      return [own, { kind: 'dated_figure', value, unit, date: record.date.value, target: record.qualifier === 'target' }]
    }
    case 'date':
      // A day or month named without its year is neither a date nor a relative date of the conventions.
      if (record.yearless === true) return []
      if (record.relative === true) return [{ kind: 'relative_date', text: record.quote }]
      return record.value === null ? [] : [{ kind: 'date', value: record.value }]
    case 'entity':
      return [{ kind: record.type, text: record.name }]
    case 'event':
      return [{ kind: 'event', type: record.type, date: record.date?.value ?? null }]
  }
}
