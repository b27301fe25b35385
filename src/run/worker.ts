import type { Config } from '../config/schema.js'
import { createPipeline, type Pipeline } from '../pipeline.js'
import { collectBetweenSources } from './heap.js'
import { processSource } from './process-source.js'
import type { SourceResult, SourceTask } from './task.js'

export interface WorkerTask extends SourceTask {
  readonly config: Config
}

// One pipeline per worker thread, built on its first task: rules compile once per thread.
let pipeline: { config: string; pipeline: Pipeline } | undefined

/** The function each worker thread runs for one source. */
export async function runWorkerTask(task: WorkerTask): Promise<SourceResult> {
  const key = JSON.stringify(task.config)
  if (pipeline?.config !== key) pipeline = { config: key, pipeline: createPipeline(task.config) }
  const result = await processSource(task, pipeline.pipeline)
  collectBetweenSources(task.bytes.length)
  return result
}
