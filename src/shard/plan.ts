import { createHash, type Hash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, realpath, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readLines, textWriter, type TextWriter } from '../io/lines.js'
import { readSourceBytes } from '../io/read-source.js'
import { isIgnored, isProblem, walk, type FoundSource, type WalkProblem } from '../io/walk.js'
import { writeAtomic } from '../io/write-atomic.js'
import { StepError } from '../errors.js'
import type { SourceRoot } from '../run/inputs.js'
import type { Code } from '../messages/codes.js'
import { canonicalJson } from '../config/load.js'

export const planFileName = 'plan.json'

/** What every shard, the reduce and the finalize read of a plan. */
export interface PlanHead {
  /** sha256 of the rest of the head: shards and steps of one plan name it, so outputs of two plans never mix. */
  readonly digest: string
  readonly shards: number
  /** Claim inputs are cut into this many partitions by a hash of the claim's key, so the reduce takes one at a time. */
  readonly partitions: number
  /** The config the sources were planned with; every step must run with it. */
  readonly configHash: string
  /** The folders read, their roots relative to the project's folder (posix), in the order of `factline run`'s inputs. */
  readonly inputs: readonly SourceRoot[]
  readonly sources: number
  readonly bytes: number
  /** sha256 of each shard's list, by index. */
  readonly lists: readonly string[]
}

/** One thing the walk found: a source with its content hash, or a problem met on the way. */
export type PlanEntry = PlannedSource | PlannedProblem

interface PlannedBase {
  /** The input it was found under, by number. */
  readonly input: number
  /** Its path relative to the input's root, as the walk gives it. */
  readonly relative: string
  /** Where it is read, relative to the input's root with its links resolved. */
  readonly read: string
}

export interface PlannedSource extends PlannedBase {
  /** sha256 of its bytes; empty when it is too large to read or unreadable (the shard reports why). */
  readonly sha256: string
  readonly bytes: number
}

export interface PlannedProblem extends PlannedBase {
  readonly code: Code
  readonly actual: string
}

export interface PlanOptions {
  /** The project's folder, which the plan's roots are relative to. */
  readonly projectRoot: string
  /** The folders to read, checked by `sourceRoots`. */
  readonly inputs: readonly SourceRoot[]
  readonly shards: number
  readonly partitions: number
  readonly configHash: string
  readonly maxFileBytes: number
}

/** Files hashed at once while planning: reads overlap, and few files are open. */
const hashedAtOnce = 16

/**
 * Walks the inputs as `factline run` does, hashes every source, and cuts the
 * sources, in the order of the walk, into `shards` runs of about equal bytes:
 * the same inputs give the same shards. Writes `plan.json` and one list per
 * shard (`shards/I.jsonl`) to `folder`, so a shard reads only its own list.
 * Memory holds a few entries: the walk goes once to a temporary file, which
 * is then cut.
 */
