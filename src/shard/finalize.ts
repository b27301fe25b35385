import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { claimsFileName } from '../claims/serialize.js'
import { acquireLock } from '../io/lock.js'
import { manifestSpill, writeManifest, type Manifest } from '../io/manifest.js'
import { sameFiles } from '../io/same-files.js'
import { staging } from '../io/staging.js'
import { removeTemporaryFiles } from '../io/write-atomic.js'
import { manifestName, namesSpill, staleOutputs, switchDataset } from '../run/run.js'
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
  /** How many files of the dataset were written or removed. */
  readonly changed: number
  readonly tally: RunTally
}

/**
 * Writes the dataset of a sharded run as `factline run` writes it on one
 * machine: the facts files every shard's manifest lists as outputs, the
 * claims of the reduce, and one manifest of all sources, sorted by path. As
 * a run does, it stages each file whose bytes change beside the old one and
 * switches to the new dataset only once all of it is written (manifest
 * last), deleting only outputs the previous manifest lists that no source
 * produced now; a finalize that cannot finish leaves the previous dataset
 * whole.
 */
export async function finalizeDataset(options: FinalizeOptions): Promise<FinalizeResult> {
  const { work, head, out } = options
  const reduced = await readDone<ReduceDone>(path.join(reduceFolder(work), doneName))
  if (!reduced || reduced.plan !== head.digest || reduced.shards !== options.shardsDigest)
    throw new WorkError(`${reduceFolder(work)}: no claims reduced from these shards; run \`factline reduce --in ${work}\` first`)
  const lock = await acquireLock(out)
  const manifest = manifestSpill()
  const outputs = namesSpill()
  const staged = staging(out)
  try {
    await removeTemporaryFiles(out)
    let changed = 0
    const tally = emptyTally()
    const stageIfChanged = async (name: string, from: string) => {
      const target = path.join(out, name)
      if (await sameFiles(target, from)) return
      changed++
      await staged.copy(name, from)
    }
    let manifestHead: Omit<Manifest, 'sources'> | undefined
    for (let index = 0; index < head.shards; index++) {
      const dataset = shardDataset(shardFolder(work, index))
      const { sources, ...shardHead } = JSON.parse(await readFile(path.join(dataset, manifestName), 'utf8')) as Manifest
      manifestHead ??= shardHead
      if (JSON.stringify(shardHead) !== JSON.stringify(manifestHead))
        throw new WorkError(`shard ${index} ran with another version, schema or config than shard 0; run it again`)
      await manifest.add(sources)
      for (const source of sources) {
        countSource(tally, source)
        if (!source.output) continue
        await outputs.add([source.output])
        await stageIfChanged(source.output, path.join(dataset, source.output))
      }
    }
    await stageIfChanged(claimsFileName, path.join(reduceFolder(work), claimsFileName))
    const manifestFile = await manifest.file(manifestName)
    await writeManifest(manifestFile, manifestHead!, manifest.sorted())
    await stageIfChanged(manifestName, manifestFile)
    const stale = await staleOutputs(out, outputs.sorted())
    await switchDataset(out, staged, stale)
    return { changed: changed + stale.length, tally }
  } finally {
    await staged.close()
    await Promise.all([manifest.close(), outputs.close()])
    await lock.release()
  }
}
