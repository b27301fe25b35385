import { toClaimInput } from '../claims/input.js'
import { manifestSource } from '../io/manifest.js'
import { sourceFile } from '../io/read-source.js'
import type { Pipeline } from '../pipeline.js'
import { processFile } from './process-file.js'
import { toPlainMessages, type SourceResult, type SourceTask } from './task.js'

/** Processes the bytes of one source, as read and hashed for the cache; the same in the main thread and in a worker. */
export async function processSource(task: SourceTask, pipeline: Pipeline): Promise<SourceResult> {
  const file = sourceFile(task.path, task.sourcePath, { bytes: task.bytes })
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
