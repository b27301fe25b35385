import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { configHash } from '../config/load.js'
import type { Config } from '../config/schema.js'
import { manifestSource, serializeManifest, type ManifestSource } from '../io/manifest.js'
import { readSource } from '../io/read-source.js'
import { isInside, walkSources } from '../io/walk.js'
import { writeAtomic } from '../io/write-atomic.js'
import { createPipeline } from '../pipeline.js'
import { hasFatal, report } from '../report/message.js'
import { schemaVersion } from '../schema/fact.js'
import { toolVersion } from '../version.js'
import { processFile } from './process-file.js'

export const outputSuffix = '.facts.jsonl'
export const manifestName = 'manifest.json'

export interface RunInput {
  /** Folder to read, absolute. */
  readonly root: string
  /** Prefix of the `source` field: `sources/` for the configured folder, empty for a folder given. */
  readonly sourcePrefix: string
}

export interface RunOptions {
  readonly inputs: readonly RunInput[]
  /** Output folder, absolute. */
  readonly out: string
  readonly config: Config
  /** Write nothing; list the files a run would change. */
  readonly check: boolean
  /** Called after each source, for progress. */
  readonly onFile?: (file: VFile, done: number, total: number) => void
}

export interface RunResult {
  /** Every file with its messages, for the reporter. */
  readonly files: VFile[]
  /** Output files (relative to `out`) a run changed, or with `check` would change. */
  readonly changed: string[]
  /** Whether any source was skipped or any error reported. */
  readonly failed: boolean
  readonly sources: readonly ManifestSource[]
}

/**
 * Reads every source, extracts, writes one JSON-lines file per source and the
 * manifest, each atomically; removes outputs whose source is gone. The batch
 * never stops at a bad file: it is reported and skipped.
 */
export async function runPipeline(options: RunOptions): Promise<RunResult> {
  const { config, out } = options
  const pipeline = createPipeline(config)
  const files: VFile[] = []
  const sources: ManifestSource[] = []
  const changed: string[] = []
  const expected = new Set<string>([manifestName])

  const found = await Promise.all(options.inputs.map(async (input) => ({ input, ...(await walkSources(input.root)) })))
  const total = found.reduce((sum, { sources: list }) => sum + list.length, 0)
  let done = 0

  for (const { input, sources: list, problems } of found) {
    for (const problem of problems) {
      const file = new VFile({ path: problem.path, data: { sourcePath: input.sourcePrefix + problem.relative } })
      report(file, problem.code, { actual: problem.actual })
      files.push(file)
      sources.push(manifestSource(file, [], true))
    }
    for (const source of list) {
      const outputRelative = `${source.relative}${outputSuffix}`
      const target = path.join(out, outputRelative)
      const file = await readSource(source.path, input.sourcePrefix + source.relative, config.limits.maxFileBytes)
      let output: string | undefined
      if (!isInside(out, target)) report(file, 'write/outside-output', { actual: target })
      else output = await processFile(pipeline, file)
      files.push(file)
      sources.push(manifestSource(file, output === undefined ? [] : (file.data.records ?? []), output === undefined))
      if (output !== undefined) {
        expected.add(outputRelative)
        if (await differs(target, output)) {
          changed.push(outputRelative)
          if (!options.check) await writeAtomic(target, output)
        }
      }
      // Free what this file held before the next one is read: memory is bounded by the largest file.
      file.value = ''
      file.data = { sourcePath: file.data.sourcePath, lang: file.data.lang }
      options.onFile?.(file, ++done, total)
    }
  }

  const manifest = serializeManifest({
    tool: { name: 'factline', version: toolVersion },
    schemaVersion,
    configHash: configHash(config),
    sources
  })
  if (await differs(path.join(out, manifestName), manifest)) {
    changed.push(manifestName)
    if (!options.check) await writeAtomic(path.join(out, manifestName), manifest)
  }
  for (const stale of await staleOutputs(out, expected)) {
    changed.push(stale)
    if (!options.check) await rm(path.join(out, stale), { force: true })
  }

  return { files, changed: changed.sort(), failed: files.some(hasFatal), sources }
}

async function differs(target: string, content: string): Promise<boolean> {
  try {
    return (await readFile(target, 'utf8')) !== content
  } catch {
    return true
  }
}

/** Output files under `out` that no current source produced. */
async function staleOutputs(out: string, expected: ReadonlySet<string>): Promise<string[]> {
  let entries: string[]
  try {
    entries = await readdir(out, { recursive: true })
  } catch {
    return []
  }
  return entries
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => entry.endsWith(outputSuffix) && !expected.has(entry))
    .sort()
}
