import { readFile, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import { configHash } from '../config/load.js'
import type { ClaimInput } from '../claims/input.js'
import { claimsFileName } from '../claims/serialize.js'
import { claimSpill } from '../claims/spill.js'
import type { Config } from '../config/schema.js'
import { manifestSource, manifestSpill, writeManifest, type ManifestSource } from '../io/manifest.js'
import type { SortedSpill } from '../io/sorted-spill.js'
import { isInside, walkSources } from '../io/walk.js'
import { sameFiles } from '../io/same-files.js'
import { copyAtomic, writeAtomic } from '../io/write-atomic.js'
import { report } from '../report/message.js'
import { schemaVersion } from '../schema/fact.js'
import { toolVersion } from '../version.js'
import type { CachedResult, ResultCache } from './cache.js'
import { concurrently } from './concurrently.js'
import { createExecutor } from './executor.js'
import { countSource, emptyTally, type RunTally } from './summary.js'
import { toPlainMessages, toReportFile, type SourceResult, type SourceTask } from './task.js'

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
  readonly cache: ResultCache
  /** Worker threads; 1 processes in this thread. */
  readonly workers: number
  /** Called after each source, for progress. */
  readonly onFile?: (done: number, total: number) => void
}

export interface RunResult {
  /** The files with messages, for the reporter (it prints nothing of the others). */
  readonly files: VFile[]
  /** Output files (relative to `out`) a run changed, or with `check` would change. */
  readonly changed: string[]
  /** Whether any source was skipped or any error reported. */
  readonly failed: boolean
  readonly tally: RunTally
  /** Sources served from the cache. */
  readonly cached: number
}

/** Sources looked up in the cache at once: enough to overlap file reads, few enough to stay far from open-file limits. */
const cacheLookups = 32

interface Planned extends SourceTask {
  /** Output path relative to `out`. */
  readonly output: string
}

/**
 * Reads every source, extracts, writes one JSON-lines file per source and the
 * manifest, each atomically; removes outputs whose source is gone. Results
 * come from the cache when nothing that shapes them changed. The batch never
 * stops at a bad file: it is reported and skipped.
 */
export async function runPipeline(options: RunOptions): Promise<RunResult> {
  const manifest = manifestSpill()
  try {
    return await runWith(options, manifest)
  } finally {
    await manifest.close()
  }
}

