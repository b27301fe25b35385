import path from 'node:path'
import { readClaims } from '../claims/serialize.js'
import { loadProject } from '../config/load.js'
import { readDatasetFolder } from '../diff/dataset.js'
import { GitRevisionError, readDatasetAtRevision } from '../diff/git.js'
import { EvalInputError } from '../eval/input-error.js'
import { writeAtomic } from '../io/write-atomic.js'
import { buildReportModel, renderReport } from '../report/index.js'
import { sourceFileResolver, type ReportModel } from '../report/model.js'
import { ArgumentError, defineCommand, parseCommandArgs } from './command.js'

export const reportCommand = defineCommand({
  name: 'report',
  usage: [
    'factline report [-o DIR] [--sources DIR] [--diff OLD | --diff-git REV] [--file FILE]',
    "  -o, --out DIR   the dataset (default: the config's output)",
    "  --sources DIR   where the source texts are (default: the paths the dataset names, from the project's folder; only .txt and .md files inside the config's sources are read)",
    '  --diff OLD      mark the facts added, removed and changed since the dataset in OLD',
    '  --diff-git REV  the same against the dataset committed at REV',
    '  --file FILE     the page to write (default: report.html in the dataset folder)',
    'exit: 0 written, 2 when the texts of the dataset cannot be found (give --sources) or on a usage error'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      out: { type: 'string', short: 'o' },
      sources: { type: 'string' },
      diff: { type: 'string' },
      'diff-git': { type: 'string' },
      file: { type: 'string' }
    })
    if (values.diff !== undefined && values['diff-git'] !== undefined) throw new ArgumentError('expected --diff or --diff-git, not both')
    const { root, config } = await loadProject(io.cwd, values.config)
    const out = values.out === undefined ? path.resolve(root, config.output) : path.resolve(io.cwd, values.out)
    const sources = values.sources === undefined ? undefined : path.resolve(io.cwd, values.sources)
    let model: ReportModel
    try {
      const dataset = await readDatasetFolder(out, path.relative(io.cwd, out) || '.')
      const old =
        values.diff !== undefined
          ? { dataset: await readDatasetFolder(path.resolve(io.cwd, values.diff), values.diff), name: values.diff }
          : values['diff-git'] !== undefined
            ? { dataset: await readDatasetAtRevision(io.cwd, values['diff-git'], out), name: values['diff-git'] }
            : undefined
      const claims = await readClaims(out)
      model = await buildReportModel({
        dataset,
        sourceFile: sourceFileResolver(root, sources, config.sources),
        ...(old ? { old } : {}),
        ...(claims ? { claims } : {})
      })
    } catch (error) {
      if (!(error instanceof EvalInputError || error instanceof GitRevisionError)) throw error
      io.stderr.write(`report: ${error.message}\n`)
      return 2
    }
    // A page without the texts shows no fact where it stands: not a review.
    const missing = model.sources.filter((source) => source.diff?.status !== 'removed' && 'missing' in source.text && source.text.missing)
    if (missing.length > 0) {
      const first = missing[0]!.text as { problem: string }
      io.stderr.write(
        `report: the texts of ${missing.length} of ${model.sources.length} source(s) cannot be found (${missing[0]!.path}: ${first.problem}); give --sources DIR, the folder the dataset was made from\n`
      )
      return 2
    }
    for (const source of model.sources) {
      if ('changed' in source.text && source.text.changed) {
        io.stderr.write(
          `report: ${source.path} changed since the dataset was written; run \`npx --no-install factline run\` to see its facts where they stand\n`
        )
      }
    }
    const file = values.file === undefined ? path.join(out, 'report.html') : path.resolve(io.cwd, values.file)
    await writeAtomic(file, await renderReport(model))
    if (!values.quiet) io.stderr.write(`report: wrote ${path.relative(io.cwd, file) || file}\n`)
    return 0
  }
})
