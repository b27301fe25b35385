import process from 'node:process'
import { ConfigError } from './config/load.js'
import { commands } from './commands/index.js'
import type { CommandIO } from './commands/command.js'

/** argv → command; nothing else happens here. */
async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv
  const io: CommandIO = {
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stderr.isTTY === true
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (!command || args.includes('--help')) {
    const help = command
      ? `usage:\n${indent(command.usage)}\n`
      : `usage: factline <command> [options]\n\ncommands:\n${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}\n`
    ;(command || name === undefined || name === '--help' ? io.stdout : io.stderr).write(help)
    return command || name === undefined || name === '--help' ? 0 : 2
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (
      error instanceof ConfigError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr.write(`${error.message}\nusage:\n${indent(command.usage)}\n`)
      return 2
    }
    throw error
  }
}

function indent(text: string): string {
  return text.replace(/^/gmu, '  ')
}

process.exitCode = await main(process.argv.slice(2))
