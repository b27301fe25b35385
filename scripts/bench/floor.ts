import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fact } from '../../src/schema/fact.js'

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
 * of a run's output folder `out`: each one validated against the zod
 * schema, serialized as a JSON line, and each file written beside itself in
 * `scratch` through a temporary file and a rename. The pipeline can be no
 * faster than this plus parsing its sources, however fast it finds facts.
 */
export function recordsFloor(out: string, scratch: string): RecordsFloor {
  const files = readdirSync(out)
    .filter((name) => name.endsWith('.facts.jsonl'))
    .sort()
    .map((name) => ({ name, records: recordsOf(path.join(out, name)) }))
  mkdirSync(scratch, { recursive: true })
  let fastest = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < attempts; attempt++) {
    const started = process.hrtime.bigint()
    for (const { name, records } of files) {
      const lines = records.map((record) => `${JSON.stringify(fact.parse(record))}\n`)
      const target = path.join(scratch, name)
      writeFileSync(`${target}.tmp`, lines.join(''))
      renameSync(`${target}.tmp`, target)
    }
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - started) / 1e9)
  }
  rmSync(scratch, { recursive: true, force: true })
  return { records: files.reduce((sum, file) => sum + file.records.length, 0), seconds: fastest }
}

function recordsOf(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line): unknown => JSON.parse(line))
}
