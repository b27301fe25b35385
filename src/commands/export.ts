import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config/load.js'
import { ExportError, exportParquet } from '../export/parquet.js'
import { defineCommand } from './command.js'
import { usageError } from './steps.js'

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'write the dataset as Parquet tables of records, claims and sources, for SQL',
  usage: [
    'factline export --parquet DIR [--out DATASET]   (default: the configured output folder)',
    'writes DIR/records.parquet, DIR/claims.parquet and DIR/sources.parquet; options: --memory SIZE (default 1GB)'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: { parquet: { type: 'string' }, out: { type: 'string' }, memory: { type: 'string', default: '1GB' } }
    })
    const target = values.parquet
    if (target === undefined) return usageError('export', io, 'expected --parquet DIR')
    const dataset = path.resolve(io.cwd, values.out ?? (await loadConfig(io.cwd)).output)
    try {
      const counts = await exportParquet(dataset, path.resolve(io.cwd, target), {
        threads: availableParallelism(),
        memory: values.memory,
        spill: tmpdir()
      })
      io.stderr.write(`export: ${counts.records} records, ${counts.claims} claims, ${counts.sources} sources: ${target}\n`)
      return 0
    } catch (error) {
      if (!(error instanceof ExportError)) throw error
      io.stderr.write(`export: ${error.message}\n`)
      return 1
    }
  }
})
