import { readFile, realpath, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Config } from '../config/schema.js'
import type { Manifest } from '../io/manifest.js'
import { acquireLock } from '../io/lock.js'
import type { FoundSource, WalkProblem } from '../io/walk.js'
import { removeTemporaryFiles, writeAtomic } from '../io/write-atomic.js'
import type { ResultCache } from '../run/cache.js'
import { sourcePathOf, type SourceRoot } from '../run/inputs.js'
import { manifestName, runPipeline, type RunResult } from '../run/run.js'
import { claimInputs } from './claim-inputs.js'
import { isPlannedProblem, readList, type PlanHead } from './plan.js'
import { doneName, recordPlan, shardDataset, shardFolder, WorkError, type ClaimFormat, type ShardDone } from './work.js'

export interface ShardOptions {
  /** The project's folder: the plan's roots are relative to it. */
  readonly projectRoot: string
  readonly plan: string
  readonly head: PlanHead
  readonly index: number
  readonly work: string
  readonly config: Config
  readonly configHash: string
  readonly fingerprint: string
  readonly cache: ResultCache
  readonly workers: number
  readonly format: ClaimFormat
  readonly memory: string
  readonly onFile?: (done: number, total: number) => void
}

/**
 * Runs one shard of a plan: `factline run` over the sources of its list,
 * with today's workers and cache, into `WORK/shards/I/dataset`, its claim
 * inputs cut into partitions instead of built into claims. `done.json` is removed first
 * and written last, so a shard killed on the way is never taken for
 * finished; its output depends only on its list, so a retry writes the same
 * bytes, wherever the cache lives. A source whose bytes are not those the
 * plan hashed stops the shard: its output would not be the plan's.
 */
export async function runShard(options: ShardOptions): Promise<RunResult> {
  const { head, index, work } = options
  const shard = shardFolder(work, index)
  const out = shardDataset(shard)
  await recordPlan(work, head)
  const lock = await acquireLock(out)
  try {
    await rm(path.join(shard, doneName), { force: true })
    await removeTemporaryFiles(out)
    const project = await realpath(options.projectRoot)
    const inputs: SourceRoot[] = await Promise.all(
      head.inputs.map(async ({ root, prefix }) => ({ root: await realpath(path.resolve(project, root)), prefix }))
    )
    const result = await runPipeline({
      inputs,
      projectRoot: options.projectRoot,
      out,
      config: options.config,
      check: false,
      cache: options.cache,
      workers: options.workers,
      ...(options.onFile ? { onFile: options.onFile } : {}),
      found: (input) => foundIn(options.plan, index, input, inputs[input]!.root),
      claims: claimInputs(shard, { partitions: head.partitions, format: options.format, memory: options.memory })
    })
    await checkHashes(out, options.plan, index, inputs)
    const done: ShardDone = {
      plan: head.digest,
      index,
      format: options.format,
      fingerprint: options.fingerprint,
      configHash: options.configHash,
      sources: result.tally.files
    }
    await writeAtomic(path.join(shard, doneName), `${JSON.stringify(done, null, 2)}\n`)
    return result
  } finally {
    await lock.release()
  }
}

/** The entries of the shard's list found under one input, as the walk gave them. */
async function* foundIn(plan: string, index: number, input: number, base: string): AsyncGenerator<FoundSource | WalkProblem> {
  for await (const entry of readList(plan, index)) {
    if (entry.input !== input) continue
    const found = { path: path.join(base, entry.read), relative: entry.relative }
    yield isPlannedProblem(entry) ? { ...found, code: entry.code, actual: entry.actual } : found
  }
}

/** Fails when a source the shard read is not the one the plan hashed: its sha256 in the shard's manifest against the plan's. */
async function checkHashes(out: string, plan: string, index: number, inputs: readonly SourceRoot[]): Promise<void> {
  const planned = new Map<string, string>()
  for await (const entry of readList(plan, index))
    if (!isPlannedProblem(entry)) planned.set(sourcePathOf(inputs[entry.input]!, entry.relative), entry.sha256)
  const manifest = JSON.parse(await readFile(path.join(out, manifestName), 'utf8')) as Manifest
  const changed = manifest.sources.filter((source) => planned.has(source.path) && planned.get(source.path) !== source.sha256)
  if (changed.length === 0) return
  const named = changed
    .slice(0, 5)
    .map(
      (source) =>
        `${source.path} (sha256 ${source.sha256.slice(0, 12) || 'none'}, planned ${planned.get(source.path)!.slice(0, 12) || 'none'})`
    )
  throw new WorkError(
    `shard ${index}: ${changed.length} source(s) changed since the plan: ${named.join(', ')}${changed.length > 5 ? ', …' : ''}; plan again`
  )
}
