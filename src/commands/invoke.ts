import { ConfigError } from '../config/load.js'
import { describeFailure } from '../errors.js'
import type { Command, CommandIO } from './command.js'

/**
 * Runs a command and turns what a person can act on into a line and an exit
 * code: a config that does not load or validate, a bad argument, a path that
 * is not what it should be, a full disk. Anything else is a bug, and its
 * stack trace is worth seeing.
 */
export async function invoke(command: Command, args: readonly string[], io: CommandIO): Promise<number> {
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`)
      return 2
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${error.message}\nusage:\n${command.usage.replace(/^/gmu, '  ')}\n`)
      return 2
    }
    const failure = describeFailure(command.name, error, io.cwd)
    if (!failure) throw error
    io.stderr.write(`${failure.line}\n`)
    return failure.exitCode
  }
}
