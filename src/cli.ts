import process from 'node:process'
import { commands } from './commands/index.js'
import { endQuietlyOnClosedPipe, processIO, startCommand } from './commands/start.js'
import { closest } from './text/closest.js'
import { toolVersion } from './version.js'

/** argv → command; nothing else happens here. Only the command that runs is loaded. */
async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv
  const io = processIO()
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
  return startCommand(await entry.load(), args, io)
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

endQuietlyOnClosedPipe()
process.exitCode = await main(process.argv.slice(2))
