import type { Config } from '../config/schema.js'
import { dispatcher, type Lane } from './dispatch.js'
import { boundHeapGrowth, collectBetweenSources } from './heap.js'
import type { SourceResult, SourceTask } from './task.js'

export interface Executor {
  readonly process: (task: SourceTask) => Promise<SourceResult>
  readonly close: () => Promise<void>
  /** Threads that extracted so far: this one and the worker threads started. */
  readonly threads: () => number
}

/** Sources a worker thread holds at once: it starts the next while this thread, busy with a source of its own, has not yet sent another. */
const perWorker = 3

/**
 * Bytes of sources a batch must have handed out before worker threads start:
 * each thread loads and warms the rules anew (some 3 s of CPU), which a small
 * batch does not repay; this thread alone extracts it sooner. One thread
 * extracts real articles at some 20 to 25 ms of CPU per kB, so a thread that
 * takes 3 s to start pays only past some 130 kB on an idle machine, and later
 * on a busy one (docs/speed.md, "Worker threads and small batches").
 */
const batchBytesForThreads = 200 * 1024

/** A worker thread's young generation, in MB: V8's default is larger, and a thread's peak memory with it, for no CPU time measured. */
const workerYoungGenerationMb = 16

/**
 * Runs sources on `workers` threads: this one and `workers` - 1 worker
 * threads, each source on whichever has room first. This thread extracts
 * too, one source at a time, since what it does besides (reading, hashing,
 * writing) takes little of its time: a worker thread less is less memory and
 * one start less. This thread loads the rules with its first source; worker
 * threads start once the batch has handed out `batchBytesForThreads` bytes
 * and a source waits, one more each time those started are full, up to
 * `workers` - 1: a small batch starts none. Each
 * source's result depends on the source alone, so the output is the same
 * whatever the number of workers and the order they finish in.
 */
export function createExecutor(config: Config, workers: number): Executor {
  boundHeapGrowth()
  let extractHere: Promise<(task: SourceTask) => Promise<SourceResult>> | undefined
  const here: Lane<SourceTask, SourceResult> = { capacity: 1, run: async (task) => (await (extractHere ??= loadPipeline(config)))(task) }
  if (workers === 1) return { process: dispatcher([here]), close: async () => undefined, threads: () => (extractHere ? 1 : 0) }
  let pool: ReturnType<typeof workerPool> | undefined
  let started = 0
  const threads: Lane<SourceTask, SourceResult> = {
    capacity: (workers - 1) * perWorker,
    opensAt: batchBytesForThreads,
    run: async (task) => {
      const running = await (pool ??= workerPool(config, workers - 1))
      const result = running.run(task)
      started = Math.max(started, running.threads())
      return result
    }
  }
  return {
    // Once started, the threads come first: this thread, busy extracting, hands out no source meanwhile, so
    // sources come in while it is free, and were the threads second, it would take each and leave them idle.
    process: dispatcher([threads, here], (task) => task.bytes.length),
    close: async () => (await pool)?.close(),
    threads: () => (extractHere ? 1 : 0) + started
  }
}

/** The pipeline of this thread, built once: rules compile once per thread. */
async function loadPipeline(config: Config): Promise<(task: SourceTask) => Promise<SourceResult>> {
  const [{ createPipeline }, { processSource }] = await Promise.all([import('../pipeline.js'), import('./process-source.js')])
  const pipeline = createPipeline(config)
  return async (task) => {
    const result = await processSource(task, pipeline)
    collectBetweenSources(task.bytes.length)
    return result
  }
}

async function workerPool(
  config: Config,
  threads: number
): Promise<{ run: (task: SourceTask) => Promise<SourceResult>; close: () => Promise<void>; threads: () => number }> {
  const { default: Tinypool } = await import('tinypool')
  const pool = new Tinypool({
    filename: new URL('./worker-entry.js', import.meta.url).href,
    // One thread at first, another whenever those running hold `perWorker` sources each.
    minThreads: 1,
    maxThreads: threads,
    concurrentTasksPerWorker: perWorker,
    // A worker that grew large on a huge file is replaced rather than kept.
    isolateWorkers: false,
    resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb }
  })
  return {
    run: (task) => pool.run({ ...task, config }) as Promise<SourceResult>,
    close: () => pool.destroy(),
    threads: () => pool.threads.length
  }
}
