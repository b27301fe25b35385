/**
 * `run-shards.ts PLAN WORK FIRST STEP`: runs the shards FIRST, FIRST+STEP, …
 * of a plan one after the other in this process, with one thread each and
 * no cache, as a node of a batch engine would take them in turn.
 */
import path from 'node:path'
import { configHash, loadProject } from '../../src/config/load.js'
import { noCache } from '../../src/run/cache.js'
import { pipelineFingerprint } from '../../src/run/fingerprint.js'
import { planFileName, readPlanHead } from '../../src/shard/plan.js'
import { runShard } from '../../src/shard/shard.js'

const [plan, work, first, step] = process.argv.slice(2)
const head = await readPlanHead(path.join(plan!, planFileName))
const { root, config } = await loadProject(process.cwd())
const fingerprint = pipelineFingerprint()
for (let index = Number(first); index < head.shards; index += Number(step)) {
  await runShard({
    projectRoot: root,
    plan: plan!,
    head,
    index,
    work: work!,
    config,
    configHash: configHash(config),
    fingerprint,
    cache: noCache,
    workers: 1,
    format: 'parquet',
    memory: '256MB'
  })
}
