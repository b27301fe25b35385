import path from 'node:path'
import { parseArgs } from 'node:util'
import { readClaims } from '../claims/serialize.js'
import { loadConfig } from '../config/load.js'
import { readDatasetFolder } from '../diff/dataset.js'
import { GitRevisionError, readDatasetAtRevision } from '../diff/git.js'
import { EvalInputError } from '../eval/input-error.js'
import { writeAtomic } from '../io/write-atomic.js'
import { renderReport } from '../report/html/index.js'
import { sourceFileResolver } from '../report/html/model.js'
import { defineCommand } from './command.js'

export const reportCommand = defineCommand({
  name: 'report',
  summary: 'write a static HTML page to review the dataset, with --diff the changes against an older one',
  usage: [
    'factline report [--out DIR] [--sources DIR] [--diff OLD | --diff-git REV] [--file report.html]',
    '  --out DIR       the dataset (default: output)',
    '  --sources DIR   where the source texts are (default: the paths the dataset names, from here)',
    '  --diff OLD      mark the facts added, removed and changed since the dataset in OLD',
    '  --diff-git REV  the same against the dataset committed at REV',
    '  --file FILE     the page to write (default: report.html)'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string' },
        sources: { type: 'string' },
        diff: { type: 'string' },
        'diff-git': { type: 'string' },
        file: { type: 'string', default: 'report.html' }
      }
    })
    if (values.diff !== undefined && values['diff-git'] !== undefined) {
      io.stderr.write('report: expected --diff or --diff-git, not both\n')
      return 2
    }
    const config = await loadConfig(io.cwd)
    const outFolder = values.out ?? config.output
    const out = path.resolve(io.cwd, outFolder)
    let html: string
    try {
      const dataset = await readDatasetFolder(out, outFolder)
      const old =
        values.diff !== undefined
          ? { dataset: await readDatasetFolder(path.resolve(io.cwd, values.diff), values.diff), name: values.diff }
          : values['diff-git'] !== undefined
            ? { dataset: await readDatasetAtRevision(io.cwd, values['diff-git'], out), name: values['diff-git'] }
            : undefined
      const claims = await readClaims(out)
      html = await renderReport({
        dataset,
        sourceFile: sourceFileResolver(io.cwd, values.sources, config.sources),
        ...(old ? { old } : {}),
        ...(claims ? { claims } : {})
      })
    } catch (error) {
      if (!(error instanceof EvalInputError || error instanceof GitRevisionError)) throw error
      io.stderr.write(`report: ${error.message}\n`)
      return 2
    }
    const file = path.resolve(io.cwd, values.file ?? 'report.html')
    await writeAtomic(file, html)
    io.stderr.write(`report: wrote ${path.relative(io.cwd, file) || file}\n`)
    return 0
  }
})
