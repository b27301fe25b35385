// Preloaded into each command the start-up bench times (`node --import`): at exit, the CPU time of the process
// (every thread) and of the child processes it waited for (`extract` runs in one started from the startup
// snapshot), and the time since it started, go to the file named by FACTLINE_USAGE_FILE.
import { readFileSync, writeFileSync } from 'node:fs'

/** CPU seconds of the children waited for: fields 16 and 17 of /proc/self/stat, in clock ticks (100 a second on Linux). */
function childrenCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return 0
  }
}

process.on('exit', () => {
  const cpu = process.cpuUsage()
  writeFileSync(
    process.env.FACTLINE_USAGE_FILE,
    JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6 + childrenCpuSeconds(), uptime: process.uptime() })
  )
})
