import { ConfigError } from '../config/error.js'
import { describeFailure } from '../errors.js'
import { ArgumentError, type Command, type CommandIO } from './command.js'

/**
 * Runs a command and turns what a person can act on into a line and an exit
 * code: a bad argument (with the command's usage after it), a config that
 * does not load or validate, a path that is not what it should be, a full
 * disk. Anything else is a bug, and its stack trace is worth seeing.
 */
export async function invoke(command: Command, args: readonly string[], io: CommandIO): Promise<number> {
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof ArgumentError) {
      io.stderr.write(`${command.name}: ${error.message}\nusage:\n${indent(command.usage)}\n`)
      return 2
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`)
      return 2
    }
    const failure = describeFailure(command.name, error, io.cwd)
    if (!failure) throw error
    io.stderr.write(`${failure.line}\n`)
    return failure.exitCode
  }
}

export function indent(text: string): string {
  return text.replace(/^/gmu, '  ')
}
