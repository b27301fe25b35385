import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readDatasetFolder } from '../../src/diff/dataset.js'
import { outputSuffix } from '../../src/run/run.js'
import { fact } from '../../src/schema/fact.js'
import { serializeRecords } from '../../src/stages/compile-jsonl.js'

/** What a run pays for its records alone, whatever finds them. */
export interface RecordsFloor {
  readonly records: number
  /** Seconds to validate them with the record schema, serialize them and write each file through a temporary one. */
  readonly seconds: number
}

/** Attempts of each timing; the fastest is kept, as with the runs. */
const attempts = 3

/**
 * Times the work every run does with the records it found, on the records
 * of a run's output folder `out`: each one validated against the zod schema,
 * each file's serialized as the compiler does and written into `scratch`
 * through a temporary file and a rename. The pipeline can be no faster than
 * this plus parsing its sources, however fast it finds facts. A run also
 * syncs each file (`writeAtomic`), but waits for the disk while it extracts
 * the next sources, so the floor leaves the sync out.
 */
export async function recordsFloor(out: string, scratch: string): Promise<RecordsFloor> {
  const files = [...(await readDatasetFolder(out))].map(([key, { facts }]) => ({
    target: path.join(scratch, `${key}${outputSuffix}`),
    facts
  }))
  // Made before the timing: a run's output folders exist before most of its writes.
  for (const folder of new Set(files.map(({ target }) => path.dirname(target)))) mkdirSync(folder, { recursive: true })
  let fastest = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < attempts; attempt++) {
    const started = process.hrtime.bigint()
    for (const { target, facts } of files) {
      writeFileSync(`${target}.tmp`, serializeRecords(facts.map((record) => fact.parse(record))))
      renameSync(`${target}.tmp`, target)
    }
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - started) / 1e9)
  }
  rmSync(scratch, { recursive: true, force: true })
  return { records: files.reduce((sum, { facts }) => sum + facts.length, 0), seconds: fastest }
}
