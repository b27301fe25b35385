import type { VFile } from 'vfile'
import type { Pipeline } from '../pipeline.js'
import { hasFatal, report } from '../messages/message.js'

/**
 * Runs the pipeline on one read file. Never throws: an unexpected error is a
 * fatal message on the file, and a file with a fatal message yields no output.
 */
export async function processFile(pipeline: Pipeline, file: VFile): Promise<string | undefined> {
  if (hasFatal(file)) return undefined
  try {
    const tree = pipeline.parse(file)
    await pipeline.run(tree, file)
    const output = pipeline.stringify(tree, file)
    return hasFatal(file) ? undefined : output
  } catch (error) {
    report(file, 'extract/failed', { actual: error instanceof Error ? error.message : String(error), cause: error })
    return undefined
  }
}
