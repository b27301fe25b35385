import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { configHash, loadConfig } from '../config/load.js'
import type { Config } from '../config/schema.js'
import { acquireLock, LockError, type Lock } from '../io/lock.js'
import { removeTemporaryFiles } from '../io/write-atomic.js'
import { noCache, resultCache } from '../run/cache.js'
import { pipelineFingerprint } from '../run/fingerprint.js'
import { createProgress } from '../run/progress.js'
import { runPipeline, type RunInput } from '../run/run.js'
import { formatSummary } from '../run/summary.js'
import { defineCommand } from './command.js'
import { printMessages } from './report-files.js'

/** Where results are cached, relative to the project root; safe to delete. */
export const cacheFolder = '.factline-cache'

export const runCommand = defineCommand({
  name: 'run',
  summary: 'extract facts from the sources into the dataset (or --check that it is up to date)',
  usage: [
    'factline run                      read the configured sources/, write output/',
    'factline run DIR... --out OUT     read other folders (recursively, .txt and .md), write OUT',
    'factline run --check              write nothing; exit 1 and name every file a run would change',
    'options: --workers N (default: the cores), --no-cache, --quiet (no progress)'
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string' },
        check: { type: 'boolean', default: false },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false }
      },
      allowPositionals: true
    })
    const workers = values.workers === undefined ? availableParallelism() : Number(values.workers)
    if (!Number.isInteger(workers) || workers < 1) {
      io.stderr.write(`run: expected --workers to be a whole number of at least 1, found ${values.workers}\n`)
      return 2
    }
    const started = Date.now()
    const config = await loadConfig(io.cwd)
    const inputs = runInputs(io.cwd, config, positionals)
    const out = path.resolve(io.cwd, values.out ?? config.output)
    const cache = values['no-cache'] ? noCache : resultCache(path.join(io.cwd, cacheFolder), configHash(config), pipelineFingerprint())
    const progress = values.quiet || values.check ? undefined : createProgress(io.stderr, io.isTTY)
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
      if (lock) await removeTemporaryFiles(out)
      result = await runPipeline({
        inputs,
        out,
        config,
        check: values.check ?? false,
        cache,
        workers,
        ...(progress ? { onFile: progress.tick } : {})
      })
    } finally {
      await lock?.release()
    }
    progress?.end()

    printMessages(result.files, io.stderr, io.isTTY)
    if (values.check) {
      for (const file of result.changed) io.stderr.write(`would change: ${toPosix(path.relative(io.cwd, path.join(out, file)))}\n`)
      io.stderr.write(
        result.changed.length === 0
          ? `check: ${toPosix(path.relative(io.cwd, out)) || '.'} is up to date\n`
          : `check: ${result.changed.length} file(s) out of date; run \`npx factline run\`\n`
      )
      return result.changed.length > 0 || result.failed ? 1 : 0
    }
    io.stderr.write(
      `${formatSummary({ tally: result.tally, changed: result.changed.length, cached: result.cached, seconds: (Date.now() - started) / 1000 })}\n`
    )
    return result.failed ? 1 : 0
  }
})

/** The folders a run reads: those given, or the configured sources. */
export function runInputs(cwd: string, config: Config, folders: readonly string[]): RunInput[] {
  return folders.length > 0
    ? folders.map((folder) => ({ root: path.resolve(cwd, folder), sourcePrefix: '' }))
    : [{ root: path.resolve(cwd, config.sources), sourcePrefix: `${toPosix(config.sources).replace(/\/+$/u, '')}/` }]
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
