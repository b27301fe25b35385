import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { inputError } from '../eval/input-error.js'
import { parseJsonLines } from '../eval/jsonl.js'
import { listDatasetFolder } from '../eval/predictions.js'
import type { Manifest, ManifestSource } from '../io/manifest.js'
import { manifestName, outputSuffix } from '../run/run.js'
import { point, type Fact } from '../schema/fact.js'
import { factKinds } from '../schema/vocabulary.js'
import { compareText } from '../text/compare.js'

/** One source of a dataset: its records and its manifest entry, when the manifest has one. */
export interface DatasetSource {
  readonly facts: readonly Fact[]
  readonly manifest: ManifestSource | undefined
}

/** A dataset by source: the dataset file's path relative to the output folder, without `.facts.jsonl`. */
export type Dataset = ReadonlyMap<string, DatasetSource>

/**
 * What a diff needs of a record. Looser than the record schema on purpose, so
 * a dataset written by an older version can still be compared.
 */
const comparableRecord = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(factKinds),
  type: z.string().min(1),
  // Datasets before schema 1.2 have no code-point offsets.
  span: z.object({ start: point.partial({ offsetCodePoint: true }), end: point.partial({ offsetCodePoint: true }) }),
  quote: z.string()
})

/** Builds a dataset from its files (`x.txt.facts.jsonl`, `manifest.json`), keyed by paths relative to the output folder. */
export function parseDataset(files: ReadonlyMap<string, string>, shown: string): Dataset {
  const manifestText = files.get(manifestName)
  const manifest = manifestText === undefined ? undefined : parseManifest(manifestText, path.posix.join(shown, manifestName))
  const dataset = new Map<string, DatasetSource>()
  for (const [name, content] of [...files].sort(([a], [b]) => compareText(a, b))) {
    if (!name.endsWith(outputSuffix)) continue
    const key = name.slice(0, -outputSuffix.length)
    const facts = parseJsonLines(content, path.posix.join(shown, name), comparableRecord, 'one fact record').map(
      ({ value }) => value as Fact
    )
    dataset.set(key, { facts, manifest: manifest && manifestEntry(manifest, key) })
  }
  return dataset
}

/** Reads the dataset under `folder`. */
export async function readDatasetFolder(folder: string, shown = folder): Promise<Dataset> {
  const files = new Map<string, string>()
  for (const name of await listDatasetFolder(folder, shown)) {
    if (name === manifestName || name.endsWith(outputSuffix)) files.set(name, await readFile(path.join(folder, name), 'utf8'))
  }
  return parseDataset(files, shown)
}

function parseManifest(text: string, shown: string): Manifest {
  try {
    return JSON.parse(text) as Manifest
  } catch {
    throw inputError(shown, undefined, 'Unexpected text that is not JSON, expected the manifest of `factline run`')
  }
}

/**
 * The manifest names sources as records do (`sources/x.txt` for the configured
 * folder), the dataset file by its path under the sources root (`x.txt`).
 */
function manifestEntry(manifest: Manifest, key: string): ManifestSource | undefined {
  const sources = manifest.sources ?? []
  return sources.find((source) => source.path === key) ?? sources.find((source) => source.path.endsWith(`/${key}`))
}
