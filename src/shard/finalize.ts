import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { claimsFileName } from '../claims/serialize.js'
import { acquireLock } from '../io/lock.js'
import { manifestSpill, writeManifest, type Manifest } from '../io/manifest.js'
import { removeTemporaryFiles } from '../io/write-atomic.js'
import { copyIfChanged, manifestName, namesSpill, outputSuffix, staleOutputs } from '../run/run.js'
import { countSource, emptyTally, type RunTally } from '../run/summary.js'
import type { PlanHead } from './plan.js'
import { doneName, readDone, reduceFolder, shardDataset, shardFolder, WorkError, type ReduceDone } from './work.js'

export interface FinalizeOptions {
  readonly work: string
  readonly head: PlanHead
  readonly shardsDigest: string
  /** The dataset folder, absolute. */
  readonly out: string
}

export interface FinalizeResult {
  /** Files of the dataset written or removed, relative to it. */
  readonly changed: string[]
  readonly tally: RunTally
}

/**
 * Writes the dataset of a sharded run as `factline run` writes it on one
 * machine: every shard's facts files, the claims of the reduce, and one
 * manifest of all sources, sorted by path; outputs no source produced are
 * removed. Only files whose bytes change are written, each atomically.
 */
export async function finalizeDataset(options: FinalizeOptions): Promise<FinalizeResult> {
  const { work, head, out } = options
  const reduced = await readDone<ReduceDone>(path.join(reduceFolder(work), doneName))
  if (!reduced || reduced.plan !== head.digest || reduced.shards !== options.shardsDigest)
    throw new WorkError(`${reduceFolder(work)}: no claims reduced from these shards; run \`factline reduce --in ${work}\` first`)
  const lock = await acquireLock(out)
  const manifest = manifestSpill()
  const outputs = namesSpill()
  try {
    await removeTemporaryFiles(out)
    const changed: string[] = []
    const tally = emptyTally()
    let manifestHead: Omit<Manifest, 'sources'> | undefined
    for (let index = 0; index < head.shards; index++) {
      const dataset = shardDataset(shardFolder(work, index))
      const { sources, ...shardHead } = JSON.parse(await readFile(path.join(dataset, manifestName), 'utf8')) as Manifest
      manifestHead ??= shardHead
      if (JSON.stringify(shardHead) !== JSON.stringify(manifestHead))
        throw new WorkError(`shard ${index} ran with another version, schema or config than shard 0; run it again`)
      for (const source of sources) countSource(tally, source)
      await manifest.add(sources)
      for (const name of await factsFiles(dataset)) {
        await outputs.add([name])
        await copyIfChanged(out, name, path.join(dataset, name), false, changed)
      }
    }
    await copyIfChanged(out, claimsFileName, path.join(reduceFolder(work), claimsFileName), false, changed)
    const manifestFile = await manifest.file(manifestName)
    await writeManifest(manifestFile, manifestHead!, manifest.sorted())
    await copyIfChanged(out, manifestName, manifestFile, false, changed)
    for (const stale of await staleOutputs(out, outputs.sorted())) {
      changed.push(stale)
      await rm(path.join(out, stale), { force: true })
    }
    return { changed: changed.sort(), tally }
  } finally {
    await Promise.all([manifest.close(), outputs.close()])
    await lock.release()
  }
}

/** The facts files of a shard's dataset, relative to it, posix. */
async function factsFiles(dataset: string): Promise<string[]> {
  const entries = await readdir(dataset, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(outputSuffix))
    .map((entry) => path.relative(dataset, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
}
