import { spawn } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from './project.js'

export interface BinResult {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs `factline ARGS` as a child process in `cwd`, as a person would from a shell. */
export function runBin(
  cwd: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}
): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'factline.js'), ...args], {
      cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
    child.stdin.end(options.stdin ?? '')
  })
}
