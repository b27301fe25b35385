import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { shown } from '../errors.js'
import { exportParquet } from '../export/parquet.js'
import { ArgumentError, datasetFolder, defineCommand, parseCommandArgs } from './command.js'

export const exportCommand = defineCommand({
  name: 'export',
  usage: [
    'factline export --parquet DIR [-o DATASET]',
    'writes DIR/records.parquet, DIR/claims.parquet and DIR/sources.parquet',
    'options:',
    "  -o, --out DIR        the dataset (default: the config's output)",
    '  --memory SIZE        what DuckDB holds before it spills to disk (default 1GB)',
    '  -q, --quiet          no summary: problems only',
    '  -c, --config FILE    the config (default: pipeline.config.* from here upwards)'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      parquet: { type: 'string' },
      out: { type: 'string', short: 'o' },
      memory: { type: 'string', default: '1GB' }
    })
    if (values.parquet === undefined) throw new ArgumentError('expected --parquet DIR')
    const target = path.resolve(io.cwd, values.parquet)
    const dataset = await datasetFolder(io.cwd, values)
    const counts = await exportParquet(dataset, target, { threads: availableParallelism(), memory: values.memory, spill: tmpdir() })
    if (!values.quiet)
      io.stderr.write(`export: ${counts.records} records, ${counts.claims} claims, ${counts.sources} sources: ${shown(target, io.cwd)}\n`)
    return 0
  }
})
