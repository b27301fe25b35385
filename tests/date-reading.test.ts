import { describe, expect, test } from 'vitest'
import { VFile } from 'vfile'
import { defaultExtractors } from '../src/config/load.js'
import type { Reading } from '../src/engine/rule.js'
import { createPipeline } from '../src/pipeline.js'
import { processFile } from '../src/run/process-file.js'
import type { Fact } from '../src/schema/fact.js'

/** The dates of a made-up article written on Sunday 1 June 2025, under a reading of the config. */
async function dates(text: string, dateReading: Reading): Promise<unknown[]> {
  const pipeline = createPipeline({
    languages: ['en', 'vi'],
    extractors: defaultExtractors(),
    referenceDates: { 'made-up.txt': '2025-06-01' },
    dateReading,
    limits: { maxFileBytes: 1 << 20, maxLineLength: 20_000, maxFactsPerFile: 10_000 }
  })
  const file = new VFile({ path: 'made-up.txt', value: text, data: { sourcePath: 'made-up.txt' } })
  const records = ((await processFile(pipeline, file)) ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Fact)
  return records.filter((record) => record.kind === 'date').map((record) => [record.quote, 'value' in record ? record.value : undefined])
}

describe('the config’s reading of dates said without their year', () => {
  const text = 'The delegation arrived on Saturday and will meet again at Christmas.\n'

  test('should place them nearest the day of writing by default, as news', async () => {
    expect(await dates(text, 'nearest')).toEqual([
      ['Saturday', '2025-05-31'],
      ['Christmas', '2024-12-25']
    ])
  })

  test('should place them after the day of writing when the config reads them as next', async () => {
    expect(await dates(text, 'next')).toEqual([
      ['Saturday', '2025-06-07'],
      ['Christmas', '2025-12-25']
    ])
  })
})
