import { parseArgs } from 'node:util'
import { VFile } from 'vfile'
import { loadConfig } from '../config/load.js'
import { decode } from '../io/read-source.js'
import { isLang } from '../lang.js'
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
    const decoded = decode(await readAll(io.stdin))
    if ('text' in decoded) file.value = decoded.text
    else report(file, decoded.code, { actual: decoded.actual })
    const output = await processFile(pipeline, file)
    if (output !== undefined) io.stdout.write(output)
    printMessages([file], io.stderr, io.isTTY)
    return output === undefined ? 1 : 0
  }
})

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
