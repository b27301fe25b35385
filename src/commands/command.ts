import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { closest } from '../text/closest.js'

/** A subcommand of `factline`: parses its own arguments, returns the exit code. */
export interface Command {
  readonly name: string
  /** Usage lines shown by `factline NAME --help` and on a usage error. */
  readonly usage: string
  readonly run: (args: readonly string[], io: CommandIO) => Promise<number>
}

/** A command as `factline --help` lists it: its module is loaded only when it runs, so the list costs nothing. */
export interface CommandEntry {
  readonly name: string
  /** One line for `factline --help`. */
  readonly summary: string
  readonly load: () => Promise<Command>
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

/**
 * A mistake in how a command was called (an unknown option, a value it does
 * not take): the message, then the command's usage, exit 2. A path that is
 * not what it should be is a `UsageError` of `errors.ts`: one line.
 */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError'
}

type Options = NonNullable<ParseArgsConfig['options']>

/** Options every command takes. */
const commonOptions = {
  quiet: { type: 'boolean', short: 'q', default: false },
  config: { type: 'string', short: 'c' }
} as const satisfies Options

/**
 * `parseArgs` with the options every command takes (`-q, --quiet`: problems
 * only; `-c, --config FILE`: the config, instead of the one found from the
 * current folder upwards), and an unknown option named with the closest known one.
 */
export function parseCommandArgs<const O extends Options>(args: readonly string[], options: O, allowPositionals = false) {
  const all = { ...commonOptions, ...options }
  try {
    return parseArgs({ args: [...args], options: all, allowPositionals, strict: true })
  } catch (error) {
    if (!(error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) throw error
    const unknown = /^Unknown option '(-{1,2}[^']+)'/u.exec(error.message)?.[1]
    if (unknown === undefined) throw new ArgumentError(error.message.replace(/\. To specify a positional.*$/su, ''))
    const names = Object.keys(all).map((name) => `--${name}`)
    const hint = closest(unknown.replace(/=.*$/su, ''), names)
    throw new ArgumentError(`unknown option ${unknown}${hint ? `; did you mean ${hint}?` : ''}`)
  }
}

/**
 * The dataset a command reads: `--out` from the current folder, else the
 * config's output folder from the project's root (found upwards, so a
 * command run in a subfolder reads the project's dataset).
 */
export async function datasetFolder(
  cwd: string,
  values: { readonly out?: string | undefined; readonly config?: string | undefined }
): Promise<string> {
  if (values.out !== undefined) return path.resolve(cwd, values.out)
  const { loadProject } = await import('../config/load.js')
  const { root, config } = await loadProject(cwd, values.config)
  return path.resolve(root, config.output)
}

/** A whole number of at least `min` from an option's text, or a usage error naming it. */
export function wholeNumber(value: string | undefined, option: string, min: number): number {
  const number = Number(value)
  if (value === undefined || !/^\d+$/u.test(value) || number < min)
    throw new ArgumentError(`expected ${option} to be a whole number of at least ${min}, found ${value ?? 'nothing'}`)
  return number
}
