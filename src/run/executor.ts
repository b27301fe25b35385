import Tinypool from 'tinypool'
import type { Config } from '../config/schema.js'
import { createPipeline } from '../pipeline.js'
import { processSource } from './process-source.js'
import type { SourceResult, SourceTask } from './task.js'

export interface Executor {
  readonly process: (task: SourceTask) => Promise<SourceResult>
  readonly close: () => Promise<void>
}

/**
 * Runs sources in this thread (`workers` = 1) or on a pool of worker threads.
 * Each source's result depends on the source alone, so the output is the same
 * whatever the number of workers and the order they finish in.
 */
export function createExecutor(config: Config, workers: number): Executor {
  if (workers <= 1) {
    const pipeline = createPipeline(config)
    return { process: (task) => processSource(task, pipeline, config.limits), close: async () => undefined }
  }
  const pool = new Tinypool({
    filename: new URL('./worker-entry.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // A worker that grew large on a huge file is replaced rather than kept.
    isolateWorkers: false
  })
  return {
    process: (task) => pool.run({ ...task, config }) as Promise<SourceResult>,
    close: () => pool.destroy()
  }
}
