import process from 'node:process'
import { commands } from './commands/index.js'
import { invoke } from './commands/invoke.js'
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
  return invoke(command, args, io)
}

function indent(text: string): string {
  return text.replace(/^/gmu, '  ')
}

// A reader that stops early (`factline claims --all | head -1`) closes the pipe: nothing is left to say, and nothing is wrong.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(0)
})
process.exitCode = await main(process.argv.slice(2))
