import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { claimsFileName } from '../claims/serialize.js'
import { UsageError } from '../errors.js'
import { manifestName, outputSuffix } from '../run/run.js'
import { claimSchema, manifestSchema } from '../schema/outputs.js'
import { openDuckDB, sqlText, type DuckDB, type DuckDBSettings } from '../shard/duckdb.js'
import {
  duckdbType,
  jsonColumns,
  mixedValue,
  recordColumns,
  schemaColumns,
  selectColumns,
  type Column,
  type JsonSchema
} from './columns.js'

/** Rows written to each table. */
export interface ExportCounts {
  readonly records: number
  readonly claims: number
  readonly sources: number
}

/**
 * The largest JSON object DuckDB reads at once, for the claims and the
 * manifest (a claim about a country named in every article is one line of
 * its supports): the size of the file, up to this. DuckDB sets aside twice
 * as much.
 */
const maximumObjectBytes = 512 * 1024 * 1024

/** The fields of a claim, from its JSON Schema (`factline schema --what claims`); the `value` of its values is a number or a text. */
const claimColumns = schemaColumns(z.toJSONSchema(claimSchema) as JsonSchema)

/** The fields of a source of the manifest, from its JSON Schema (`factline schema --what manifest`). */
const sourceType = duckdbType((z.toJSONSchema(manifestSchema) as JsonSchema).properties!.sources!.items!)

/**
 * Writes a dataset as three Parquet tables through DuckDB, for SQL:
 * `records.parquet` (a row per fact record, a column per field of the
 * record's JSON Schema), `claims.parquet` (a row per claim, its values a
 * list of structs) and `sources.parquet` (a row per source of the
 * manifest). A field that is a number in some rows and a text in others
 * (`value`) is two columns: its text, and `value_number`, the number when
 * it is one. Each table is written to a temporary file, then renamed.
 */
export async function exportParquet(dataset: string, target: string, settings: DuckDBSettings): Promise<ExportCounts> {
  const manifest = path.join(dataset, manifestName)
  const claims = path.join(dataset, claimsFileName)
  await mkdir(target, { recursive: true })
  const duckdb = await openDuckDB(settings)
  // Read in place of the facts files when a dataset has none: a table of no rows, with its columns.
  const empty = path.join(target, '.empty.jsonl')
  await writeFile(empty, '')
  try {
    const count = async (sql: string) => Number((await duckdb.connection.runAndReadAll(sql)).getRowsJS()[0]![0])
    for (const file of [manifest, claims])
      if ((await count(`SELECT count(*) FROM glob(${sqlText(file)})`)) === 0)
        throw new UsageError(`${dataset} is not a dataset: it has no ${path.basename(file)}; write one with \`factline run\``)
    const largest = async (file: string) => Math.min(maximumObjectBytes, (await stat(file)).size + 1)
    const facts = path.join(dataset, '**', `*${outputSuffix}`)
    const records = recordColumns()
    const factFiles = (await count(`SELECT count(*) FROM glob(${sqlText(facts)})`)) > 0 ? facts : empty
    const value = mixedValue('v.value')
    const tables = {
      records: `SELECT ${selectColumns(records)} FROM ${readLines(factFiles, records)}`,
      claims: `SELECT ${selectColumns(claimColumns, {
        values: `list_transform("values", lambda v: struct_pack(value := ${value.text}, value_number := ${value.number}, support := v.support))`
      })} FROM ${readLines(claims, claimColumns, await largest(claims))}`,
      sources: `SELECT source.* FROM (SELECT unnest("sources") AS source FROM read_json(${sqlText(manifest)}, format = 'unstructured', maximum_object_size = ${await largest(manifest)}, columns = {"sources": '${sourceType}[]'}))`
    }
    const counts = { records: 0, claims: 0, sources: 0 }
    for (const [name, sql] of Object.entries(tables) as [keyof ExportCounts, string][])
      counts[name] = await writeTable(duckdb, path.join(target, `${name}.parquet`), sql)
    return counts
  } finally {
    duckdb.close()
    await rm(empty, { force: true })
  }
}

/** DuckDB's reading of JSON-lines files as the given columns; lines of records are far below its default largest object. */
function readLines(files: string, columns: readonly Column[], largest?: number): string {
  const size = largest === undefined ? '' : `, maximum_object_size = ${largest}`
  return `read_json(${sqlText(files)}, format = 'newline_delimited'${size}, columns = ${jsonColumns(columns)})`
}

/** Writes the rows of `sql` to a Parquet file through a temporary one; returns how many. */
async function writeTable(duckdb: DuckDB, file: string, sql: string): Promise<number> {
  const temporary = `${file}.partial`
  const result = await duckdb.connection.run(`COPY (${sql}) TO ${sqlText(temporary)} (FORMAT parquet)`)
  await rename(temporary, file)
  return result.rowsChanged
}
