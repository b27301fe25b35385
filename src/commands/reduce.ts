import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { claimsFileName } from '../claims/serialize.js'
import { shown } from '../errors.js'
import { formatSeconds } from '../run/progress.js'
import { reduceClaims } from '../shard/reduce.js'
import { finishedShards, readWorkPlan, reduceFolder } from '../shard/work.js'
import { ArgumentError, defineCommand, parseCommandArgs, wholeNumber } from './command.js'

export const reduceCommand = defineCommand({
  name: 'reduce',
  usage: [
    'factline reduce --in WORK',
    'options:',
    '  --memory SIZE     what DuckDB holds before it spills to disk (default 1GB)',
    '  --threads N       DuckDB threads (default: the cores)',
    '  --temp DIR        where it spills, on a local disk (default: the system temporary folder)',
    '  -q, --quiet       no summary: problems only',
    'exits 3 and names the missing shards when one is not finished'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      in: { type: 'string' },
      memory: { type: 'string', default: '1GB' },
      threads: { type: 'string' },
      temp: { type: 'string' }
    })
    if (values.in === undefined) throw new ArgumentError('expected --in WORK')
    const threads = wholeNumber(values.threads ?? String(availableParallelism()), '--threads', 1)
    const started = Date.now()
    const work = path.resolve(io.cwd, values.in)
    const head = await readWorkPlan(work)
    const shards = await finishedShards(work, head)
    const result = await reduceClaims({
      work,
      head,
      shards: shards.done,
      shardsDigest: shards.digest,
      threads,
      memory: values.memory,
      scratch: values.temp === undefined ? tmpdir() : path.resolve(io.cwd, values.temp)
    })
    if (!values.quiet)
      io.stderr.write(
        `reduce: ${result.claims} claims of ${result.facts} facts from ${head.shards} shard(s) in ${formatSeconds((Date.now() - started) / 1000)}: ${shown(path.join(reduceFolder(work), claimsFileName), io.cwd)}\n`
      )
    return 0
  }
})
