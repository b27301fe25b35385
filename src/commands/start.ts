import process from 'node:process'
import type { Command, CommandIO } from './command.js'
import { indent, invoke } from './invoke.js'

/** The process's own streams and folder, as a command of the command line reads and writes them. */
export function processIO(): CommandIO {
  return {
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stderr.isTTY === true
  }
}

/** Runs a command of the command line: its usage for `--help` or `-h`, else the command itself. */
export function startCommand(command: Command, args: readonly string[], io: CommandIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`usage:\n${indent(command.usage)}\n`)
    return Promise.resolve(0)
  }
  return invoke(command, args, io)
}

/** A reader that stops early (`factline claims --all | head -1`) closes the pipe: nothing is left to say, and nothing is wrong. */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(0)
  })
}
