import { VFile } from 'vfile'
import { defaultExtractors } from '../../src/config/load.js'
import { createPipeline } from '../../src/pipeline.js'
import { processFile } from '../../src/run/process-file.js'
import type { Fact } from '../../src/schema/fact.js'

const pipeline = createPipeline({
  languages: ['en', 'vi'],
  extractors: defaultExtractors(),
  referenceDates: {},
  dateReading: 'nearest',
  limits: { maxFileBytes: 1 << 20, maxLineLength: 20_000, maxFactsPerFile: 10_000 }
})

/** The records the whole pipeline, with its default extractors, writes for a made-up text. */
export async function records(text: string): Promise<Fact[]> {
  const file = new VFile({ path: 'made-up.txt', value: text, data: { sourcePath: 'made-up.txt' } })
  const output = await processFile(pipeline, file)
  return (output ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Fact)
}
