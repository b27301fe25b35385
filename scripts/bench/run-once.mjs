/**
 * One pipeline run in its own process, so its time and peak memory are its
 * own: prints `{seconds, cpuSeconds, mainThreadCpuSeconds, maxRssMB}` as JSON
 * on stdout. The peak and the CPU time are the whole process's, its worker
 * threads included; the main thread's share is known where Linux tells it.
 * It runs the compiled code of dist/, as `factline run` does, and is plain
 * JavaScript: run through tsx, the process and each worker thread would hold
 * a loader thread and compile the TypeScript sources, which `factline run`
 * does not (some 100 MB of peak memory and seconds of CPU over the bench's
 * 1 MB). The bench builds dist/ before its first run.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { configHash, loadConfig } from '../../dist/config/load.js'
import { noCache, resultCache } from '../../dist/run/cache.js'
import { pipelineFingerprint } from '../../dist/run/fingerprint.js'
import { sourceRoots } from '../../dist/run/inputs.js'
import { runPipeline } from '../../dist/run/run.js'

const [folder, out, workers, cacheDir] = process.argv.slice(2)
if (!folder || !out || !workers) throw new Error('usage: run-once.mjs FOLDER OUT WORKERS [CACHE]')
const config = await loadConfig(process.cwd())
const cache = cacheDir ? resultCache(cacheDir, configHash(config), pipelineFingerprint()) : noCache
const started = process.hrtime.bigint()
const cpuBefore = process.cpuUsage()
const mainTicksBefore = mainThreadTicks()
const result = await runPipeline({
  inputs: await sourceRoots([folder], process.cwd(), process.cwd()),
  projectRoot: process.cwd(),
  out: path.resolve(out),
  config,
  check: false,
  cache,
  workers: Number(workers)
})
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const cpu = process.cpuUsage(cpuBefore)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
const mainThreadCpuSeconds = mainThreadSecondsSince(mainTicksBefore)
process.stdout.write(
  `${JSON.stringify({ seconds, cpuSeconds, mainThreadCpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024, sources: result.tally.files })}\n`
)

/** Clock ticks of CPU time, user and system, in a line of `/proc/.../stat`. */
function ticksOf(file) {
  try {
    const stat = readFileSync(file, 'utf8')
    // After the name in parentheses (which may hold spaces), from the state on: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return undefined
  }
}

/** CPU time of the main thread alone, in clock ticks, where Linux tells it. */
function mainThreadTicks() {
  return ticksOf(`/proc/self/task/${process.pid}/stat`)
}

/**
 * Seconds of CPU the main thread used since it had `before` ticks. A tick's
 * length is read off the process: its ticks against its CPU time as Node
 * gives it. The rest of the process's CPU is worker threads and V8's compiler
 * and collector threads.
 */
function mainThreadSecondsSince(before) {
  const now = mainThreadTicks()
  const all = ticksOf('/proc/self/stat')
  const { user, system } = process.cpuUsage()
  return before === undefined || now === undefined || !all ? undefined : ((now - before) * (user + system)) / 1e6 / all
}