export async function writePlan(folder: string, options: PlanOptions): Promise<PlanHead> {
  // The head goes last: until it is written, no step takes the folder for a plan.
  await rm(path.join(folder, planFileName), { force: true })
  await rm(path.join(folder, 'shards'), { recursive: true, force: true })
  // Roots are real paths (`sourceRoots`): the project's folder too, so that a link on its way gives no detour.
  const project = await realpath(options.projectRoot)
  const scratch = await mkdtemp(path.join(tmpdir(), 'factline-plan-'))
  try {
    const walked = path.join(scratch, 'walked.jsonl')
    const writer = textWriter(walked)
    let sources = 0
    let bytes = 0
    for (const [number, input] of options.inputs.entries()) {
      for await (const entry of hashed(number, input.root, options.maxFileBytes)) {
        await writer.write(`${JSON.stringify(entry)}\n`)
        if (isPlannedProblem(entry)) continue
        sources++
        bytes += entry.bytes
      }
    }
    await writer.close()
    const lists = await cut(walked, folder, options.shards, sources, bytes)
    const body = {
      shards: options.shards,
      partitions: options.partitions,
      configHash: options.configHash,
      inputs: options.inputs.map(({ root, prefix }) => ({ root: toPosix(path.relative(project, root)) || '.', prefix })),
      sources,
      bytes,
      lists
    }
    const head: PlanHead = { digest: sha256(canonicalJson(body)), ...body }
    await writeAtomic(path.join(folder, planFileName), `${JSON.stringify(head, null, 2)}\n`)
    return head
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** The entries of one input's walk, each source with its hash, in the walk's order; files left out for their extension are not planned. */
async function* hashed(input: number, root: string, maxFileBytes: number): AsyncGenerator<PlanEntry> {
  const base = await realpath(root)
  let batch: (FoundSource | WalkProblem)[] = []
  const flush = async () => {
    const entries = await Promise.all(batch.map((found) => entryOf(input, base, found, maxFileBytes)))
    batch = []
    return entries
  }
  for await (const found of walk(root)) {
    if (isIgnored(found)) continue
    batch.push(found)
    if (batch.length >= hashedAtOnce) yield* await flush()
  }
  yield* await flush()
}

async function entryOf(input: number, base: string, found: FoundSource | WalkProblem, maxFileBytes: number): Promise<PlanEntry> {
  const place = { input, relative: found.relative, read: toPosix(path.relative(base, found.path)) }
  if (isProblem(found)) return { ...place, code: found.code, actual: found.actual }
  // Too large to read or unreadable: `factline run` skips it, and so will the shard.
  const read = await readSourceBytes(found.path, maxFileBytes)
  return 'bytes' in read ? { ...place, sha256: sha256(read.bytes), bytes: read.bytes.length } : { ...place, sha256: '', bytes: read.size }
}

/**
 * Cuts the walked entries into `shards` lists, each a run of the walk's
 * order: an entry goes to the shard its middle byte falls in (by count when
 * the sources hold no bytes). Returns the sha256 of each list.
 */
async function cut(walked: string, folder: string, shards: number, sources: number, bytes: number): Promise<string[]> {
  const lists: string[] = []
  let current: { writer: TextWriter; hash: Hash; file: string } | undefined
  const open = async () => {
    const file = listFile(folder, lists.length)
    await mkdir(path.dirname(file), { recursive: true })
    current = { writer: textWriter(`${file}.partial`), hash: createHash('sha256'), file }
  }
  const close = async () => {
    await current!.writer.close()
    await rename(`${current!.file}.partial`, current!.file)
    lists.push(current!.hash.digest('hex'))
  }
  await open()
  let before = 0
  let counted = 0
  for await (const line of readLines(walked)) {
    const entry = JSON.parse(line) as PlanEntry
    const size = isPlannedProblem(entry) ? 0 : entry.bytes
    const middle = bytes > 0 ? (before + size / 2) / bytes : counted / Math.max(sources, 1)
    for (const shard = Math.min(shards - 1, Math.floor(middle * shards)); lists.length < shard;) {
      await close()
      await open()
    }
    current!.hash.update(`${line}\n`)
    await current!.writer.write(`${line}\n`)
    before += size
    if (!isPlannedProblem(entry)) counted++
  }
  await close()
  while (lists.length < shards) {
    await open()
    await close()
  }
  return lists
}

export function listFile(folder: string, index: number): string {
  return path.join(folder, 'shards', `${index}.jsonl`)
}

/** The head of the plan in `folder`, or a message saying why it cannot be read. */
export async function readPlanHead(file: string): Promise<PlanHead> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new PlanError(`${file}: no plan there; make one with \`factline plan SOURCES... --shards N -o PLAN\``)
  }
  const head = JSON.parse(text) as PlanHead
  const { digest, ...body } = head
  if (digest !== sha256(canonicalJson(body))) throw new PlanError(`${file}: the plan was changed after it was made; make it again`)
  return head
}

/** The entries of a shard's list, read a line at a time. */
export async function* readList(folder: string, index: number): AsyncGenerator<PlanEntry> {
  for await (const line of readLines(listFile(folder, index))) yield JSON.parse(line) as PlanEntry
}

export function isPlannedProblem(entry: PlanEntry): entry is PlannedProblem {
  return 'code' in entry
}

/** A plan that cannot be used as it is: the message says why and what to do. */
export class PlanError extends StepError {}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
