import type { VFile } from 'vfile'
import { textWriter } from './lines.js'
import { sortedSpill, type SortedSpill } from './sorted-spill.js'
import type { Lang } from '../lang.js'
import { compareText } from '../text/compare.js'
import type { Fact } from '../schema/fact.js'
import { factKinds, type FactKind } from '../schema/vocabulary.js'

/** A message as the manifest keeps it. */
export interface ManifestMessage {
  readonly ruleId: string
  readonly source: string
  readonly reason: string
  readonly place: string
  readonly fatal: boolean
}

export interface ManifestSource {
  readonly path: string
  /** The source's dataset file, relative to the output folder; null when it was skipped. A run deletes only files listed here. */
  readonly output?: string | null
  readonly sha256: string
  readonly bytes: number
  readonly language: Lang | null
  /** Whether the source was skipped (a fatal problem): nothing of it is in the dataset. */
  readonly skipped: boolean
  readonly facts: Readonly<Record<FactKind, number>>
  readonly problems: readonly ManifestMessage[]
}

export interface Manifest {
  readonly tool: { readonly name: string; readonly version: string }
  readonly schemaVersion: string
  readonly configHash: string
  readonly sources: readonly ManifestSource[]
}

export function manifestSource(file: VFile, records: readonly Fact[], skipped: boolean): ManifestSource {
  const facts = Object.fromEntries(factKinds.map((kind) => [kind, 0])) as Record<FactKind, number>
  for (const record of records) facts[record.kind]++
  return {
    path: file.data.sourcePath ?? String(file.path),
    sha256: file.data.sha256 ?? '',
    bytes: file.data.bytes ?? 0,
    language: skipped ? null : (file.data.lang ?? null),
    skipped,
    facts,
    problems: file.messages.map(toManifestMessage)
  }
}

/** The entry with the name of its dataset file, placed after its path. */
export function withOutput(source: ManifestSource, output: string | null): ManifestSource {
  const { path, output: _output, ...rest } = source
  return { path, output, ...rest }
}

export function toManifestMessage(message: VFile['messages'][number]): ManifestMessage {
  return {
    ruleId: message.ruleId ?? '',
    source: message.source ?? '',
    reason: message.reason,
    place: placeText(message.place),
    fatal: message.fatal === true
  }
}

function placeText(place: VFile['messages'][number]['place']): string {
  if (!place) return ''
  if ('start' in place) return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  return `${place.line}:${place.column}`
}

/** The sources of a manifest, set aside on disk as they come and read back sorted by path. */
export function manifestSpill(pieceChars = 2 * 1024 * 1024, fanIn = 64): SortedSpill<ManifestSource> {
  return sortedSpill<ManifestSource>({
    compare: (a, b) => compareText(a.path, b.path),
    toLine: (source) => JSON.stringify(source),
    fromLine: (line) => JSON.parse(line) as ManifestSource,
    size: (source) => source.path.length + source.problems.reduce((sum, problem) => sum + problem.reason.length + 100, 200),
    pieceChars,
    fanIn,
    folderPrefix: 'factline-manifest-'
  })
}

/**
 * Writes the manifest of `head` and `sources` (sorted by path) to `file`, as
 * `JSON.stringify(manifest, null, 2)` lays it out, one source at a time.
 */
export async function writeManifest(file: string, head: Omit<Manifest, 'sources'>, sources: AsyncIterable<ManifestSource>): Promise<void> {
  const writer = textWriter(file)
  const opening = JSON.stringify({ ...head, sources: [] }, null, 2)
  // `sources` is the last field: the text before its empty array, then each source indented as an item of it.
  await writer.write(opening.slice(0, opening.lastIndexOf('[]')))
  let first = true
  for await (const source of sources) {
    await writer.write(`${first ? '[\n' : ',\n'}    ${JSON.stringify(source, null, 2).replaceAll('\n', '\n    ')}`)
    first = false
  }
  await writer.write(first ? '[]\n}\n' : '\n  ]\n}\n')
  await writer.close()
}
