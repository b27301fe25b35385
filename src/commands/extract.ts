import { parseArgs } from 'node:util'
import { VFile } from 'vfile'
import { loadConfig } from '../config/load.js'
import { decode } from '../io/read-source.js'
import { isLang } from '../lang.js'
import { dropsFacts } from '../report/codes.js'
import { report } from '../report/message.js'
import { processFile } from '../run/process-file.js'
import { defineCommand } from './command.js'
import { printMessages } from './report-files.js'

export const extractCommand = defineCommand({
  name: 'extract',
  summary: 'read text on standard input, print its fact records as JSON lines',
  usage: 'factline extract --lang en|vi < article.txt',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { lang: { type: 'string' } } })
    if (!values.lang || !isLang(values.lang)) {
      io.stderr.write(`extract: expected --lang en or --lang vi\nusage: ${this.usage}\n`)
      return 2
    }
    const config = await loadConfig(io.cwd)
    const pipeline = (await import('../pipeline.js')).createPipeline({ ...config, languages: [values.lang] })
    const file = new VFile({ path: '-', data: { sourcePath: '-' } })
    const limit = config.limits.maxFileBytes
    const bytes = await readAll(io.stdin, limit)
    const decoded = bytes === undefined ? undefined : decode(bytes)
    if (decoded === undefined) report(file, 'read/too-large', { actual: `more than ${limit} bytes, limit ${limit}` })
    else if ('text' in decoded) file.value = decoded.text
    else report(file, decoded.code, { actual: decoded.actual })
    const output = await processFile(pipeline, file)
    if (output !== undefined) io.stdout.write(output)
    printMessages([file], io.stderr, io.isTTY)
    // Facts dropped at a limit are a failure too: what was printed is not all the text says.
    return output === undefined || file.messages.some((message) => dropsFacts(message.ruleId ?? '')) ? 1 : 0
  }
})

/** The bytes of a stream, or undefined once they pass `limit` (the rest is not read): standard input obeys `limits.maxFileBytes` as a file does. */
async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += bytes.length
    if (size > limit) return undefined
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}
