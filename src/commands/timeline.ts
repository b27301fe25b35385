import path from 'node:path'
import { readDatasetFolder } from '../diff/dataset.js'
import { EvalInputError } from '../eval/input-error.js'
import { writeAtomic } from '../io/write-atomic.js'
import { buildTimeline, type TimelineEntry } from '../timeline/build.js'
import { datasetFolder, defineCommand, parseCommandArgs } from './command.js'

export const timelineCommand = defineCommand({
  name: 'timeline',
  usage: [
    'factline timeline [-o DIR] [--json] [--file FILE]',
    "  -o, --out DIR  the dataset (default: the config's output)",
    '  --json       print the timeline as JSON instead of text',
    '  --file FILE  also write the timeline as JSON to FILE'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      out: { type: 'string', short: 'o' },
      json: { type: 'boolean', default: false },
      file: { type: 'string' }
    })
    const out = await datasetFolder(io.cwd, values)
    let timeline: TimelineEntry[]
    try {
      const dataset = await readDatasetFolder(out, path.relative(io.cwd, out) || '.')
      timeline = buildTimeline([...dataset.values()].flatMap((source) => source.facts))
    } catch (error) {
      if (!(error instanceof EvalInputError)) throw error
      io.stderr.write(`timeline: ${error.message}\n`)
      return 2
    }
    const json = `${JSON.stringify(timeline, null, 2)}\n`
    if (values.file !== undefined) await writeAtomic(path.resolve(io.cwd, values.file), json)
    io.stdout.write(values.json ? json : timeline.map(formatEntry).join(''))
    const mentions = timeline.reduce((sum, entry) => sum + entry.mentions.length, 0)
    if (!values.quiet) io.stderr.write(`timeline: ${timeline.length} happening(s), ${mentions} mention(s)\n`)
    return 0
  }
})

export function formatEntry(entry: TimelineEntry): string {
  const lines = [`${(entry.date ?? 'undated').padEnd(21)} ${entry.type} · ${entry.section}`]
  for (const mention of entry.mentions) {
    const who = mention.participants.length > 0 ? `  ${mention.participants.join(', ')}` : ''
    const where = mention.place ? `  @ ${mention.place}` : ''
    const count = mention.count ? `  count ${mention.count}` : ''
    const cameo = mention.cameo ? `  CAMEO ${mention.cameo}` : ''
    lines.push(`    ${mention.source}:${mention.line} [${mention.lang}] «${mention.quote}»${who}${where}${count}${cameo}`)
  }
  return `${lines.join('\n')}\n`
}
