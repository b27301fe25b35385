/** A subcommand of `factline`: parses its own arguments, returns the exit code. */
export interface Command {
  readonly name: string
  /** One line for `factline --help`. */
  readonly summary: string
  /** Usage lines shown by `factline NAME --help` and on a usage error. */
  readonly usage: string
  readonly run: (args: readonly string[], io: CommandIO) => Promise<number>
}

/** Where a command reads and writes, so tests can run commands in memory. */
export interface CommandIO {
  readonly cwd: string
  readonly stdin: NodeJS.ReadableStream
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
  /** True when stderr is a terminal (progress bars, colours). */
  readonly isTTY: boolean
}

export function defineCommand(command: Command): Command {
  return command
}
