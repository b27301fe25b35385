// Preloaded into each command the start-up bench times (`node --import`): at exit, the process's own
// CPU time (every thread) and the time since it started go to the file named by FACTLINE_USAGE_FILE.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const cpu = process.cpuUsage()
  writeFileSync(process.env.FACTLINE_USAGE_FILE, JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6, uptime: process.uptime() }))
})
