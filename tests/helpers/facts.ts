import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { factId } from '../../src/provenance/id.js'
import { spanMaker } from '../../src/provenance/span.js'
import { fact as factSchema, type Fact } from '../../src/schema/fact.js'

type Fields = Record<string, unknown> & { kind: Fact['kind']; type: string }

/**
 * A valid record for the `occurrence`-th (0-based) `quote` in `text`, as the
 * pipeline would write it; `id` may be forced to stand for an id that changed.
 */
export function factIn(
  text: string,
  source: string,
  quote: string,
  fields: Fields,
  options: { occurrence?: number; id?: string; lang?: 'en' | 'vi' } = {}
): Fact {
  let start = -1
  for (let seen = 0; seen <= (options.occurrence ?? 0); seen++) start = text.indexOf(quote, start + 1)
  if (start < 0) throw new Error(`no «${quote}» in the text`)
  const { span } = spanMaker(text).make(start, start + quote.length)
  const { kind, type, ...rest } = fields
  return factSchema.parse({
    id: options.id ?? factId(source, kind, type, quote, options.occurrence ?? 0),
    kind,
    type,
    source,
    lang: options.lang ?? 'en',
    span,
    quote,
    ...rest,
    rule: `${kind}/${options.lang ?? 'en'}/fixture`
  })
}

/** Writes a dataset folder as `factline run` would: one JSON-lines file per source and a manifest. */
export function writeDataset(folder: string, sources: Record<string, { facts: readonly Fact[]; text?: string }>): string {
  mkdirSync(folder, { recursive: true })
  for (const [name, { facts }] of Object.entries(sources)) {
    const file = path.join(folder, `${name}.facts.jsonl`)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, facts.map((record) => `${JSON.stringify(record)}\n`).join(''))
  }
  const manifest = {
    tool: { name: 'factline', version: 'test' },
    schemaVersion: '1.0.0',
    configHash: '0000000000000000',
    sources: Object.entries(sources).map(([name, { facts, text }]) => ({
      path: `sources/${name}`,
      sha256: text === undefined ? '' : createHash('sha256').update(text).digest('hex'),
      bytes: text === undefined ? 0 : Buffer.byteLength(text),
      language: facts[0]?.lang ?? 'en',
      skipped: false,
      facts: { figure: count(facts, 'figure'), date: count(facts, 'date'), entity: count(facts, 'entity'), event: count(facts, 'event') },
      problems: []
    }))
  }
  writeFileSync(path.join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return folder
}

function count(facts: readonly Fact[], kind: Fact['kind']): number {
  return facts.filter((record) => record.kind === kind).length
}
