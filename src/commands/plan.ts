import path from 'node:path'
import { configHash, loadProject } from '../config/load.js'
import { shown } from '../errors.js'
import { sourceRoots } from '../run/inputs.js'
import { writePlan } from '../shard/plan.js'
import { ArgumentError, defineCommand, parseCommandArgs, wholeNumber } from './command.js'

/** Partitions of the claim inputs when none are asked for: the reduce sorts one at a time. */
const defaultPartitions = 16

export const planCommand = defineCommand({
  name: 'plan',
  usage: [
    'factline plan [DIR...] --shards N -o PLAN   walk the folders as `run` does (default: the configured sources)',
    'options:',
    '  --shards N           shards of about equal bytes, one run each',
    '  -o, --out PLAN       the folder of the plan: plan.json and a list of sources per shard',
    '  --partitions P       claim inputs cut by a hash of the claim key (default 16)',
    '  -c, --config FILE    the config (default: pipeline.config.* from here upwards)'
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { shards: { type: 'string' }, out: { type: 'string', short: 'o' }, partitions: { type: 'string' } },
      true
    )
    const shards = wholeNumber(values.shards, '--shards', 1)
    const partitions = wholeNumber(values.partitions ?? String(defaultPartitions), '--partitions', 1)
    if (values.out === undefined) throw new ArgumentError('expected --out PLAN')
    const { root, config } = await loadProject(io.cwd, values.config)
    // The folders as `run` reads them: the config's are the project's, and each is checked before anything is written.
    const folders = positionals.length > 0 ? positionals : [shown(path.resolve(root, config.sources), io.cwd)]
    const inputs = await sourceRoots(folders, io.cwd, root)
    const folder = path.resolve(io.cwd, values.out)
    const head = await writePlan(folder, {
      projectRoot: root,
      inputs,
      shards,
      partitions,
      configHash: configHash(config),
      maxFileBytes: config.limits.maxFileBytes
    })
    if (!values.quiet)
      io.stderr.write(
        `plan: ${head.sources} source(s), ${head.bytes} bytes, in ${head.shards} shard(s) of ${head.partitions} claim partition(s): ${shown(folder, io.cwd) || '.'}\n`
      )
    return 0
  }
})
