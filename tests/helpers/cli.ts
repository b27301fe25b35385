import { PassThrough, Readable } from 'node:stream'
import type { Command } from '../../src/commands/command.js'
import { commands } from '../../src/commands/index.js'
import { invoke } from '../../src/commands/invoke.js'

export interface CliResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs a factline command in this process, as `npx factline NAME ARGS` would in `cwd`. */
export async function runCli(cwd: string, argv: readonly string[], stdin = ''): Promise<CliResult> {
  const [name, ...args] = argv
  const command = commands.find((candidate) => candidate.name === name)
  if (!command) throw new Error(`no command ${name}`)
  return runCommand(command, cwd, args, stdin)
}

/** Runs one command, registered or not, as `runCli` does. */
export async function runCommand(command: Command, cwd: string, args: readonly string[], stdin = ''): Promise<CliResult> {
  const stdout = collect()
  const stderr = collect()
  const code = await invoke(command, args, {
    cwd,
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    isTTY: false
  })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

function collect() {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}
