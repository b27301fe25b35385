import type { Config } from '../config/schema.js'
import type { SourceResult, SourceTask } from './task.js'

export interface Executor {
  readonly process: (task: SourceTask) => Promise<SourceResult>
  /** Sources worth having in flight at once: enough to keep every thread busy, few enough that results are written as they come. */
  readonly inFlight: number
  readonly close: () => Promise<void>
}

/**
 * Runs sources in this thread (`workers` = 1) or on a pool of worker threads.
 * Each source's result depends on the source alone, so the output is the same
 * whatever the number of workers and the order they finish in.
 */
export async function createExecutor(config: Config, workers: number): Promise<Executor> {
  if (workers <= 1) {
    // Imported here only: with a pool the rules load in the workers, and loading them here too would delay every worker's start.
    const [{ createPipeline }, { processSource }] = await Promise.all([import('../pipeline.js'), import('./process-source.js')])
    const pipeline = createPipeline(config)
    return { process: (task) => processSource(task, pipeline, config.limits), inFlight: 1, close: async () => undefined }
  }
  const { default: Tinypool } = await import('tinypool')
  const pool = new Tinypool({
    filename: new URL('./worker-entry.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // A worker that grew large on a huge file is replaced rather than kept.
    isolateWorkers: false
  })
  return {
    process: (task) => pool.run({ ...task, config }) as Promise<SourceResult>,
    // One waiting in the queue per worker, so a worker never waits on the main thread for its next source.
    inFlight: workers * 2,
    close: () => pool.destroy()
  }
}
