import { availableParallelism } from 'node:os'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { configHash, loadConfig } from '../config/load.js'
import { checkReferenceDates } from '../config/reference-dates.js'
import { FaultError, shown, systemErrorInfo } from '../errors.js'
import { acquireLock, LockError, type Lock } from '../io/lock.js'
import { removeTemporaryFiles } from '../io/write-atomic.js'
import { noCache, resultCache } from '../run/cache.js'
import { pipelineFingerprint } from '../run/fingerprint.js'
import { outputFolder, sourceRoots } from '../run/inputs.js'
import { createProgress } from '../run/progress.js'
import { runPipeline, type RunResult } from '../run/run.js'
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
    'options: --workers N (default and most: the cores), --no-cache, --quiet (no progress)'
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
    const cores = availableParallelism()
    const requested = values.workers === undefined ? cores : Number(values.workers)
    if (!Number.isInteger(requested) || requested < 1) {
      io.stderr.write(`run: expected --workers to be a whole number of at least 1, found ${values.workers}\n`)
      return 2
    }
    // More threads than cores only wait for each other, and each holds its own rules in memory.
    const workers = Math.min(requested, cores)
    const started = Date.now()
    const config = await loadConfig(io.cwd)
    // Everything is checked before anything is written: a mistake creates no folder.
    const roots = await sourceRoots(positionals.length > 0 ? positionals : [config.sources], io.cwd, io.cwd)
    const outGiven = values.out ?? config.output
    const out = await outputFolder(outGiven, io.cwd, roots)
    await checkReferenceDates(config, roots)
    const cache = values['no-cache'] ? noCache : resultCache(path.join(io.cwd, cacheFolder), configHash(config), pipelineFingerprint())
    const progress = values.quiet || values.check ? undefined : createProgress(io.stderr, io.isTTY)
    // --check writes nothing, so it needs no lock; a run takes the output folder for itself.
    const fresh = !existsSync(out)
    let lock: Lock | undefined
    if (!values.check) {
      try {
        lock = await acquireLock(out)
      } catch (error) {
        if (!(error instanceof LockError)) {
          if (fresh) await rm(out, { recursive: true, force: true })
          throw unfinished(error, outGiven, io.cwd)
        }
        io.stderr.write(`${error.message}\n`)
        return 2
      }
    }
    let result: RunResult
    try {
      if (lock) await removeTemporaryFiles(out)
      result = await runPipeline({
        inputs: roots,
        projectRoot: io.cwd,
        out,
        config,
        check: values.check ?? false,
        cache,
        workers,
        ...(progress ? { onFile: progress.tick } : {})
      })
    } catch (error) {
      progress?.end()
      await lock?.release()
      lock = undefined
      // A folder this run made holds nothing of a dataset: it goes.
      if (fresh && !values.check) await rm(out, { recursive: true, force: true })
      throw unfinished(error, outGiven, io.cwd)
    } finally {
      await lock?.release()
    }
    progress?.end()

    printMessages(result.files, io.stderr, io.isTTY)
    for (const warning of result.warnings) io.stderr.write(`${warning}\n`)
    if (result.ignored.count > 0) {
      const more = result.ignored.count > result.ignored.examples.length ? ', …' : ''
      io.stderr.write(
        `run: ${result.ignored.count} file${result.ignored.count === 1 ? '' : 's'} left out for ${result.ignored.count === 1 ? 'its' : 'their'} extension (factline reads .txt and .md files): ${result.ignored.examples.map((file) => shown(file, io.cwd)).join(', ')}${more}\n`
      )
    }
    if (result.tally.files === 0) {
      const folders = positionals.length > 0 ? positionals : [config.sources]
      io.stderr.write(`run: ${folders.join(', ')} ${folders.length === 1 ? 'holds' : 'hold'} no .txt or .md file\n`)
    }
    if (values.check) {
      for (const file of result.changed) io.stderr.write(`would change: ${toPosix(path.relative(io.cwd, path.join(out, file)))}\n`)
      io.stderr.write(
        result.changed.length === 0
          ? `check: ${toPosix(path.relative(io.cwd, out)) || '.'} is up to date\n`
          : `check: ${result.changed.length} file(s) out of date; run \`npx --no-install factline run\`\n`
      )
      return result.changed.length > 0 || result.failed ? 1 : 0
    }
    io.stderr.write(
      `${formatSummary({
        tally: result.tally,
        changed: result.changed.length,
        cached: result.cached,
        seconds: (Date.now() - started) / 1000,
        threads: result.threads,
        maxThreads: workers
      })}\n`
    )
    return result.failed ? 1 : 0
  }
})

/** A run that could not finish, said in one line: what failed, on which file, that the previous dataset is whole, what to do. */
function unfinished(error: unknown, out: string, cwd: string): unknown {
  const info = systemErrorInfo(error)
  if (!info) return error
  const file = info.path ? ` ${shown(info.path, cwd)}` : ''
  return new FaultError(`run: ${info.means}:${file}; the previous dataset in ${out} is unchanged; ${info.fix}`, info.exitCode)
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
