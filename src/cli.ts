import process from 'node:process'
import { commands } from './commands/index.js'
import { indent, invoke } from './commands/invoke.js'
import type { CommandIO } from './commands/command.js'
import { closest } from './text/closest.js'
import { toolVersion } from './version.js'

/** argv → command; nothing else happens here. Only the command that runs is loaded. */
async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv
  const io: CommandIO = {
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stderr.isTTY === true
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${toolVersion}\n`)
    return 0
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(generalHelp())
    return 0
  }
  const entry = commands.find((candidate) => candidate.name === name)
  if (!entry) {
    const hint = closest(name, commands.map((command) => command.name).concat('--help', '--version'))
    io.stderr.write(`factline: unknown command ${name}${hint ? `; did you mean ${hint}?` : ''}\n(factline --help lists the commands)\n`)
    return 2
  }
  const command = await entry.load()
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`usage:\n${indent(command.usage)}\n`)
    return 0
  }
  return invoke(command, args, io)
}

function generalHelp(): string {
  return [
    'usage: factline <command> [options]',
    '',
    'commands:',
    ...commands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`),
    '',
    'options of every command: -h, --help (its usage), -q, --quiet (problems only)',
    'factline -v, --version    print the version',
    ''
  ].join('\n')
}

// A reader that stops early (`factline claims --all | head -1`) closes the pipe: nothing is left to say, and nothing is wrong.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(0)
})
process.exitCode = await main(process.argv.slice(2))
