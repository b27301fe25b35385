import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { claimsFileName } from '../claims/serialize.js'
import { reduceClaims } from '../shard/reduce.js'
import { finishedShards, readWorkPlan, reduceFolder } from '../shard/work.js'
import { formatSeconds } from '../run/progress.js'
import { defineCommand } from './command.js'
import { runStep, usageError, wholeNumber } from './steps.js'

export const reduceCommand = defineCommand({
  name: 'reduce',
  summary: "build the claims of every shard's claim inputs with DuckDB, into WORK/reduce",
  usage: [
    'factline reduce --in WORK',
    'options: --memory SIZE (what DuckDB holds before it spills to disk, default 1GB), --threads N (default: the cores),',
    '  --temp DIR (where it spills, on a local disk; default the system temporary folder)'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        in: { type: 'string' },
        memory: { type: 'string', default: '1GB' },
        threads: { type: 'string' },
        temp: { type: 'string' }
      }
    })
    const given = values.in
    if (given === undefined) return usageError('reduce', io, 'expected --in WORK')
    const threads = wholeNumber(values.threads ?? String(availableParallelism()), '--threads', 1)
    if (typeof threads === 'string') return usageError('reduce', io, threads)
    return runStep('reduce', io, async () => {
      const started = Date.now()
      const work = path.resolve(io.cwd, given)
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
      io.stderr.write(
        `reduce: ${result.claims} claims of ${result.facts} facts from ${head.shards} shard(s) in ${formatSeconds((Date.now() - started) / 1000)}: ${path.relative(io.cwd, path.join(reduceFolder(work), claimsFileName))}\n`
      )
      return 0
    })
  }
})
