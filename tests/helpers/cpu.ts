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

/**
 * The least CPU times of two pieces of work measured in turns, so that a busy
 * spell (other processes competing for the cores and their caches, this
 * one's collector and compiler threads) weighs on both alike rather than on
 * whichever ran during it.
 */
export function leastCpuMsInTurns(first: () => void, second: () => void, times = 5): [number, number] {
  let leastFirst = Number.POSITIVE_INFINITY
  let leastSecond = Number.POSITIVE_INFINITY
  for (let index = 0; index < times; index++) {
    leastFirst = Math.min(leastFirst, cpuMs(first))
    leastSecond = Math.min(leastSecond, cpuMs(second))
  }
  return [leastFirst, leastSecond]
}
