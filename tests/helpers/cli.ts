import { spawn } from 'node:child_process'
import path from 'node:path'
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
  const entry = commands.find((candidate) => candidate.name === name)
  if (!entry) throw new Error(`no command ${name}`)
  return runCommand(await entry.load(), cwd, args, stdin)
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

/** The real command: `bin/factline.js ARGS` in a process of its own, in `cwd`. */
export const bin = path.resolve(import.meta.dirname, '../../bin/factline.js')

/** Spawns the real `factline` (or the bin of another checkout) with `argv` in `cwd`, `stdin` on its standard input. */
export function spawnCli(
  cwd: string,
  argv: readonly string[],
  { stdin = '', env = {}, bin: command = bin }: { stdin?: string; env?: Record<string, string>; bin?: string } = {}
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command, ...argv], { cwd, env: { ...process.env, ...env } })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') })
    )
    child.stdin.end(stdin)
  })
}

function collect() {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}
