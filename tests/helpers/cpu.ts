/**
 * What a piece of work costs this process in CPU milliseconds (user and
 * system), not in wall time: other work on a loaded machine stretches the
 * wall clock many times over, but hardly the CPU time a parse needs. The
 * bounds these tests set are against runaway backtracking (seconds or
 * hours), not a measure of speed: `npm run bench` measures that.
 */
export function cpuMs(run: () => void): number {
  const before = process.cpuUsage()
  run()
  const { user, system } = process.cpuUsage(before)
  return (user + system) / 1000
}

/** The least CPU time of several runs: the collector and the compiler only ever add to it. */
export function leastCpuMs(run: () => void, times = 3): number {
  let least = Number.POSITIVE_INFINITY
  for (let index = 0; index < times; index++) least = Math.min(least, cpuMs(run))
  return least
}
