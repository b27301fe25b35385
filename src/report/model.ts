import { createHash } from 'node:crypto'
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { Claim } from '../claims/types.js'
import type { Dataset } from '../diff/dataset.js'
import { diffSource } from '../diff/diff.js'
import type { FactPair, FieldChange, SourceDiff } from '../diff/types.js'
import { decode } from '../io/read-source.js'
import { isInside, sourceExtensions } from '../io/walk.js'
import type { Fact } from '../schema/fact.js'

/** What the page shows for one record: the record, and with a diff its status and old version. */
export interface ShownFact {
  readonly key: string
  readonly record: Fact
  readonly status?: 'added' | 'removed' | 'changed'
  readonly old?: Fact
  readonly fields?: readonly FieldChange[]
}

export interface ReportSource {
  /** The dataset file's path under the output folder, without `.facts.jsonl`. */
  readonly key: string
  /** The source's path as the dataset names it. */
  readonly path: string
  readonly lang: string | null
  /**
   * The decoded source text, or why it could not be shown. `changed`: the
   * text is not the one the dataset was made from (its sha256 differs from the
   * manifest's): the source was edited without a rerun.
   */
  readonly text: { readonly value: string; readonly changed: boolean } | { readonly problem: string; readonly missing: boolean }
  /** Records whose quote stands at their span in the text: highlighted. */
  readonly placed: readonly ShownFact[]
  /** Records that cannot be placed (text missing or changed since, removed facts of an edited text): listed. */
  readonly unplaced: readonly ShownFact[]
  readonly diff?: SourceDiff
}

export interface ReportModel {
  readonly sources: readonly ReportSource[]
  /** The dataset's claims across sources (`claims.jsonl`), when it has them. */
  readonly claims: readonly Claim[]
  /** The old dataset's name when the page shows a diff. */
  readonly diffAgainst?: string
}

/** Where a source's text should be, and the sources folder it must lie in to be read at all. */
export interface SourceLocation {
  readonly file: string
  readonly root: string
}

export interface ReportOptions {
  readonly dataset: Dataset
  /** Resolves a source's text file from its dataset key and the path the dataset names, with the folder it must lie in. */
  readonly sourceFile: (key: string, sourcePath: string | undefined) => SourceLocation
  readonly old?: { readonly dataset: Dataset; readonly name: string }
  readonly claims?: readonly Claim[]
}

/** Reads each source's text and sorts its records into placed and listed, with their diff status. */
export async function buildReportModel(options: ReportOptions): Promise<ReportModel> {
  const { dataset, old } = options
  const keys = [...new Set([...dataset.keys(), ...(old ? old.dataset.keys() : [])])].sort()
  const sources: ReportSource[] = []
  for (const [index, key] of keys.entries()) {
    const current = dataset.get(key)
    const before = old?.dataset.get(key)
    const facts = current?.facts ?? []
    const sourcePath = current?.manifest?.path ?? facts[0]?.source ?? before?.manifest?.path ?? before?.facts[0]?.source
    const text = await readText(options.sourceFile(key, sourcePath), current?.manifest?.sha256)
    const diff =
      old && diffSource(key, before?.facts ?? [], facts, before === undefined ? 'added' : current === undefined ? 'removed' : 'modified')
    const shown = shownFacts(`s${index}`, facts, diff)
    const fits = (fact: ShownFact) =>
      'value' in text && text.value.slice(fact.record.span.start.offset, fact.record.span.end.offset) === fact.record.quote
    sources.push({
      key,
      path: sourcePath ?? key,
      lang: current?.manifest?.language ?? before?.manifest?.language ?? facts[0]?.lang ?? null,
      text,
      placed: shown.filter(fits),
      unplaced: shown.filter((fact) => !fits(fact)),
      ...(diff ? { diff } : {})
    })
  }
  return { sources, claims: options.claims ?? [], ...(old ? { diffAgainst: old.name } : {}) }
}

function shownFacts(prefix: string, facts: readonly Fact[], diff: SourceDiff | undefined): ShownFact[] {
  const added = new Set(diff?.added)
  const changed = new Map<Fact, FactPair>(diff?.changed.map((pair) => [pair.new, pair]))
  const current = facts.map((record, index): ShownFact => {
    const pair = changed.get(record)
    const key = `${prefix}n${index}`
    if (pair) return { key, record, status: 'changed', old: pair.old, fields: pair.fields }
    return added.has(record) ? { key, record, status: 'added' } : { key, record }
  })
  const removed = (diff?.removed ?? []).map((record, index): ShownFact => ({ key: `${prefix}o${index}`, record, status: 'removed' }))
  return [...current, ...removed]
}

/**
 * The text of a source, read only when it is a `.txt` or `.md` file inside
 * the sources folder (links resolved): a dataset names its sources, and a
 * crafted one could name any file (`../../.ssh/id_rsa`), which the page would
 * then show to whoever opens it. A text whose sha256 is not the manifest's
 * changed since the dataset was written.
 */
async function readText({ file, root }: SourceLocation, sha256: string | undefined): Promise<ReportSource['text']> {
  let real: string
  try {
    real = await realpath(file)
  } catch {
    return { problem: `source text not found at ${file}`, missing: true }
  }
  const realRoot = await realpath(root).catch(() => root)
  if (!isInside(realRoot, real) || !sourceExtensions.some((extension) => real.endsWith(extension)))
    return { problem: `source ${file} not read: it is outside the sources folder ${root} or not a .txt or .md file`, missing: false }
  let bytes: Uint8Array
  try {
    bytes = await readFile(real)
  } catch {
    return { problem: `source text not readable at ${file}`, missing: false }
  }
  const decoded = decode(bytes)
  if (!('text' in decoded)) return { problem: `source text not readable (${decoded.code}: ${decoded.actual})`, missing: false }
  const changed = Boolean(sha256) && createHash('sha256').update(bytes).digest('hex') !== sha256
  return { value: decoded.text, changed }
}

/**
 * Where a source's text is: with `--sources DIR` (absolute), its dataset key
 * under DIR; else the path the dataset names, from the project's root, which
 * must lie in the configured sources folder.
 */
export function sourceFileResolver(
  projectRoot: string,
  sourcesFolder: string | undefined,
  configuredSources: string
): ReportOptions['sourceFile'] {
  if (sourcesFolder !== undefined) return (key) => ({ file: path.resolve(sourcesFolder, key), root: sourcesFolder })
  const root = path.resolve(projectRoot, configuredSources)
  return (key, sourcePath) => ({ file: path.resolve(projectRoot, sourcePath ?? key), root })
}
