import { readFile, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import { configHash } from '../config/load.js'
import type { ClaimInput } from '../claims/input.js'
import { claimsFileName } from '../claims/serialize.js'
import { claimSpill } from '../claims/spill.js'
import type { Config } from '../config/schema.js'
import { manifestSource, manifestSpill, writeManifest, type ManifestSource } from '../io/manifest.js'
import { sortedSpill, type SortedSpill } from '../io/sorted-spill.js'
import { isInside, isProblem, walk, type FoundSource, type WalkProblem } from '../io/walk.js'
import { sameFiles } from '../io/same-files.js'
import { copyAtomic, writeAtomic } from '../io/write-atomic.js'
import { report } from '../report/message.js'
import { schemaVersion } from '../schema/fact.js'
import { compareText } from '../text/compare.js'
import { toolVersion } from '../version.js'
import type { CachedResult, ResultCache } from './cache.js'
import { concurrently } from './concurrently.js'
import { createExecutor, type Executor } from './executor.js'
import { inOrder } from './in-order.js'
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
  /** What the walk of the input numbered `input` found, when a run takes a part of it (a shard's part of a plan) instead of walking it. */
  readonly found?: Found
  /** What the run makes of its sources' claim inputs; by default the batch's claims file. */
  readonly claims?: ClaimsTarget
}

/** The sources, and the problems met, of the walk of the input numbered `input`, in the walk's order. */
export type Found = (input: number) => AsyncIterable<FoundSource | WalkProblem>

/** What a run makes of the claim inputs of its sources. */
export interface ClaimsTarget {
  /** Takes the claim inputs of one source the run extracted; sources come in any order. */
  readonly add: (inputs: readonly ClaimInput[]) => Promise<void>
  /** After the last source: writes under `out` what the target makes of every source's claim inputs. */
  readonly finish: (batch: ClaimsBatch) => Promise<void>
  /** Removes what it set aside. */
  readonly close: () => Promise<void>
}