async function runWith(options: RunOptions, manifest: SortedSpill<ManifestSource>): Promise<RunResult> {
  const { config, out, cache } = options
  const files: VFile[] = []
  const tally = emptyTally()
  const changed: string[] = []
  const expected = new Set<string>([manifestName])
  const planned: Planned[] = []
  // What the end of the batch needs of a source, kept as it comes: its manifest entry (on disk), its counts, and a report file when it has messages.
  const keep = async (filePath: string, result: Pick<SourceResult, 'manifest' | 'messages'>) => {
    if (result.messages.length > 0) files.push(toReportFile(filePath, result.messages))
    countSource(tally, result.manifest)
    await manifest.add([result.manifest])
  }

  for (const input of options.inputs) {
    const { sources: found, problems } = await walkSources(input.root)
    for (const problem of problems) {
      await keep(
        problem.path,
        skippedResult(problem.path, input.sourcePrefix + problem.relative, (file) => report(file, problem.code, { actual: problem.actual }))
      )
    }
    for (const source of found) {
      const output = `${source.relative}${outputSuffix}`
      const sourcePath = input.sourcePrefix + source.relative
      if (isInside(out, path.join(out, output))) {
        planned.push({ path: source.path, sourcePath, output })
        continue
      }
      await keep(source.path, skippedResult(source.path, sourcePath, (file) => report(file, 'write/outside-output', { actual: output })))
    }
  }

  // Claims of the batch, built as results come without holding them all; a cached result's claim inputs are read only when the claims must be built again.
  const spill = claimSpill()
  const cachedInputs: (() => Promise<readonly ClaimInput[]>)[] = []
  const record = async (task: Planned, result: SourceResult | CachedResult) => {
    await keep(task.path, result)
    if (result.output === undefined) return
    const inputs = result.claimInputs
    if (typeof inputs === 'function') cachedInputs.push(inputs)
    else await spill.add(inputs)
    expected.add(task.output)
    await writeIfChanged(out, task.output, result.output, options.check, changed)
  }

  let done = 0
  const misses: { task: Planned; key: string; index: number }[] = []
  const keys: string[] = []
  await concurrently([...planned.entries()], cacheLookups, async ([index, task]) => {
    const bytes = await readWithin(task.path, config.limits.maxFileBytes)
    const key = bytes ? cache.key(bytes, task.sourcePath) : ''
    keys[index] = key
    const hit = key ? await cache.get(key) : undefined
    if (hit) {
      await record(task, hit)
      options.onFile?.(++done, planned.length)
    } else misses.push({ task, key, index })
  })
  // Misses in the order of the walk, whatever order the lookups ended in.
  misses.sort((a, b) => a.index - b.index)
  const cached = planned.length - misses.length

  if (misses.length > 0) {
    // A run served by the cache never gets here, so it never loads the rules.
    const executor = await createExecutor(config, Math.min(options.workers, misses.length))
    try {
      // A bounded number in flight: each result is written and let go as it comes, so memory does not grow with the batch.
      await concurrently(misses, executor.inFlight, async ({ task, key }) => {
        const result = await executor.process(task)
        // Skipped sources are not cached: the next run says again why.
        if (key && result.output !== undefined) await cache.set(key, result)
        await record(task, result)
        options.onFile?.(++done, planned.length)
      })
    } finally {
      await executor.close()
    }
  }

  // Claims depend on every source: cached under the keys of all of them, so a rerun that changed nothing does not rebuild them.
  const claimsKey = planned.length > 0 && keys.every(Boolean) ? cache.combine(keys) : undefined
  try {
    let claims = claimsKey ? await cache.getFile(claimsKey) : undefined
    if (claims === undefined) {
      await concurrently(cachedInputs, cacheLookups, async (read) => spill.add(await read()))
      claims = await spill.finish()
      if (claimsKey) await cache.setFile(claimsKey, claims)
    }
    await copyIfChanged(out, claimsFileName, claims, options.check, changed)
  } finally {
    await spill.close()
  }
  const manifestFile = await manifest.file(manifestName)
  await writeManifest(manifestFile, { tool: { name: 'factline', version: toolVersion }, schemaVersion, configHash: configHash(config) }, manifest.sorted())
  await copyIfChanged(out, manifestName, manifestFile, options.check, changed)
  for (const stale of await staleOutputs(out, expected)) {
    changed.push(stale)
    if (!options.check) await rm(path.join(out, stale), { force: true })
  }

  files.sort((a, b) => (String(a.path) < String(b.path) ? -1 : 1))
  return { files, changed: changed.sort(), failed: tally.skipped > 0 || tally.errors > 0, tally, cached }
}

/** The result of a source skipped before it was read (a walk problem, an unsafe output path). */
function skippedResult(filePath: string, sourcePath: string, say: (file: VFile) => void): SourceResult {
  const file = toReportFile(filePath, [])
  file.data.sourcePath = sourcePath
  say(file)
  return { sourcePath, output: undefined, manifest: manifestSource(file, [], true), messages: toPlainMessages(file), claimInputs: [] }
}

/** The bytes of a source to key the cache, or `undefined` when it is too large to read (it is skipped unread) or unreadable. */
async function readWithin(file: string, maxBytes: number): Promise<Buffer | undefined> {
  try {
    return (await stat(file)).size > maxBytes ? undefined : await readFile(file)
  } catch {
    return undefined
  }
}

/** `writeIfChanged` for a file too large to hold in memory. */
async function copyIfChanged(out: string, name: string, file: string, check: boolean, changed: string[]): Promise<void> {
  if (await sameFiles(path.join(out, name), file)) return
  changed.push(name)
  if (!check) await copyAtomic(file, path.join(out, name))
}

async function writeIfChanged(out: string, name: string, content: string | Buffer, check: boolean, changed: string[]): Promise<void> {
  if (!(await differs(path.join(out, name), content))) return
  changed.push(name)
  if (!check) await writeAtomic(path.join(out, name), content)
}

/** Compared as bytes: decoding the file would cost more than reading it. */
async function differs(target: string, content: string | Buffer): Promise<boolean> {
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    return !(await readFile(target)).equals(bytes)
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
