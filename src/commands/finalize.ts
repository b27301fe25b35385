import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config/load.js'
import { formatSummary } from '../run/summary.js'
import { finalizeDataset } from '../shard/finalize.js'
import { finishedShards, readWorkPlan } from '../shard/work.js'
import { defineCommand } from './command.js'
import { runStep, usageError } from './steps.js'

export const finalizeCommand = defineCommand({
  name: 'finalize',
  summary: 'write the dataset of a sharded run: every shard present, facts, manifest and reduced claims',
  usage: [
    'factline finalize --in WORK [--out DATASET]   (default: the configured output folder)',
    'exits 3 and names the missing shards when one is not finished, writing nothing; 1 when a source was skipped, as `run`'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { in: { type: 'string' }, out: { type: 'string' } } })
    const given = values.in
    if (given === undefined) return usageError('finalize', io, 'expected --in WORK')
    return runStep('finalize', io, async () => {
      const started = Date.now()
      const work = path.resolve(io.cwd, given)
      const head = await readWorkPlan(work)
      const shards = await finishedShards(work, head)
      const out = path.resolve(io.cwd, values.out ?? (await loadConfig(io.cwd)).output)
      const result = await finalizeDataset({ work, head, shardsDigest: shards.digest, out })
      io.stderr.write(
        `${formatSummary({ tally: result.tally, changed: result.changed.length, cached: 0, seconds: (Date.now() - started) / 1000 })}\n`
      )
      return result.tally.skipped > 0 || result.tally.errors > 0 ? 1 : 0
    })
  }
})
