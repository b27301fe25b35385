import { lstat, readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import { configHash } from '../config/load.js'
import type { ClaimInput } from '../claims/input.js'
import { claimsFileName } from '../claims/serialize.js'
import { claimSpill } from '../claims/spill.js'
import type { Config } from '../config/schema.js'
import { describeFailure } from '../errors.js'
import { readLines } from '../io/lines.js'
import { manifestSource, manifestSpill, withOutput, writeManifest, type ManifestSource } from '../io/manifest.js'
import { readSourceBytes, sourceFile } from '../io/read-source.js'
import { sortedSpill, type SortedSpill } from '../io/sorted-spill.js'
import { isIgnored, isProblem, walk, type FoundSource, type IgnoredFile, type WalkProblem } from '../io/walk.js'
import { sameFiles } from '../io/same-files.js'
import { staging, type Staging } from '../io/staging.js'
import { nameFits } from '../io/write-atomic.js'
import { report } from '../messages/message.js'
import type { Code } from '../messages/codes.js'
import { schemaVersion } from '../schema/fact.js'
import { compareText } from '../text/compare.js'
import { toolVersion } from '../version.js'
import type { CachedResult, ResultCache } from './cache.js'
import { concurrently } from './concurrently.js'
import { createExecutor, type Executor } from './executor.js'
import { inOrder } from './in-order.js'
import { sourcePathOf, type SourceRoot } from './inputs.js'
import { countSource, emptyTally, failedTally, type RunTally } from './summary.js'
import { toPlainMessages, toReportFile, type SourceResult, type SourceTask } from './task.js'

export const outputSuffix = '.facts.jsonl'
export const manifestName = 'manifest.json'

export interface RunOptions {
  /** The folders to read, checked by `sourceRoots`, with the start of their sources' `source`. */
  readonly inputs: readonly SourceRoot[]
  /** The project's folder, where messages about the run name files from. */
  readonly projectRoot: string
  /** Output folder, absolute. */
  readonly out: string
  readonly config: Config
  /** Write nothing; list the files a run would change. */
  readonly check: boolean
  readonly cache: ResultCache
  /** Threads that extract at most; 1 processes in this thread. */
  readonly workers: number
  /** Called after each source, for progress. */
  readonly onFile?: (done: number, total: number) => void
  /** What the walk of the input numbered `input` found, when a run takes a part of it (a shard's part of a plan) instead of walking it. */
  readonly found?: Found
  /** What the run makes of its sources' claim inputs; by default the batch's claims file. */
  readonly claims?: ClaimsTarget
}

/** The sources, the problems met and the files left out of the walk of the input numbered `input`, in the walk's order. */
export type Found = (input: number) => AsyncIterable<FoundSource | WalkProblem | IgnoredFile>

/** What a run makes of the claim inputs of its sources. */
export interface ClaimsTarget {
  /** Takes the claim inputs of one source the run extracted; sources come in any order. */
  readonly add: (inputs: readonly ClaimInput[]) => Promise<void>
  /** After the last source: stages under `out` what the target makes of every source's claim inputs. */
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
  /** Stages a copy of the file `from` as the file `name` of the dataset, which changed: switched in with the rest, or with `check` only named. */
  readonly stage: (name: string, from: string) => Promise<void>
  /** Writes to the cache; a write that fails is a warning, never the run's failure. */
  readonly store: (write: () => Promise<void>) => Promise<void>
  readonly warn: (message: string) => void
}

export interface RunResult {
  /** The files with messages, for the reporter (it prints nothing of the others). */
  readonly files: VFile[]
  /** How many output files a run changed, or with `check` would change. */
  readonly changed: number
  /** With `check`, the output files (relative to `out`) that would change, sorted; else none (a run that writes them does not hold their names). */
  readonly outOfDate: string[]
  /** Whether any source was skipped, any error reported or any fact dropped. */
  readonly failed: boolean
  readonly tally: RunTally
  /** Sources served from the cache. */
  readonly cached: number
  /** Threads that extracted: this one and the worker threads started. */
  readonly threads: number
  /** What the person running should know that is no source's message (a damaged cache entry). */
  readonly warnings: readonly string[]
  /** Files left out for their extension: how many, and the first few (paths as walked). */
  readonly ignored: { readonly count: number; readonly examples: readonly string[] }
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

/** Files left out for their extension that a run names; the rest are counted. */
const ignoredExamples = 5

interface Planned {
  /** Absolute path to read. */
  readonly path: string
  /** `source` of its records. */
  readonly sourcePath: string
  /** Output path relative to `out`. */
  readonly output: string
  /** Its place among the planned sources, in the order of the walk. */
  readonly index: number
}

/** What the walk gives, in its order: a source to process, one skipped before it is read, or a file left out for its extension. */
type Walked = { readonly task: Planned } | { readonly path: string; readonly skipped: SourceResult } | { readonly ignored: string }

/** A cached result whose claim inputs are read again only if the claims must be built again. */
interface CachedClaims {
  readonly key: string
  readonly claimsAt: number
}

/**
 * Reads every source, extracts, and writes one JSON-lines file per source,
 * the claims and the manifest; removes the outputs of sources that are gone.
 * Results come from the cache when nothing that shapes them changed. The
 * batch never stops at a bad file: it is reported and skipped.
 *
 * The new dataset is written beside the old one (each changed file as a
 * temporary file, synced) and switched to by renames only once all of it is
 * written: a run that cannot finish (a full disk, an error) removes what it
 * wrote and leaves the previous dataset whole. Sources are walked, read,
 * extracted and written as a stream, and what the end of the batch needs of
 * each (its manifest entry, its output's name, its cached claims) waits on
 * disk, as do the names of the files staged (`staging`): memory grows with
 * the number of sources only by the messages of those that have some, which
 * the run prints at its end, and with `check` by the names it lists.
 */
export async function runPipeline(options: RunOptions): Promise<RunResult> {
  const spills = { manifest: manifestSpill(), outputs: namesSpill(), cachedClaims: cachedClaimsSpill() }
  const claims = options.claims ?? claimsFile(options.cache)
  const staged = staging(options.out)
  try {
    const result = await runWith(options, spills, claims, staged)
    if (!options.check) await switchDataset(options.out, staged, result.stale)
    return result.result
  } finally {
    await staged.close()
    await Promise.all([spills.manifest.close(), spills.outputs.close(), spills.cachedClaims.close(), claims.close()])
  }
}

/**
 * Switches `out` to the dataset staged beside it: renames of the outputs and
 * the claims, then removal of the outputs of sources that are gone (`stale`),
 * then the manifest, which lists those until it is renamed: a run killed
 * before that deletes them next time.
 */
export async function switchDataset(out: string, staged: Staging, stale: readonly string[]): Promise<void> {
  await staged.commit(manifestName, async () => {
    for (const name of stale) await rm(path.join(out, name), { force: true })
  })
}

interface Spills {
  readonly manifest: SortedSpill<ManifestSource>
  /** Names of the outputs this run produced, relative to `out`. */
  readonly outputs: SortedSpill<string>
  readonly cachedClaims: SortedSpill<CachedClaims>
}

async function runWith(
  options: RunOptions,
  spills: Spills,
  claims: ClaimsTarget,
  staged: Staging
): Promise<{ result: RunResult; stale: string[] }> {
  const { config, out, cache } = options
  const files: VFile[] = []
  const tally = emptyTally()
  // Counted; named only by a check, which lists them and writes nothing.
  let changedCount = 0
  const outOfDate: string[] = []
  const warnings: string[] = []
  const warn = (message: string) => void warnings.push(message)
  const ignored = { count: 0, examples: [] as string[] }
  // What the end of the batch needs of a source, kept as it comes: its manifest entry (on disk), its counts, and a report file when it has messages.
  const keep = async (filePath: string, result: Pick<SourceResult, 'manifest' | 'messages'>, output: string | null) => {
    if (result.messages.length > 0) files.push(toReportFile(filePath, result.messages))
    countSource(tally, result.manifest)
    await spills.manifest.add([withOutput(result.manifest, output)])
  }
  const noteChanged = (name: string) => {
    changedCount++
    if (options.check) outOfDate.push(name)
  }
  const stage = async (name: string, from: string) => {
    noteChanged(name)
    if (!options.check) await staged.copy(name, from)
  }

  // Claim inputs go to the target as results come; a cached result's are read only when the target asks for them.
  // `changed`: whether the output differs from the dataset's file, when already known.
  const record = async (task: Planned, key: string, result: SourceResult | CachedResult, changed?: boolean) => {
    await keep(task.path, result, result.output === undefined ? null : task.output)
    if (result.output === undefined) return
    if ('claimsAt' in result) await spills.cachedClaims.add([{ key, claimsAt: result.claimsAt }])
    else await claims.add(result.claimInputs)
    await spills.outputs.add([task.output])
    const content = result.output
    if (!(changed ?? (await differs(path.join(out, task.output), content)))) return
    noteChanged(task.output)
    if (!options.check) await staged.write(task.output, content)
  }
  // The cache speeds a run up and is never needed: a result it cannot store is extracted again next time.
  let cacheWriteFailed = false
  const store = async (write: () => Promise<void>) => {
    try {
      await write()
    } catch (error) {
      if (!cacheWriteFailed) warn(`${describeFailure('cache', error, options.projectRoot)?.line ?? String(error)} (results are not cached)`)
      cacheWriteFailed = true
    }
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
  const walkOptions = { inputs: options.inputs, out, found: options.found ?? ((input: number) => walk(options.inputs[input]!.root)) }
  const total = options.onFile ? await countPlanned(walkOptions) : 0
  let done = 0
  // Started with the first source the cache does not have: a run served by the cache never loads the rules.
  let executor: Executor | undefined
  try {
    await concurrently(walkInputs(walkOptions), inFlight, async (walked) => {
      if ('ignored' in walked) {
        if (ignored.count++ < ignoredExamples) ignored.examples.push(walked.ignored)
        return
      }
      if ('skipped' in walked) return keep(walked.path, walked.skipped, null)
      const { task } = walked
      const read = await readSourceBytes(task.path, config.limits.maxFileBytes)
      if (!('bytes' in read)) {
        combine(task.index, '')
        const file = sourceFile(task.path, task.sourcePath, read)
        await record(task, '', {
          sourcePath: task.sourcePath,
          output: undefined,
          manifest: manifestSource(file, [], true),
          messages: toPlainMessages(file),
          claimInputs: []
        })
      } else {
        const key = cache.key(read.bytes, task.sourcePath)
        combine(task.index, key)
        const hit = key ? await cache.get(key, warn) : undefined
        // A cached output the same as the dataset's file writes nothing; one that differs is written only if its entry is whole.
        const changed = hit && (await differs(path.join(out, task.output), hit.output))
        if (hit && (!changed || hit.whole())) {
          cached++
          await record(task, key, hit, changed)
        } else {
          const sourceTask: SourceTask = { path: task.path, sourcePath: task.sourcePath, bytes: read.bytes }
          const result = await (executor ??= createExecutor(config, options.workers)).process(sourceTask)
          // Skipped sources are not cached: the next run says again why.
          if (key && result.output !== undefined) await store(() => cache.set(key, result))
          await record(task, key, result)
        }
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
    stage,
    store,
    warn
  })
  const manifestFile = await spills.manifest.file(manifestName)
  await writeManifest(
    manifestFile,
    { tool: { name: 'factline', version: toolVersion }, schemaVersion, configHash: configHash(config) },
    spills.manifest.sorted()
  )
  if (!(await sameFiles(path.join(out, manifestName), manifestFile))) await stage(manifestName, manifestFile)
  const stale = await staleOutputs(out, spills.outputs.sorted())
  for (const name of stale) noteChanged(name)

  files.sort((a, b) => compareText(String(a.path), String(b.path)))
  return {
    result: {
      files,
      changed: changedCount,
      outOfDate: outOfDate.sort(),
      failed: failedTally(tally),
      tally,
      cached,
      threads: executor?.threads() ?? 0,
      warnings,
      ignored
    },
    stale
  }
}

interface WalkOptions {
  readonly inputs: readonly SourceRoot[]
  readonly out: string
  readonly found: Found
}

/**
 * The sources of every input, in the order of the walk: those to process,
 * numbered, those skipped before they are read (a walk problem, an output
 * that cannot be written where it belongs), and files left out for their
 * extension.
 */
async function* walkInputs({ inputs, out, found: foundIn }: WalkOptions): AsyncGenerator<Walked> {
  let index = 0
  const folders = outputFolders(out)
  for (const [number, input] of inputs.entries()) {
    for await (const found of foundIn(number)) {
      if (isIgnored(found)) {
        yield { ignored: found.path }
        continue
      }
      const sourcePath = sourcePathOf(input, found.relative)
      if (isProblem(found)) {
        yield { path: found.path, skipped: skippedResult(found.path, sourcePath, found.code, found.actual) }
        continue
      }
      const output = `${found.relative}${outputSuffix}`
      const unsafe = await folders.problem(output)
      if (unsafe) yield { path: found.path, skipped: skippedResult(found.path, sourcePath, unsafe.code, unsafe.actual) }
      else yield { task: { path: found.path, sourcePath, output, index: index++ } }
    }
  }
}

/**
 * Checks where outputs would be written under `out`: a name too long for the
 * file system, or a folder on the way that is a symbolic link (it would lead
 * the write out of the output folder) or a file. Folders are checked once.
 */
function outputFolders(out: string) {
  const checked = new Map<string, Promise<string | undefined>>()
  const folderProblem = (folder: string): Promise<string | undefined> => {
    let found = checked.get(folder)
    if (!found) {
      found = (async () => {
        const parent = path.posix.dirname(folder)
        const above = parent === '.' ? undefined : await folderProblem(parent)
        if (above) return above
        const info = await lstat(path.join(out, folder)).catch(() => undefined)
        if (!info || info.isDirectory()) return undefined
        return info.isSymbolicLink() ? `${folder} is a symbolic link` : `${folder} is not a folder`
      })()
      checked.set(folder, found)
    }
    return found
  }
  return {
    async problem(output: string): Promise<{ code: Code; actual: string } | undefined> {
      if (!output.split('/').every(nameFits))
        return { code: 'write/name-too-long', actual: `${Buffer.byteLength(path.posix.basename(output))} bytes` }
      const folder = path.posix.dirname(output)
      const unsafe = folder === '.' ? undefined : await folderProblem(folder)
      return unsafe ? { code: 'write/outside-output', actual: unsafe } : undefined
    }
  }
}

/** How many sources a run will process, for its progress: a walk that keeps nothing but the count. */
async function countPlanned(options: WalkOptions): Promise<number> {
  let count = 0
  for await (const walked of walkInputs(options)) if ('task' in walked) count++
  return count
}

/**
 * The claims of the batch, built into `claims.jsonl` with bounded memory as
 * results come, or served by the cache when no source changed. Cached claims
 * the same as the dataset's write nothing; ones that differ are written only
 * if whole.
 */
function claimsFile(cache: ResultCache): ClaimsTarget {
  const spill = claimSpill()
  return {
    add: spill.add,
    async finish({ addCached, key, out, stage, store, warn }) {
      const target = path.join(out, claimsFileName)
      const cached = key ? await cache.getFile(key) : undefined
      const unchanged = cached !== undefined && (await sameFiles(target, cached.file))
      let claims = cached && (unchanged || (await cached.whole())) ? cached.file : undefined
      if (cached && claims === undefined) warn(`cache: ${cached.file} is damaged (changed or cut short on disk); building the claims again`)
      if (claims === undefined) {
        await addCached()
        claims = await spill.finish()
        const built = claims
        if (key) await store(() => cache.setFile(key, built))
      }
      const file = claims
      if (!unchanged && !(await sameFiles(target, file))) await stage(claimsFileName, file)
    },
    close: spill.close
  }
}

/** The result of a source skipped before it was read (a walk problem, an output that cannot be written). */
function skippedResult(filePath: string, sourcePath: string, code: Code, actual: string): SourceResult {
  const file = toReportFile(filePath, [])
  file.data.sourcePath = sourcePath
  report(file, code, { actual })
  return { sourcePath, output: undefined, manifest: manifestSource(file, [], true), messages: toPlainMessages(file), claimInputs: [] }
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

/**
 * Outputs of the previous run whose source is gone: files under `out` that
 * this run did not produce and that the previous manifest lists as outputs.
 * Nothing else is ever deleted: a file of the person's own, or one beyond a
 * symbolic link (the listing does not follow links), stays.
 */
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
  const candidates = new Set<string>()
  let next = await produced.next()
  for (const entry of present) {
    while (!next.done && compareText(next.value, entry) < 0) next = await produced.next()
    if (next.done || next.value !== entry) candidates.add(entry)
  }
  if (candidates.size === 0) return []
  const listed = await previousOutputs(path.join(out, manifestName), candidates)
  return [...candidates].filter((name) => listed.has(name))
}

/**
 * Which of `names` the manifest at `file` lists as outputs, read a line at a
 * time: the manifest is laid out by `writeManifest`, each source's `output`
 * on a line of its own. A missing or unreadable manifest lists none.
 */
async function previousOutputs(file: string, names: ReadonlySet<string>): Promise<Set<string>> {
  const listed = new Set<string>()
  try {
    for await (const line of readLines(file)) {
      const found = /^ {6}"output": (".*"),?$/u.exec(line)
      if (!found) continue
      const name = JSON.parse(found[1]!) as unknown
      if (typeof name === 'string' && names.has(name)) listed.add(name)
    }
  } catch {
    // Nothing listed: nothing is deleted.
  }
  return listed
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
