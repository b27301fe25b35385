import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DuckDBAppender } from '@duckdb/node-api'
import { keyedFacts } from '../claims/build.js'
import type { ClaimsTarget } from '../run/run.js'
import { appendClaimRow, claimColumns, partitionOf } from './claim-rows.js'
import { openDuckDB, sqlText, type DuckDB } from './duckdb.js'
import { claimInputsFolder, partitionFile, type ClaimFormat } from './work.js'

export interface ClaimInputsOptions {
  readonly partitions: number
  readonly format: ClaimFormat
  /** What DuckDB may hold in memory before it spills to disk. */
  readonly memory: string
}

/**
 * The claims target of a shard: instead of building claims, it keys the
 * facts of each source as the claims would (`keyedFacts`) and writes them to
 * one file per partition of the claim keys, through DuckDB, which holds them
 * until the end and spills what does not fit in memory. Rows are written in
 * the order of their source and place in it, whatever order the sources were
 * done in, so a retried shard writes the same bytes.
 */
export function claimInputs(shard: string, options: ClaimInputsOptions): ClaimsTarget {
  let opened: Promise<{ duckdb: DuckDB; appender: DuckDBAppender; spill: string }> | undefined
  const open = () =>
    (opened ??= (async () => {
      const spill = await mkdtemp(path.join(tmpdir(), 'factline-claim-inputs-'))
      // One thread: the rows of each file are written in one order, whatever the machine.
      const duckdb = await openDuckDB({ threads: 1, memory: options.memory, spill })
      const columns = claimColumns.map(([name, type]) => `"${name}" ${type}`).join(', ')
      await duckdb.connection.run(`CREATE TABLE facts (partition INTEGER, ${columns})`)
      return { duckdb, appender: await duckdb.connection.createAppender('facts'), spill }
    })())
  return {
    async add(inputs) {
      const { appender } = await open()
      for (const [ordinal, fact] of keyedFacts(inputs).entries())
        appendClaimRow(appender, fact, ordinal, partitionOf(fact, options.partitions))
    },
    async finish({ addCached }) {
      await addCached()
      const { duckdb, appender } = await open()
      appender.closeSync()
      const folder = path.join(shard, claimInputsFolder)
      // A retried shard may have written the other format, or been killed while writing: only this attempt's files stay.
      await rm(folder, { recursive: true, force: true })
      await mkdir(folder, { recursive: true })
      const columns = claimColumns.map(([name]) => `"${name}"`).join(', ')
      const format = options.format === 'parquet' ? 'FORMAT parquet' : 'FORMAT json'
      for (let partition = 0; partition < options.partitions; partition++) {
        const file = partitionFile(shard, partition, options.format)
        const temporary = `${file}.partial`
        await duckdb.connection.run(
          `COPY (SELECT ${columns} FROM facts WHERE partition = ${partition} ORDER BY source_order, ordinal) TO ${sqlText(temporary)} (${format})`
        )
        await rename(temporary, file)
      }
    },
    async close() {
      if (!opened) return
      const { duckdb, spill } = await opened
      duckdb.close()
      await rm(spill, { recursive: true, force: true })
    }
  }
}
