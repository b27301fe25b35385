/**
 * One pipeline run in its own process, so its time and peak memory are its
 * own: prints `{seconds, cpuSeconds, maxRssMB}` as JSON on stdout. The peak
 * and the CPU time are the whole process's, its worker threads included.
 */
import path from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { noCache, resultCache } from '../../src/run/cache.js'
import { pipelineFingerprint } from '../../src/run/fingerprint.js'
import { runPipeline } from '../../src/run/run.js'
import { configHash } from '../../src/config/load.js'

const [folder, out, workers, cacheDir] = process.argv.slice(2)
if (!folder || !out || !workers) throw new Error('usage: run-once.ts FOLDER OUT WORKERS [CACHE]')
const config = await loadConfig(process.cwd())
const cache = cacheDir ? resultCache(cacheDir, configHash(config), pipelineFingerprint()) : noCache
const started = process.hrtime.bigint()
const cpuBefore = process.cpuUsage()
const result = await runPipeline({
  inputs: [{ root: path.resolve(folder), sourcePrefix: '' }],
  out: path.resolve(out),
  config,
  check: false,
  cache,
  workers: Number(workers)
})
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const cpu = process.cpuUsage(cpuBefore)
process.stdout.write(
  `${JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024, sources: result.tally.files })}\n`
)
