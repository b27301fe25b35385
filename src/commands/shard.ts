import { availableParallelism } from 'node:os'
import path from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { configHash, loadConfig } from '../config/load.js'
import { noCache, resultCache } from '../run/cache.js'
import { pipelineFingerprint } from '../run/fingerprint.js'
import { createProgress } from '../run/progress.js'
import { formatSummary } from '../run/summary.js'
import { PlanError, planFileName, readPlanHead } from '../shard/plan.js'
import { runShard } from '../shard/shard.js'
import { claimFormats, type ClaimFormat } from '../shard/work.js'
import { defineCommand } from './command.js'
import { printMessages } from './report-files.js'
import { cacheFolder } from './run.js'
import { runStep, usageError, wholeNumber } from './steps.js'

/** Where batch engines put the index of an array job's task: Kubernetes Indexed Jobs, then AWS Batch array jobs. */
export const indexVariables = ['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const

export const shardCommand = defineCommand({
  name: 'shard',
  summary: 'extract one shard of a plan into WORK/shards/I (the index may come from the batch engine)',
  usage: [
    'factline shard --plan PLAN --index I --out WORK',
    `  I defaults to $${indexVariables.join(', then $')}`,
    'options: --format parquet|jsonl (claim inputs, default parquet), --workers N (default: the cores),',
    '  --memory SIZE (what DuckDB holds before it spills to disk, default 512MB), --no-cache, --quiet',
    'exits 0 once the shard is written, even when some of its sources were skipped (`finalize` reports them);',
    '3 when the plan cannot be run as it is (a source changed since it was made): a retry would not mend it'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        plan: { type: 'string' },
        index: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'parquet' },
        workers: { type: 'string' },
        memory: { type: 'string', default: '512MB' },
        'no-cache': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false }
      }
    })
    const { plan, out } = values
    if (plan === undefined || out === undefined) return usageError('shard', io, 'expected --plan PLAN and --out WORK')
    const variable = indexVariables.find((name) => process.env[name] !== undefined)
    const given = values.index ?? (variable ? process.env[variable] : undefined)
    if (given === undefined)
      return usageError('shard', io, `expected --index I, or $${indexVariables.join(' or $')} set by the batch engine`)
    const index = wholeNumber(given, values.index === undefined ? `$${variable}` : '--index', 0)
    if (typeof index === 'string') return usageError('shard', io, index)
    const workers = wholeNumber(values.workers ?? String(availableParallelism()), '--workers', 1)
    if (typeof workers === 'string') return usageError('shard', io, workers)
    if (!claimFormats.includes(values.format as ClaimFormat))
      return usageError('shard', io, `expected --format to be ${claimFormats.join(' or ')}, found ${values.format}`)
    return runStep('shard', io, async () => {
      const started = Date.now()
      const planFolder = path.resolve(io.cwd, plan)
      const head = await readPlanHead(path.join(planFolder, planFileName))
      if (index >= head.shards) throw new PlanError(`index ${index} is past the plan's last shard, ${head.shards - 1}`)
      const config = await loadConfig(io.cwd)
      const hash = configHash(config)
      if (hash !== head.configHash)
        throw new PlanError(
          `the plan was made with another config (${head.configHash}, this one is ${hash}); plan again, or run with its config`
        )
      const fingerprint = pipelineFingerprint()
      const progress = values.quiet ? undefined : createProgress(io.stderr, io.isTTY)
      const result = await runShard({
        cwd: io.cwd,
        plan: planFolder,
        head,
        index,
        work: path.resolve(io.cwd, out),
        config,
        configHash: hash,
        fingerprint,
        cache: values['no-cache'] ? noCache : resultCache(path.join(io.cwd, cacheFolder), hash, fingerprint),
        workers,
        format: values.format as ClaimFormat,
        memory: values.memory,
        ...(progress ? { onFile: progress.tick } : {})
      })
      progress?.end()
      printMessages(result.files, io.stderr, io.isTTY)
      io.stderr.write(
        `shard ${index} of ${head.shards}:\n${formatSummary({ tally: result.tally, changed: result.changed.length, cached: result.cached, seconds: (Date.now() - started) / 1000 })}\n`
      )
      return 0
    })
  }
})
