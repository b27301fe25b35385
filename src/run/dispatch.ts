/** Somewhere tasks run: this thread, or a pool of worker threads. */
export interface Lane<T, R> {
  /** Tasks it runs at once. */
  readonly capacity: number
  readonly run: (task: T) => Promise<R>
  /**
   * How large the batch must have grown (the weight of all tasks handed to
   * the dispatcher so far) before the lane takes any: a lane that is costly
   * to start (worker threads, which load the rules anew) is left unstarted by
   * a batch too small to repay it. Once open, it stays open.
   */
  readonly opensAt?: number
}

/**
 * Hands each task to the first lane with room, in the order the tasks came;
 * `weigh` tells what a task adds to the batch (one by default).
 * A task that finds no room waits in one queue for all lanes, not in the
 * queue of one lane, so whichever lane frees up first takes it: at the end of
 * a batch no lane is left with a backlog while another has nothing to do.
 */
export function dispatcher<T, R>(lanes: readonly Lane<T, R>[], weigh: (task: T) => number = () => 1): (task: T) => Promise<R> {
  const waiting: { task: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = []
  const running = lanes.map(() => 0)
  const open = lanes.map((lane) => (lane.opensAt ?? 0) <= 0)
  let batch = 0
  const pump = () => {
    lanes.forEach((lane, index) => {
      open[index] ||= batch >= (lane.opensAt ?? 0)
      while (open[index] && running[index]! < lane.capacity && waiting.length > 0) {
        const { task, resolve, reject } = waiting.shift()!
        running[index]!++
        lane
          .run(task)
          .then(resolve, reject)
          .finally(() => {
            running[index]!--
            pump()
          })
      }
    })
  }
  return (task) =>
    new Promise<R>((resolve, reject) => {
      batch += weigh(task)
      waiting.push({ task, resolve, reject })
      pump()
    })
}
