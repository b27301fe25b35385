import { availableParallelism } from 'node:os'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { configHash, loadProject } from '../config/load.js'
import { checkReferenceDates } from '../config/reference-dates.js'
import { describeFailure, FaultError, shown, systemErrorInfo } from '../errors.js'
import { acquireLock, LockError, type Lock } from '../io/lock.js'
import { removeTemporaryFiles } from '../io/write-atomic.js'
import { noCache, resultCache, type ResultCache } from '../run/cache.js'
import { cacheFolderOf, prepareCacheFolder, recordingUse } from '../run/cache-folder.js'
import { pipelineFingerprint } from '../run/fingerprint.js'
import { outputFolder, sourceRoots } from '../run/inputs.js'
import { createProgress } from '../run/progress.js'
import { runPipeline, type RunResult } from '../run/run.js'
import { formatSummary, summaryJson } from '../run/summary.js'
import { defineCommand, parseCommandArgs, wholeNumber, type CommandIO } from './command.js'
import { printMessages } from './report-files.js'

export const runCommand = defineCommand({
  name: 'run',
  usage: [
    'factline run                      read the configured sources/, write output/',
    'factline run DIR... -o OUT        read other folders (recursively, .txt and .md), write OUT',
    'factline run --check              write nothing; exit 1 and name every file a run would change',
    'options:',
    "  -o, --out DIR        the dataset folder (default: the config's output)",
    '  -w, --workers N      threads that extract (default and most: the cores)',
    '  --cache-dir DIR      where results are cached (default: OUT/.factline-cache)',
    '  --no-cache           extract every source again, and cache nothing',
    '  --json               print the summary as JSON on standard output',
    '  -q, --quiet          no progress and no summary: problems only',
    '  -c, --config FILE    the config (default: pipeline.config.* from here upwards)'
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseRunArgs(args)
    const cores = availableParallelism()
    const requested = wholeNumber(values.workers ?? String(cores), '--workers', 1)
    // More threads than cores only wait for each other, and each holds its own rules in memory.
    const workers = Math.min(requested, cores)
    const started = Date.now()
    const { root, config, file: configFile } = await loadProject(io.cwd, values.config)
    // Everything is checked before anything is written: a mistake creates no folder. The config's folders are the project's.
    const folders = positionals.length > 0 ? positionals : [shown(path.resolve(root, config.sources), io.cwd)]
    const roots = await sourceRoots(folders, io.cwd, root)
    const outGiven = values.out ?? shown(path.resolve(root, config.output), io.cwd)
    const out = await outputFolder(outGiven, io.cwd, roots)
    await checkReferenceDates(config, roots, configFile === undefined ? 'defaults' : shown(configFile, io.cwd))
    const progress = values.quiet || values.check || values.json ? undefined : createProgress(io.stderr, io.isTTY)
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
    let used: ReturnType<typeof recordingUse> | undefined
    try {
      const cacheFolder = cacheFolderOf(out, values['cache-dir'], io.cwd)
      const cache = values['no-cache'] ? noCache : resultCache(cacheFolder, configHash(config), pipelineFingerprint())
      // A run notes the entries it uses, which `cache prune` keeps; --check writes nothing, not even that.
      if (!values.check && !values['no-cache']) used = await recordingCache(cache, cacheFolder, io)
      if (lock) await removeTemporaryFiles(out)
      result = await runPipeline({
        inputs: roots,
        projectRoot: root,
        out,
        config,
        check: values.check,
        cache: used?.cache ?? cache,
        workers,
        ...(progress ? { onFile: progress.tick } : {})
      })
      await used?.commit()
    } catch (error) {
      progress?.end()
      await used?.abandon()
      await lock?.release()
      lock = undefined
      // A folder this run made holds nothing of a dataset: it goes.
      if (fresh && !values.check) await rm(out, { recursive: true, force: true })
      throw unfinished(error, outGiven, io.cwd)
    } finally {
      await lock?.release()
    }
    progress?.end()

    await printMessages(result.files, io.stderr, io.isTTY)
    for (const warning of result.warnings) io.stderr.write(`${warning}\n`)
    if (result.ignored.count > 0) {
      const more = result.ignored.count > result.ignored.examples.length ? ', …' : ''
      io.stderr.write(
        `run: ${result.ignored.count} file${result.ignored.count === 1 ? '' : 's'} left out for ${result.ignored.count === 1 ? 'its' : 'their'} extension (factline reads .txt and .md files): ${result.ignored.examples.map((file) => shown(file, io.cwd)).join(', ')}${more}\n`
      )
    }
    if (result.tally.files === 0) {
      io.stderr.write(`run: ${folders.join(', ')} ${folders.length === 1 ? 'holds' : 'hold'} no .txt or .md file\n`)
    }
    if (values.check) {
      for (const file of result.outOfDate) io.stderr.write(`would change: ${toPosix(path.relative(io.cwd, path.join(out, file)))}\n`)
      // The verdict is what --check is for: said even with --quiet.
      io.stderr.write(
        result.changed === 0
          ? `check: ${toPosix(path.relative(io.cwd, out)) || '.'} is up to date\n`
          : `check: ${result.changed} file(s) out of date; run \`npx --no-install factline run\`\n`
      )
      return result.changed > 0 || result.failed ? 1 : 0
    }
    const summary = {
      tally: result.tally,
      changed: result.changed,
      cached: result.cached,
      seconds: (Date.now() - started) / 1000,
      threads: result.threads,
      maxThreads: workers
    }
    if (values.json) io.stdout.write(`${JSON.stringify(summaryJson(summary, toPosix(path.relative(io.cwd, out)) || '.'))}\n`)
    else if (!values.quiet) io.stderr.write(`${formatSummary(summary)}\n`)
    return result.failed ? 1 : 0
  }
})

/** The cache with its use recorded, in a folder made ready for it; undefined when the folder cannot be made. */
async function recordingCache(cache: ResultCache, folder: string, io: CommandIO): Promise<ReturnType<typeof recordingUse> | undefined> {
  return (await cacheFolderReady(folder, io)) ? recordingUse(cache, folder) : undefined
}

/**
 * Makes the cache's folder ready. The cache is never needed: a folder that
 * cannot be made (read-only, a full disk) is a warning, and the command goes
 * on without the cache.
 */
export async function cacheFolderReady(folder: string, io: CommandIO): Promise<boolean> {
  try {
    await prepareCacheFolder(folder)
    return true
  } catch (error) {
    const failure = describeFailure('cache', error, io.cwd)
    if (!failure) throw error
    io.stderr.write(`${failure.line} (results are not cached)\n`)
    return false
  }
}

/** A run that could not finish, said in one line: what failed, on which file, that the previous dataset is whole, what to do. */
function unfinished(error: unknown, out: string, cwd: string): unknown {
  const info = systemErrorInfo(error)
  if (!info) return error
  const file = info.path ? ` ${shown(info.path, cwd)}` : ''
  return new FaultError(`run: ${info.means}:${file}; the previous dataset in ${out} is unchanged; ${info.fix}`, info.exitCode)
}

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
