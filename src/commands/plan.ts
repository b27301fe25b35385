import path from 'node:path'
import { parseArgs } from 'node:util'
import { configHash, loadConfig } from '../config/load.js'
import { writePlan } from '../shard/plan.js'
import { defineCommand } from './command.js'
import { runInputs } from './run.js'
import { runStep, usageError, wholeNumber } from './steps.js'

/** Partitions of the claim inputs when none are asked for: the reduce sorts one at a time. */
const defaultPartitions = 16

export const planCommand = defineCommand({
  name: 'plan',
  summary: 'list the sources with their content hashes, cut into N shards for a batch engine',
  usage: [
    'factline plan [DIR...] --shards N --out PLAN   walk the folders as `run` does (default: the configured sources)',
    'options: --partitions P (claim inputs cut by a hash of the claim key, default 16)'
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { shards: { type: 'string' }, out: { type: 'string' }, partitions: { type: 'string' } },
      allowPositionals: true
    })
    const shards = wholeNumber(values.shards, '--shards', 1)
    if (typeof shards === 'string') return usageError('plan', io, shards)
    const partitions = wholeNumber(values.partitions ?? String(defaultPartitions), '--partitions', 1)
    if (typeof partitions === 'string') return usageError('plan', io, partitions)
    const out = values.out
    if (out === undefined) return usageError('plan', io, 'expected --out PLAN')
    return runStep('plan', io, async () => {
      const config = await loadConfig(io.cwd)
      const folder = path.resolve(io.cwd, out)
      const head = await writePlan(folder, {
        cwd: io.cwd,
        inputs: runInputs(io.cwd, config, positionals),
        shards,
        partitions,
        configHash: configHash(config),
        maxFileBytes: config.limits.maxFileBytes
      })
      io.stderr.write(
        `plan: ${head.sources} source(s), ${head.bytes} bytes, in ${head.shards} shard(s) of ${head.partitions} claim partition(s): ${path.relative(io.cwd, folder) || '.'}\n`
      )
      return 0
    })
  }
})
