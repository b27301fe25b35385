import path from 'node:path'
import process from 'node:process'
import { readDatasetFolder } from '../diff/dataset.js'
import { diffDatasets } from '../diff/diff.js'
import { formatMarkdown } from '../diff/format/markdown.js'
import { formatTerminal } from '../diff/format/terminal.js'
import { GitRevisionError, readDatasetAtRevision } from '../diff/git.js'
import { hasChanges } from '../diff/types.js'
import { EvalInputError } from '../eval/input-error.js'
import { datasetFolder, defineCommand, parseCommandArgs, type CommandIO } from './command.js'

const formats = ['terminal', 'markdown', 'json'] as const

export const diffCommand = defineCommand({
  name: 'diff',
  usage: [
    'factline diff OLD NEW                 compare two output folders',
    "factline diff --git REV [-o DIR]      compare the dataset committed at REV with the one in DIR (default: the config's output)",
    'options: --format terminal|markdown|json (default: terminal)',
    'exit: 0 no change, 1 facts added, removed or changed (moves alone do not count), 2 usage error'
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { git: { type: 'string' }, out: { type: 'string', short: 'o' }, format: { type: 'string', default: 'terminal' } },
      true
    )
    const format = formats.find((candidate) => candidate === values.format)
    if (!format) return usageError(io, `expected --format terminal, markdown or json, found ${values.format}`)
    const wanted = values.git === undefined ? 2 : 0
    if (positionals.length !== wanted || (values.git === undefined && values.out !== undefined)) {
      return usageError(
        io,
        values.git === undefined ? 'expected two output folders, OLD and NEW, or --git REV' : 'expected no folder besides --out with --git'
      )
    }
    let diff
    try {
      if (values.git === undefined) {
        const [oldFolder, newFolder] = positionals as [string, string]
        diff = diffDatasets(
          await readDatasetFolder(path.resolve(io.cwd, oldFolder), oldFolder),
          await readDatasetFolder(path.resolve(io.cwd, newFolder), newFolder)
        )
      } else {
        const out = await datasetFolder(io.cwd, values)
        diff = diffDatasets(
          await readDatasetAtRevision(io.cwd, values.git, out),
          await readDatasetFolder(out, path.relative(io.cwd, out) || '.')
        )
      }
    } catch (error) {
      if (error instanceof EvalInputError || error instanceof GitRevisionError) return usageError(io, error.message)
      throw error
    }
    io.stdout.write(
      format === 'json'
        ? `${JSON.stringify(diff, null, 2)}\n`
        : format === 'markdown'
          ? formatMarkdown(diff)
          : formatTerminal(diff, wantsColor(io.stdout))
    )
    return hasChanges(diff) ? 1 : 0
  }
})

function usageError(io: CommandIO, message: string): number {
  io.stderr.write(`diff: ${message}\n`)
  return 2
}

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
function wantsColor(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR
}
