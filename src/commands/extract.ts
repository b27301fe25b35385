import path from 'node:path'
import { VFile } from 'vfile'
import { loadProject } from '../config/load.js'
import { isoDay } from '../config/schema.js'
import { decode, readSource } from '../io/read-source.js'
import { isLang, langs } from '../lang.js'
import { report } from '../report/message.js'
import { processFile } from '../run/process-file.js'
import { defineCommand, parseCommandArgs, UsageError } from './command.js'
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
    if (lang !== 'auto' && !isLang(lang)) throw new UsageError(`expected --lang auto, ${langs.join(' or ')}, found ${lang}`)
    const referenceDate = values['reference-date']
    if (referenceDate !== undefined && !isoDay.safeParse(referenceDate).success) {
      throw new UsageError(`expected --reference-date to be a day such as 2025-10-14, found ${referenceDate}`)
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
      const file =
        input === '-'
          ? await readStdin(io.stdin, config.limits.maxFileBytes)
          : await readSource(path.resolve(io.cwd, input), sourcePath, config.limits.maxFileBytes)
      file.path = input
      const output = await processFile(pipeline, file)
      if (output !== undefined) io.stdout.write(output)
      printMessages([file], io.stderr, io.isTTY)
      failed ||= output === undefined
    }
    return failed ? 1 : 0
  }
})

/** Standard input as a source named `-`, decoded as a file would be. */
async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<VFile> {
  const file = new VFile({ path: '-', data: { sourcePath: '-' } })
  file.value = ''
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    bytes += buffer.length
    if (bytes > maxBytes) {
      report(file, 'read/too-large', { actual: `more than ${maxBytes} bytes, the limit` })
      return file
    }
    chunks.push(buffer)
  }
  const decoded = decode(Buffer.concat(chunks))
  if ('text' in decoded) file.value = decoded.text
  else report(file, decoded.code, { actual: decoded.actual })
  return file
}
