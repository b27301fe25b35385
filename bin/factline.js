#!/usr/bin/env node
// Runs the compiled JavaScript of dist/ (built at `npm ci`). In a checkout, dist/ is rebuilt first
// when src/ changed since it was built, so an edit never runs stale. `extract` starts from the startup
// snapshot the build made (bin/snapshot.js) when there is one for this code and this Node.
import { fileURLToPath } from 'node:url'
import { ensureBuilt } from './build.js'
import { usableSnapshot } from './snapshot.js'

await ensureBuilt()
const blob = process.argv[2] === 'extract' ? usableSnapshot(fileURLToPath(new URL('../dist', import.meta.url))) : undefined
if (blob === undefined) await import('../dist/cli.js')
else {
  const { spawn } = await import('node:child_process')
  // The same arguments after the bin's path, so the snapshot's entry reads them where the command line has them.
  const child = spawn(process.execPath, ['--snapshot-blob', blob, ...process.argv.slice(1)], { stdio: 'inherit' })
  // A signal sent to this process alone reaches the child too, which never outlives it.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP']
  for (const signal of signals) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    throw error
  })
  child.on('exit', (code, signal) => {
    if (signal === null) process.exitCode = code ?? 1
    else {
      // Ended as the child was.
      for (const name of signals) process.removeAllListeners(name)
      process.kill(process.pid, signal)
    }
  })
}
