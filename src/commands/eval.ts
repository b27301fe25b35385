import { evaluateDataset } from '../eval/dataset.js'
import { EvalInputError } from '../eval/input-error.js'
import { goldKinds, isGoldKind } from '../eval/kinds.js'
import { formatDateShares } from '../eval/event-dates.js'
import { formatMisses } from '../eval/misses.js'
import { formatTable } from '../eval/table.js'
import { defineCommand, parseCommandArgs } from './command.js'

export const evalCommand = defineCommand({
  name: 'eval',
  usage: [
    'factline eval --gold DIR [--out DIR] [--sources DIR] [--kind K] [--misses] [--json]',
    '  --gold DIR     folder of <stem>.gold.jsonl files (format: corpus README)',
    '  -o, --out DIR  the dataset (default: output); <stem>.txt|.md.facts.jsonl found anywhere under it',
    "  --sources DIR  root of the sources (default: each record's `source`, from the current folder)",
    `  --kind K       score one kind: ${goldKinds.join(', ')}`,
    '  --misses       list false negatives (missed) and false positives (spurious), file:line',
    '  --json         print the scores as JSON',
    'matching: same line and kind, one gold item to at most one prediction (maximum matching).',
    '  strict: money within 0.5% and same unit; percent within 0.5%; dates the same ISO value;',
    '  names and relative dates the same text, trimmed and case-folded; dated_figure the same value',
    '  (0.5%), unit, date and target; events the same type, and date where the gold has one.',
    '  lenient: strict, or spans overlapping the gold text on its line (events: same type too);',
    '  dated_figure, which has no gold text, only stops asking for the same target.',
    'event dates: of the gold events with a date that a prediction of the same type matches on',
    '  their line, how many it gives that date.',
    "a true positive or false negative counts in its gold line's language, a false positive in its",
    "record's lang. exit 0 with scores, 2 on bad input (the message names the file and line)."
  ].join('\n'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      gold: { type: 'string' },
      out: { type: 'string', short: 'o', default: 'output' },
      sources: { type: 'string' },
      kind: { type: 'string' },
      misses: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }
    })
    if (values.gold === undefined) return usageError(io.stderr, 'expected --gold DIR', this.usage)
    if (values.kind !== undefined && !isGoldKind(values.kind)) {
      return usageError(io.stderr, `expected --kind to be one of ${goldKinds.join(', ')}, found ${values.kind}`, this.usage)
    }
    let evaluation
    try {
      evaluation = await evaluateDataset({ gold: values.gold, out: values.out, sources: values.sources, kind: values.kind, cwd: io.cwd })
    } catch (error) {
      if (!(error instanceof EvalInputError)) throw error
      io.stderr.write(`eval: ${error.message}\n`)
      return 2
    }
    for (const warning of evaluation.warnings) io.stderr.write(`eval: ${warning}\n`)
    if (values.json) {
      const scores = evaluation.eventDates ? { ...evaluation.scores, eventDates: evaluation.eventDates } : evaluation.scores
      const json = values.misses ? { ...scores, misses: evaluation.misses } : scores
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    } else {
      io.stdout.write(formatTable(evaluation.scores))
      if (evaluation.eventDates) io.stdout.write(formatDateShares(evaluation.eventDates))
      if (values.misses) io.stdout.write(`\n${formatMisses(evaluation.misses)}`)
    }
    return 0
  }
})

function usageError(stderr: NodeJS.WritableStream, reason: string, usage: string): number {
  stderr.write(`eval: ${reason}\nusage:\n${usage.replace(/^/gmu, '  ')}\n`)
  return 2
}
