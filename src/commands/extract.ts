import path from 'node:path'
import { loadProject } from '../config/load.js'
import { isoDay } from '../config/schema.js'
import { readSourceBytes, sourceFile, type SourceBytes } from '../io/read-source.js'
import { isLang, langs } from '../lang.js'
import { dropsFacts } from '../messages/codes.js'
import { processFile } from '../run/process-file.js'
import { defineCommand, parseCommandArgs, ArgumentError } from './command.js'
import { printMessages } from './report-files.js'

export const extractCommand = defineCommand({
  name: 'extract',
  usage: [
    'factline extract [FILE...] [--lang auto|en|vi] [--reference-date YYYY-MM-DD]',
    "  FILE...                  texts to read; none, or -, reads standard input; each record's source is the path as given (- for standard input)",
    '  --lang L                 the language of the text; auto (the default) detects it per document and per paragraph, as run does',
    '  --reference-date DAY     the day the text was written, to resolve "last year" and "on Monday" (default: a dateline of the text)',
    'prints the records of each text as JSON lines on standard output, in the order of the files'
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { lang: { type: 'string', short: 'l', default: 'auto' }, 'reference-date': { type: 'string' } },
      true
    )
    const lang = values.lang
    if (lang !== 'auto' && !isLang(lang)) throw new ArgumentError(`expected --lang auto, ${langs.join(' or ')}, found ${lang}`)
    const referenceDate = values['reference-date']
    if (referenceDate !== undefined && !isoDay.safeParse(referenceDate).success) {
      throw new ArgumentError(`expected --reference-date to be a day such as 2025-10-14, found ${referenceDate}`)
    }
    const { config } = await loadProject(io.cwd, values.config)
    const inputs = positionals.length > 0 ? positionals : ['-']
    const sourcePaths = inputs.map((input) => (input === '-' ? '-' : input.split(path.sep).join('/')))
    const pipeline = (await import('../pipeline.js')).createPipeline({
      ...config,
      languages: lang === 'auto' ? config.languages : [lang],
      referenceDates:
        referenceDate === undefined ? config.referenceDates : Object.fromEntries(sourcePaths.map((source) => [source, referenceDate]))
    })
    let failed = false
    for (const [index, input] of inputs.entries()) {
      const sourcePath = sourcePaths[index]!
      const limit = config.limits.maxFileBytes
      const read = input === '-' ? await readStdin(io.stdin, limit) : await readSourceBytes(path.resolve(io.cwd, input), limit)
      const file = sourceFile(input, sourcePath, read)
      const output = await processFile(pipeline, file)
      if (output !== undefined) io.stdout.write(output)
      await printMessages([file], io.stderr, io.isTTY)
      // Facts dropped at a limit are a failure too: what was printed is not all the text says.
      failed ||= output === undefined || file.messages.some((message) => dropsFacts(message.ruleId ?? ''))
    }
    return failed ? 1 : 0
  }
})

/** The bytes of standard input, read as a file's are: beyond `limits.maxFileBytes` the rest is not read, and the text is skipped. */
async function readStdin(stream: NodeJS.ReadableStream, limit: number): Promise<SourceBytes> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += bytes.length
    if (size > limit) return { code: 'read/too-large', actual: `more than ${limit} bytes, limit ${limit}`, size }
    chunks.push(bytes)
  }
  return { bytes: Buffer.concat(chunks) }
}
