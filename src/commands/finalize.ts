import path from 'node:path'
import { failedTally, formatSummary } from '../run/summary.js'
import { finalizeDataset } from '../shard/finalize.js'
import { finishedShards, readWorkPlan } from '../shard/work.js'
import { ArgumentError, datasetFolder, defineCommand, parseCommandArgs } from './command.js'

export const finalizeCommand = defineCommand({
  name: 'finalize',
  usage: [
    'factline finalize --in WORK [-o DATASET]',
    'options:',
    "  -o, --out DIR        the dataset folder (default: the config's output)",
    '  -q, --quiet          no summary: problems only',
    '  -c, --config FILE    the config (default: pipeline.config.* from here upwards)',
    'exits 3 and names the missing shards when one is not finished, writing nothing; 1 when a source was skipped, as `run`'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, { in: { type: 'string' }, out: { type: 'string', short: 'o' } })
    if (values.in === undefined) throw new ArgumentError('expected --in WORK')
    const started = Date.now()
    const work = path.resolve(io.cwd, values.in)
    const head = await readWorkPlan(work)
    const shards = await finishedShards(work, head)
    const out = await datasetFolder(io.cwd, values)
    const result = await finalizeDataset({ work, head, shardsDigest: shards.digest, out })
    if (!values.quiet)
      io.stderr.write(
        `${formatSummary({ tally: result.tally, changed: result.changed, cached: 0, seconds: (Date.now() - started) / 1000 })}\n`
      )
    return failedTally(result.tally) ? 1 : 0
  }
})
