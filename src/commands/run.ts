import { availableParallelism } from 'node:os'
import path from 'node:path'
import { configHash, loadProject } from '../config/load.js'
import { acquireLock, LockError, type Lock } from '../io/lock.js'
import { removeTemporaryFiles } from '../io/write-atomic.js'
import { noCache, resultCache } from '../run/cache.js'
import { cacheFolderOf, prepareCacheFolder, recordingUse } from '../run/cache-folder.js'
import { pipelineFingerprint } from '../run/fingerprint.js'
import { createProgress } from '../run/progress.js'
import { runPipeline, type RunInput } from '../run/run.js'
import { formatSummary, summaryJson } from '../run/summary.js'
import { defineCommand, parseCommandArgs, UsageError } from './command.js'
import { printMessages } from './report-files.js'

export const runCommand = defineCommand({
  name: 'run',
  usage: [
    'factline run                      read the configured sources/, write output/',
    'factline run DIR... -o OUT        read other folders (recursively, .txt and .md), write OUT',
    'factline run --check              write nothing; exit 1 and name every file a run would change',
    'options:',
    "  -o, --out DIR        the dataset folder (default: the config's output)",
    '  -w, --workers N      threads that extract (default: the cores)',
    '  --cache-dir DIR      where results are cached (default: OUT/.factline-cache)',
    '  --no-cache           extract every source again, and cache nothing',
    '  --json               print the summary as JSON on standard output',
    '  -q, --quiet          no progress and no summary: problems only',
    '  -c, --config FILE    the config (default: pipeline.config.* from here upwards)'
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseRunArgs(args)
    const workers = values.workers === undefined ? availableParallelism() : Number(values.workers)
    if (!Number.isInteger(workers) || workers < 1)
      throw new UsageError(`expected --workers to be a whole number of at least 1, found ${values.workers}`)
    const started = Date.now()
    const { root, config } = await loadProject(io.cwd, values.config)
    const inputs: RunInput[] =
      positionals.length > 0
        ? positionals.map((folder) => ({ root: path.resolve(io.cwd, folder), sourcePrefix: '' }))
        : [{ root: path.resolve(root, config.sources), sourcePrefix: `${toPosix(config.sources).replace(/\/+$/u, '')}/` }]
    const out = values.out === undefined ? path.resolve(root, config.output) : path.resolve(io.cwd, values.out)
    const progress = values.quiet || values.check || values.json ? undefined : createProgress(io.stderr, io.isTTY)
    // --check writes nothing, so it needs no lock; a run takes the output folder for itself.
    let lock: Lock | undefined
    if (!values.check) {
      try {
        lock = await acquireLock(out)
      } catch (error) {
        if (!(error instanceof LockError)) throw error
        io.stderr.write(`${error.message}\n`)
        return 2
      }
    }
    let result
    try {
      const cacheFolder = cacheFolderOf(out, values['cache-dir'], io.cwd)
      const cache = values['no-cache'] ? noCache : resultCache(cacheFolder, configHash(config), pipelineFingerprint())
      // A run notes the entries it uses, which `cache prune` keeps; --check writes nothing, not even that.
      let used: ReturnType<typeof recordingUse> | undefined
      if (!values.check && !values['no-cache']) {
        await prepareCacheFolder(cacheFolder)
        used = recordingUse(cache, cacheFolder)
      }
      if (lock) await removeTemporaryFiles(out)
      result = await runPipeline({
        inputs,
        out,
        config,
        check: values.check,
        cache: used?.cache ?? cache,
        workers,
        ...(progress ? { onFile: progress.tick } : {})
      })
      await used?.commit()
    } finally {
      await lock?.release()
    }
    progress?.end()

    printMessages(result.files, io.stderr, io.isTTY)
    if (values.check) {
      for (const file of result.changed) io.stderr.write(`would change: ${toPosix(path.relative(io.cwd, path.join(out, file)))}\n`)
      // The verdict is what --check is for: said even with --quiet.
      io.stderr.write(
        result.changed.length === 0
          ? `check: ${toPosix(path.relative(io.cwd, out)) || '.'} is up to date\n`
          : `check: ${result.changed.length} file(s) out of date; run \`npx factline run\`\n`
      )
      return result.changed.length > 0 || result.failed ? 1 : 0
    }
    const summary = { tally: result.tally, changed: result.changed.length, cached: result.cached, seconds: (Date.now() - started) / 1000 }
    if (values.json) io.stdout.write(`${JSON.stringify(summaryJson(summary, toPosix(path.relative(io.cwd, out)) || '.'))}\n`)
    else if (!values.quiet) io.stderr.write(`${formatSummary(summary)}\n`)
    return result.failed ? 1 : 0
  }
})

function parseRunArgs(args: readonly string[]) {
  return parseCommandArgs(
    args,
    {
      out: { type: 'string', short: 'o' },
      check: { type: 'boolean', default: false },
      workers: { type: 'string', short: 'w' },
      'cache-dir': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }
    },
    true
  )
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