export interface ClaimsBatch {
  /** Passes to `add` the claim inputs of the sources the cache served, read from the cache only now. */
  readonly addCached: () => Promise<void>
  /** One key for the claim inputs of every source, from their cache keys in the order of the walk; undefined when one had none. */
  readonly key: string | undefined
  readonly out: string
  readonly check: boolean
  /** Names of the files under `out` a run changed (or would change); the target adds its own. */
  readonly changed: string[]
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

/**
 * Sources in flight at once, from the read that keys the cache to the write
 * of the result: enough to overlap file reads and to keep every thread
 * extracting while results are written (each synced to disk), few enough to
 * stay far from open-file limits and to hold few results.
 */
const inFlight = 32

/** Characters of names held before they are set aside on disk, and pieces merged at once, for the spills of the run's own. */
const spillPieceChars = 1024 * 1024
const spillFanIn = 64

interface Planned extends SourceTask {
  /** Output path relative to `out`. */
  readonly output: string
  /** Its place among the planned sources, in the order of the walk. */
  readonly index: number
}

/** What the walk gives, in its order: a source to process, or one skipped before it is read. */
type Walked = { readonly task: Planned } | { readonly path: string; readonly skipped: SourceResult }

/** A cached result whose claim inputs are read again only if the claims must be built again. */
interface CachedClaims {
  readonly key: string
  readonly claimsAt: number
}

/**
 * Reads every source, extracts, writes one JSON-lines file per source and the
 * manifest, each atomically; removes outputs whose source is gone. Results
 * come from the cache when nothing that shapes them changed. The batch never
 * stops at a bad file: it is reported and skipped. Sources are walked, read,
 * extracted and written as a stream, and what the end of the batch needs of
 * each (its manifest entry, its output's name, its cached claims) waits on
 * disk: memory grows with the number of sources only by the names of the
 * outputs that changed.
 */
export async function runPipeline(options: RunOptions): Promise<RunResult> {
  const spills = { manifest: manifestSpill(), outputs: namesSpill(), cachedClaims: cachedClaimsSpill() }
  const claims = options.claims ?? claimsFile(options.cache)
  try {
    return await runWith(options, spills, claims)
  } finally {
    await Promise.all([spills.manifest.close(), spills.outputs.close(), spills.cachedClaims.close(), claims.close()])
  }
}

interface Spills {
  readonly manifest: SortedSpill<ManifestSource>
  /** Names of the outputs this run produced, relative to `out`. */
  readonly outputs: SortedSpill<string>
  readonly cachedClaims: SortedSpill<CachedClaims>
}

async function runWith(options: RunOptions, spills: Spills, claims: ClaimsTarget): Promise<RunResult> {
  const { config, out, cache } = options
  const files: VFile[] = []
  const tally = emptyTally()
  const changed: string[] = []
  // What the end of the batch needs of a source, kept as it comes: its manifest entry (on disk), its counts, and a report file when it has messages.
  const keep = async (filePath: string, result: Pick<SourceResult, 'manifest' | 'messages'>) => {
    if (result.messages.length > 0) files.push(toReportFile(filePath, result.messages))
    countSource(tally, result.manifest)
    await spills.manifest.add([result.manifest])
  }

  // Claim inputs go to the target as results come; a cached result's are read only when the target asks for them.
  const record = async (task: Planned, key: string, result: SourceResult | CachedResult) => {
    await keep(task.path, result)
    if (result.output === undefined) return
    if ('claimsAt' in result) await spills.cachedClaims.add([{ key, claimsAt: result.claimsAt }])
    else await claims.add(result.claimInputs)
    await spills.outputs.add([task.output])
    await writeIfChanged(out, task.output, result.output, options.check, changed)
  }

  // Claims depend on every source: cached under the keys of all of them, in the order of the walk, so a rerun that changed nothing does not rebuild them.
  const combiner = cache.combiner()
  let planned = 0
  let everyKeyed = true
  let cached = 0
  const combine = inOrder<string>((key) => {
    planned++
    everyKeyed &&= key !== ''
    combiner.add(key)
  })
  const found = options.found ?? ((input) => walk(options.inputs[input]!.root))
  const total = options.onFile ? await countPlanned(options.inputs, out, found) : 0
  let done = 0
  // Started with the first source the cache does not have: a run served by the cache never loads the rules.
  let executor: Executor | undefined
  try {
    await concurrently(walkInputs(options.inputs, out, found), inFlight, async (walked) => {
      if ('skipped' in walked) return keep(walked.path, walked.skipped)
      const { task } = walked
      const key = await keyOf(task.path, task.sourcePath, config.limits.maxFileBytes, cache)
      combine(task.index, key)
      const hit = key ? await cache.get(key) : undefined
      if (hit) {
        cached++
        await record(task, key, hit)
      } else {
        const result = await (executor ??= createExecutor(config, options.workers)).process(task)
        // Skipped sources are not cached: the next run says again why.
        if (key && result.output !== undefined) await cache.set(key, result)
        await record(task, key, result)
      }
      options.onFile?.(++done, Math.max(total, done))
    })
  } finally {
    await executor?.close()
  }

  await claims.finish({
    addCached: () =>
      concurrently(spills.cachedClaims.sorted(), inFlight, async ({ key, claimsAt }) => claims.add(await cache.claimInputs(key, claimsAt))),
    key: planned > 0 && everyKeyed ? combiner.digest() : undefined,
    out,
    check: options.check,
    changed
  })
  const manifestFile = await spills.manifest.file(manifestName)
  await writeManifest(
    manifestFile,
    { tool: { name: 'factline', version: toolVersion }, schemaVersion, configHash: configHash(config) },
    spills.manifest.sorted()
  )
  await copyIfChanged(out, manifestName, manifestFile, options.check, changed)
  for (const stale of await staleOutputs(out, spills.outputs.sorted())) {
    changed.push(stale)
    if (!options.check) await rm(path.join(out, stale), { force: true })
  }

  files.sort((a, b) => compareText(String(a.path), String(b.path)))
  return { files, changed: changed.sort(), failed: tally.skipped > 0 || tally.errors > 0, tally, cached }
}

/** The `source` of the records of a source found under an input. */
export function sourcePathOf(input: RunInput, relative: string): string {
  return input.sourcePrefix + relative
}

/** The sources of every input, in the order of the walk: those to process, numbered, and those skipped before they are read. */
async function* walkInputs(inputs: readonly RunInput[], out: string, foundIn: Found): AsyncGenerator<Walked> {
  let index = 0
  for (const [number, input] of inputs.entries()) {
    for await (const found of foundIn(number)) {
      const sourcePath = sourcePathOf(input, found.relative)
      if (isProblem(found)) {
        yield {
          path: found.path,
          skipped: skippedResult(found.path, sourcePath, (file) => report(file, found.code, { actual: found.actual }))
        }
        continue
      }
      const output = `${found.relative}${outputSuffix}`
      if (isInside(out, path.join(out, output))) yield { task: { path: found.path, sourcePath, output, index: index++ } }
      else
        yield {
          path: found.path,
          skipped: skippedResult(found.path, sourcePath, (file) => report(file, 'write/outside-output', { actual: output }))
        }
    }
  }
}

/** How many sources a run will process, for its progress: a walk that keeps nothing but the count. */
async function countPlanned(inputs: readonly RunInput[], out: string, foundIn: Found): Promise<number> {
  let count = 0
  for await (const walked of walkInputs(inputs, out, foundIn)) if ('task' in walked) count++
  return count
}

/** The claims of the batch, built into `claims.jsonl` with bounded memory, or served by the cache when no source changed. */
function claimsFile(cache: ResultCache): ClaimsTarget {
  const spill = claimSpill()
  return {
    add: spill.add,
    async finish({ addCached, key, out, check, changed }) {
      let claims = key ? await cache.getFile(key) : undefined
      if (claims === undefined) {
        await addCached()
        claims = await spill.finish()
        if (key) await cache.setFile(key, claims)
      }
      await copyIfChanged(out, claimsFileName, claims, check, changed)
    },
    close: spill.close
  }
}

/** The cache key of a source, from its bytes; empty when it is too large to read (it is skipped unread) or unreadable. */
async function keyOf(file: string, sourcePath: string, maxBytes: number, cache: ResultCache): Promise<string> {
  const bytes = await readWithin(file, maxBytes)
  return bytes ? cache.key(bytes, sourcePath) : ''
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
export async function copyIfChanged(out: string, name: string, file: string, check: boolean, changed: string[]): Promise<void> {
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

/** Output files under `out` that no current source produced: the listing merged with the sorted names of the outputs produced. */
export async function staleOutputs(out: string, produced: AsyncGenerator<string>): Promise<string[]> {
  let entries: string[]
  try {
    entries = await readdir(out, { recursive: true })
  } catch {
    return []
  }
  const present = entries
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => entry.endsWith(outputSuffix))
    .sort(compareText)
  const stale: string[] = []
  let next = await produced.next()
  for (const entry of present) {
    while (!next.done && compareText(next.value, entry) < 0) next = await produced.next()
    if (next.done || next.value !== entry) stale.push(entry)
  }
  return stale
}

/** Names kept on disk and given back sorted; one JSON string a line, as a name may hold a line break. */
export function namesSpill(): SortedSpill<string> {
  return sortedSpill<string>({
    compare: compareText,
    toLine: (name) => JSON.stringify(name),
    fromLine: (line) => JSON.parse(line) as string,
    size: (name) => name.length + 40,
    pieceChars: spillPieceChars,
    fanIn: spillFanIn,
    folderPrefix: 'factline-outputs-'
  })
}

/** Cached results whose claim inputs may be read again, kept on disk in the order they came (no order is needed). */
function cachedClaimsSpill(): SortedSpill<CachedClaims> {
  return sortedSpill<CachedClaims>({
    compare: () => 0,
    toLine: ({ key, claimsAt }) => `${claimsAt} ${key}`,
    fromLine: (line) => {
      const space = line.indexOf(' ')
      return { claimsAt: Number(line.slice(0, space)), key: line.slice(space + 1) }
    },
    size: ({ key }) => key.length + 40,
    pieceChars: spillPieceChars,
    fanIn: spillFanIn,
    folderPrefix: 'factline-cached-'
  })
}
