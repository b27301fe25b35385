import type { Config } from '../config/schema.js'
import { boundHeapGrowth } from './heap.js'
import { oneAtATime } from './one-at-a-time.js'
import type { SourceResult, SourceTask } from './task.js'

export interface Executor {
  readonly process: (task: SourceTask) => Promise<SourceResult>
  /** Sources worth having in flight at once: enough to keep every thread busy while results are written, few enough that they are written as they come. */
  readonly inFlight: number
  readonly close: () => Promise<void>
}

/** Sources a worker thread holds at once: it starts the next while this thread, busy with a source of its own, has not yet sent another. */
const perWorker = 3

/**
 * Sources in flight besides those being extracted: a result is written to
 * the cache and the output, each synced to disk, before its source is let go,
 * and without these the threads wait for the disk between sources. Over the
 * 4 MB bench corpus with two workers, the worker thread was idle a third of
 * the time without them, a tenth with them.
 */
const writing = 8

/**
 * Runs sources on `workers` threads: this one and `workers` - 1 worker
 * threads. This thread extracts too, since what it does besides (reading,
 * hashing, writing) takes little of its time: a worker thread less is less
 * memory and one start less. Each source's result depends on the source
 * alone, so the output is the same whatever the number of workers and the
 * order they finish in.
 */
export async function createExecutor(config: Config, workers: number): Promise<Executor> {
  boundHeapGrowth()
  // Started first, so the worker threads load the rules while this thread does.
  const pool = workers > 1 ? await workerPool(config, workers - 1) : undefined
  const [{ createPipeline }, { processSource }] = await Promise.all([import('../pipeline.js'), import('./process-source.js')])
  const pipeline = createPipeline(config)
  const extractHere = (task: SourceTask) => processSource(task, pipeline, config.limits)
  if (!pool) return { process: oneAtATime(extractHere), inFlight: 1 + writing, close: async () => undefined }
  let busy = false
  return {
    async process(task) {
      if (busy) return pool.run(task)
      busy = true
      try {
        return await extractHere(task)
      } finally {
        busy = false
      }
    },
    inFlight: 1 + (workers - 1) * perWorker + writing,
    close: pool.close
  }
}

async function workerPool(config: Config, threads: number): Promise<{ run: (task: SourceTask) => Promise<SourceResult>; close: () => Promise<void> }> {
  const { default: Tinypool } = await import('tinypool')
  const pool = new Tinypool({
    filename: new URL('./worker-entry.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: perWorker,
    // A worker that grew large on a huge file is replaced rather than kept.
    isolateWorkers: false
  })
  return { run: (task) => pool.run({ ...task, config }) as Promise<SourceResult>, close: () => pool.destroy() }
}
