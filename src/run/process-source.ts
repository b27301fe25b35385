import { toClaimInput } from '../claims/input.js'
import type { Limits } from '../config/schema.js'
import { manifestSource } from '../io/manifest.js'
import { readSource } from '../io/read-source.js'
import type { Pipeline } from '../pipeline.js'
import { processFile } from './process-file.js'
import { toPlainMessages, type SourceResult, type SourceTask } from './task.js'

/** Reads and processes one source; the same in the main thread and in a worker. */
export async function processSource(task: SourceTask, pipeline: Pipeline, limits: Limits): Promise<SourceResult> {
  const file = await readSource(task.path, task.sourcePath, limits.maxFileBytes)
  const output = await processFile(pipeline, file)
  const records = output === undefined ? [] : (file.data.records ?? [])
  return {
    sourcePath: task.sourcePath,
    output,
    manifest: manifestSource(file, records, output === undefined),
    messages: toPlainMessages(file),
    claimInputs: records.flatMap((record) => toClaimInput(record) ?? [])
  }
}
