import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config/load.js'
import { runPipeline, type RunInput } from '../run/run.js'
import { defineCommand } from './command.js'
import { printMessages } from './report-files.js'

export const runCommand = defineCommand({
  name: 'run',
  summary: 'extract facts from the sources into the dataset (or --check that it is up to date)',
  usage: [
    'factline run                      read the configured sources/, write output/',
    'factline run DIR... --out OUT     read other folders (recursively, .txt and .md), write OUT',
    'factline run --check              write nothing; exit 1 and name every file a run would change'
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { out: { type: 'string' }, check: { type: 'boolean', default: false } },
      allowPositionals: true
    })
    const config = await loadConfig(io.cwd)
    const inputs: RunInput[] =
      positionals.length > 0
        ? positionals.map((folder) => ({ root: path.resolve(io.cwd, folder), sourcePrefix: '' }))
        : [{ root: path.resolve(io.cwd, config.sources), sourcePrefix: `${toPosix(config.sources).replace(/\/+$/u, '')}/` }]
    const out = path.resolve(io.cwd, values.out ?? config.output)
    const result = await runPipeline({ inputs, out, config, check: values.check ?? false })

    printMessages(result.files, io.stderr, io.isTTY)
    const skipped = result.sources.filter((source) => source.skipped).length
    const facts = result.sources.reduce(
      (sum, source) => sum + Object.values(source.facts).reduce((a, b) => a + b, 0),
      0
    )
    if (values.check) {
      for (const file of result.changed) io.stderr.write(`would change: ${toPosix(path.relative(io.cwd, path.join(out, file)))}\n`)
      io.stderr.write(
        result.changed.length === 0
          ? `check: ${toPosix(path.relative(io.cwd, out)) || '.'} is up to date\n`
          : `check: ${result.changed.length} file(s) out of date; run \`npx factline run\`\n`
      )
      return result.changed.length > 0 || result.failed ? 1 : 0
    }
    io.stderr.write(
      `run: ${result.sources.length} source(s), ${facts} fact(s), ${skipped} skipped, ${result.changed.length} file(s) changed\n`
    )
    return result.failed ? 1 : 0
  }
})

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
