/**
 * The Parquet export read back by DuckDB: as many rows as the dataset has
 * records, claims and sources, a column for each field of the record's JSON
 * Schema, and values as the JSON lines give them.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { z } from 'zod'
import { afterAll, describe, expect, test } from 'vitest'
import { fact } from '../src/schema/fact.js'
import { claimSchema } from '../src/schema/outputs.js'
import { runCli } from './helpers/cli.js'
import { tempProject } from './helpers/project.js'

const projects: string[] = []
afterAll(() => {
  for (const project of projects) rmSync(project, { recursive: true, force: true })
})

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' })
  const connection = await instance.connect()
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson()
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

function jsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('export --parquet', () => {
  test('should write tables of records, claims and sources that DuckDB reads back, a row for each', async () => {
    const project = tempProject({
      'a.txt':
        'Vietnam and Pakistan signed a trade deal on 8 November 2024. Exports of Vietnam to Pakistan reached $850 million in 2024.\n',
      'vi/b.txt': 'Năm 2024, kim ngạch xuất khẩu của Việt Nam sang Pakistan đạt 850 triệu USD, tăng 20,5% so với năm 2023.\n',
      'bad.txt': ''
    })
    projects.push(project)
    expect((await runCli(project, ['run', '--quiet'])).code).toBe(1)
    const exported = await runCli(project, ['export', '--parquet', 'tables'])
    expect(exported.code, exported.stderr).toBe(0)

    const output = path.join(project, 'output')
    const records = readdirSync(output, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.facts.jsonl'))
      .flatMap((name) => jsonLines(path.join(output, name)))
    const claims = jsonLines(path.join(output, 'claims.jsonl'))
    const manifest = JSON.parse(readFileSync(path.join(output, 'manifest.json'), 'utf8')) as { sources: unknown[] }
    expect(records.length).toBeGreaterThan(5)
    const table = (name: string) => `'${path.join(project, 'tables', `${name}.parquet`)}'`
    const [counts] = await query(
      `SELECT (SELECT count(*) FROM ${table('records')}) AS records, (SELECT count(*) FROM ${table('claims')}) AS claims, (SELECT count(*) FROM ${table('sources')}) AS sources`
    )
    expect(counts).toEqual({ records: String(records.length), claims: String(claims.length), sources: String(manifest.sources.length) })
    expect(exported.stderr).toContain(`export: ${records.length} records, ${claims.length} claims, ${manifest.sources.length} sources`)

    // Every field of the schema is a column; `value` is its text and, for a number, `value_number`.
    const columns = (await query(`DESCRIBE SELECT * FROM ${table('records')}`)).map((row) => row.column_name)
    const fields = new Set(
      (z.toJSONSchema(fact) as { oneOf: { properties: object }[] }).oneOf.flatMap((kind) => Object.keys(kind.properties))
    )
    expect(columns).toEqual(expect.arrayContaining([...fields, 'value_number']))
    const rows = await query(`SELECT id, kind, value, value_number, span.start.offset AS start, quote FROM ${table('records')}`)
    const byId = new Map(rows.map((row) => [row.id, row]))
    for (const record of records) {
      const row = byId.get(record.id)!
      const span = record.span as { start: { offset: number } }
      expect(row.start).toBe(String(span.start.offset))
      expect(row.quote).toBe(record.quote)
      if (typeof record.value === 'number') expect([row.value, row.value_number]).toEqual([String(record.value), record.value])
      else expect([row.value, row.value_number]).toEqual([record.value ?? null, null])
    }
    const money = rows.find((row) => row.value_number === 850_000_000)
    expect(money?.kind).toBe('figure')

    // Claims and sources have a column for each field of their JSON Schemas too.
    const claimColumns = (await query(`DESCRIBE SELECT * FROM ${table('claims')}`)).map((row) => row.column_name)
    expect(claimColumns).toEqual(Object.keys((z.toJSONSchema(claimSchema) as { properties: object }).properties))
    const sourceColumns = (await query(`DESCRIBE SELECT * FROM ${table('sources')}`)).map((row) => row.column_name)
    expect(sourceColumns).toEqual(Object.keys(manifest.sources[0] as object))
    const [figureRow] = await query(
      `SELECT type, unit, subject, period FROM ${table('claims')} WHERE kind = 'figure' AND unit = 'USD' LIMIT 1`
    )
    const figure = claims.find((claim) => claim.kind === 'figure' && claim.unit === 'USD')!
    expect(figureRow).toEqual({ type: figure.type, unit: figure.unit, subject: figure.subject, period: figure.period })

    const [skipped] = await query(`SELECT path, output, skipped, problems[1].ruleId AS code FROM ${table('sources')} WHERE skipped`)
    expect(skipped).toEqual({ path: 'sources/bad.txt', output: null, skipped: true, code: 'read/empty' })
    const supports = await query(`SELECT sum(len(v.support)) AS supports FROM ${table('claims')}, unnest("values") AS t(v)`)
    expect(supports[0]!.supports).toBe(
      String(claims.reduce((sum, claim) => sum + (claim.values as { support: unknown[] }[]).reduce((s, v) => s + v.support.length, 0), 0))
    )
  }, 120_000)

  test('should export a dataset of no records as tables with their columns, and refuse a folder that is no dataset', async () => {
    const project = tempProject({})
    projects.push(project)
    expect((await runCli(project, ['run', '--quiet'])).code).toBe(0)
    expect((await runCli(project, ['export', '--parquet', 'tables'])).code).toBe(0)
    const [row] = await query(`SELECT count(*) AS records FROM '${path.join(project, 'tables', 'records.parquet')}'`)
    expect(row).toEqual({ records: '0' })
    const refused = await runCli(project, ['export', '--parquet', 'tables', '--out', 'sources'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/^export: \S+ is not a dataset: it has no manifest\.json; write one with `factline run`\n$/u)
  }, 60_000)
})
