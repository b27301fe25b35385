import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { StepError } from '../errors.js'
import { writeAtomic } from '../io/write-atomic.js'
import { PlanError, planFileName, readPlanHead, sha256, type PlanHead } from './plan.js'

/**
 * The folder the steps of a sharded run share (`WORK`):
 *
 * - `plan.json`: the head of the plan the shards ran.
 * - `shards/I/`: what shard I made: `dataset/`, the dataset of its sources
 *   (their facts and its `manifest.json`) as `factline run` writes one, its
 *   claim inputs in `claim-inputs/part-P.parquet` (or `.jsonl`), and
 *   `done.json`, written last.
 * - `reduce/`: `claims.jsonl`, then `done.json`, written by the reduce.
 */
export const claimInputsFolder = 'claim-inputs'
export const doneName = 'done.json'

/** Formats of the claim inputs a shard writes; the reduce reads either. */
export const claimFormats = ['parquet', 'jsonl'] as const
export type ClaimFormat = (typeof claimFormats)[number]

/** What a finished shard says of itself: everything its output depends on. */
export interface ShardDone {
  readonly plan: string
  readonly index: number
  readonly format: ClaimFormat
  /** The pipeline's code and config: shards of one dataset must share them. */
  readonly fingerprint: string
  readonly configHash: string
  readonly sources: number
}

/** What a finished reduce says of itself: the shards it read, by the digest of their `done.json`. */
export interface ReduceDone {
  readonly plan: string
  readonly shards: string
  readonly claims: number
}

export function shardFolder(work: string, index: number): string {
  return path.join(work, 'shards', String(index))
}

/** Where a shard's run writes its dataset: apart from its claim inputs, since a source's folder may have any name. */
export function shardDataset(shard: string): string {
  return path.join(shard, 'dataset')
}

export function partitionFile(shard: string, partition: number, format: ClaimFormat): string {
  return path.join(shard, claimInputsFolder, `part-${String(partition).padStart(4, '0')}.${format}`)
}

export function reduceFolder(work: string): string {
  return path.join(work, 'reduce')
}

/** A step that cannot go on with the folder as it is: the message names what is missing or wrong. */
export class WorkError extends StepError {}

/** Records the plan in `work`, or checks that the one recorded is this one: the shards of two plans never share a folder. */
export async function recordPlan(work: string, head: PlanHead): Promise<void> {
  const file = path.join(work, planFileName)
  const recorded = await readPlanHead(file).catch((error: unknown) => {
    if (error instanceof PlanError) return undefined
    throw error
  })
  if (!recorded) await writeAtomic(file, `${JSON.stringify(head, null, 2)}\n`)
  else if (recorded.digest !== head.digest)
    throw new WorkError(`${work} holds the shards of another plan (${recorded.digest.slice(0, 12)}); give each plan its own folder`)
}

export async function readWorkPlan(work: string): Promise<PlanHead> {
  try {
    return await readPlanHead(path.join(work, planFileName))
  } catch (error) {
    if (error instanceof PlanError)
      throw new WorkError(`${work}: no shard has run there (no ${planFileName}); run \`factline shard\` first`)
    throw error
  }
}

export async function readDone<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

/** Every shard of the plan finished, from this plan and with one pipeline; otherwise names those missing or at odds. */
export async function finishedShards(work: string, head: PlanHead): Promise<{ readonly done: ShardDone[]; readonly digest: string }> {
  const done: ShardDone[] = []
  const missing: number[] = []
  const texts: string[] = []
  for (let index = 0; index < head.shards; index++) {
    const file = path.join(shardFolder(work, index), doneName)
    const text = await readFile(file, 'utf8').catch(() => undefined)
    const marker = text === undefined ? undefined : (JSON.parse(text) as ShardDone)
    if (!marker || marker.plan !== head.digest) missing.push(index)
    else {
      done.push(marker)
      texts.push(text!)
    }
  }
  if (missing.length > 0)
    throw new WorkError(
      `${missing.length} of ${head.shards} shards are missing or unfinished: ${listed(missing)} (no ${doneName} of this plan in ${path.join(work, 'shards', 'I')}); run them again`
    )
  const odd = done.filter((marker) => marker.fingerprint !== done[0]!.fingerprint || marker.configHash !== done[0]!.configHash)
  if (odd.length > 0)
    throw new WorkError(
      `shards ${listed(odd.map((marker) => marker.index))} ran another version of factline or another config than shard 0; run them again with the same`
    )
  return { done, digest: sha256(texts.join('\n')) }
}

/** Numbers as a short list: at most 20, then how many more. */
function listed(numbers: readonly number[]): string {
  const shown = numbers.slice(0, 20).join(', ')
  return numbers.length > 20 ? `${shown} and ${numbers.length - 20} more` : shown
}
