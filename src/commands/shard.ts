import { availableParallelism } from 'node:os'
import path from 'node:path'
import process from 'node:process'
import { configHash, loadProject } from '../config/load.js'
import { noCache, resultCache } from '../run/cache.js'
import { pipelineFingerprint } from '../run/fingerprint.js'
import { createProgress } from '../run/progress.js'
import { formatSummary } from '../run/summary.js'
import { PlanError, planFileName, readPlanHead } from '../shard/plan.js'
import { runShard } from '../shard/shard.js'
import { claimFormats, type ClaimFormat } from '../shard/work.js'
import { ArgumentError, defineCommand, parseCommandArgs, wholeNumber } from './command.js'
import { printMessages } from './report-files.js'
import { cacheFolderReady } from './run.js'

/** Where batch engines put the index of an array job's task: Kubernetes Indexed Jobs, then AWS Batch array jobs. */
export const indexVariables = ['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const

/** The cache of the shards of a work folder when no `--cache-dir` is given: shared by them, and by a shard's retries. */
const shardCacheName = '.factline-cache'

export const shardCommand = defineCommand({
  name: 'shard',
  usage: [
    'factline shard --plan PLAN --index I -o WORK',
    `  I defaults to $${indexVariables.join(', then $')}`,
    'options:',
    '  --format parquet|jsonl   the claim inputs (default parquet)',
    '  -w, --workers N          threads that extract (default and most: the cores)',
    '  --memory SIZE            what DuckDB holds before it spills to disk (default 512MB)',
    '  --cache-dir DIR          where results are cached (default: WORK/.factline-cache, shared by the shards)',
    '  --no-cache               extract every source again, and cache nothing',
    '  -q, --quiet              no progress and no summary: problems only',
    "  -c, --config FILE        the config (default: pipeline.config.* from here upwards); the plan's",
    'exits 0 once the shard is written, even when some of its sources were skipped (`finalize` reports them);',
    '3 when the plan cannot be run as it is (a source changed since it was made): a retry would not mend it'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      plan: { type: 'string' },
      index: { type: 'string' },
      out: { type: 'string', short: 'o' },
      format: { type: 'string', default: 'parquet' },
      workers: { type: 'string', short: 'w' },
      memory: { type: 'string', default: '512MB' },
      'cache-dir': { type: 'string' },
      'no-cache': { type: 'boolean', default: false }
    })
    const { plan, out } = values
    if (plan === undefined || out === undefined) throw new ArgumentError('expected --plan PLAN and --out WORK')
    const variable = indexVariables.find((name) => process.env[name] !== undefined)
    const given = values.index ?? (variable ? process.env[variable] : undefined)
    if (given === undefined) throw new ArgumentError(`expected --index I, or $${indexVariables.join(' or $')} set by the batch engine`)
    const index = wholeNumber(given, values.index === undefined ? `$${variable}` : '--index', 0)
    const cores = availableParallelism()
    // More threads than cores only wait for each other, and each holds its own rules in memory.
    const workers = Math.min(wholeNumber(values.workers ?? String(cores), '--workers', 1), cores)
    if (!claimFormats.includes(values.format as ClaimFormat))
      throw new ArgumentError(`expected --format to be ${claimFormats.join(' or ')}, found ${values.format}`)
    const started = Date.now()
    const planFolder = path.resolve(io.cwd, plan)
    const head = await readPlanHead(path.join(planFolder, planFileName))
    if (index >= head.shards) throw new PlanError(`index ${index} is past the plan's last shard, ${head.shards - 1}`)
    const { root, config } = await loadProject(io.cwd, values.config)
    const hash = configHash(config)
    if (hash !== head.configHash)
      throw new PlanError(
        `the plan was made with another config (${head.configHash}, this one is ${hash}); plan again, or run with its config`
      )
    const fingerprint = pipelineFingerprint()
    const work = path.resolve(io.cwd, out)
    const cacheFolder = path.resolve(io.cwd, values['cache-dir'] ?? path.join(work, shardCacheName))
    const cache = !values['no-cache'] && (await cacheFolderReady(cacheFolder, io)) ? resultCache(cacheFolder, hash, fingerprint) : noCache
    const progress = values.quiet ? undefined : createProgress(io.stderr, io.isTTY)
    let result
    try {
      result = await runShard({
        projectRoot: root,
        plan: planFolder,
        head,
        index,
        work,
        config,
        configHash: hash,
        fingerprint,
        cache,
        workers,
        format: values.format as ClaimFormat,
        memory: values.memory,
        ...(progress ? { onFile: progress.tick } : {})
      })
    } finally {
      progress?.end()
    }
    await printMessages(result.files, io.stderr, io.isTTY)
    for (const warning of result.warnings) io.stderr.write(`${warning}\n`)
    if (!values.quiet)
      io.stderr.write(
        `shard ${index} of ${head.shards}:\n${formatSummary({ tally: result.tally, changed: result.changed, cached: result.cached, seconds: (Date.now() - started) / 1000, threads: result.threads, maxThreads: workers })}\n`
      )
    return 0
  }
})
