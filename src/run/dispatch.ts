/** Somewhere tasks run: this thread, or a pool of worker threads. */
export interface Lane<T, R> {
  /** Tasks it runs at once. */
  readonly capacity: number
  readonly run: (task: T) => Promise<R>
}

/**
 * Hands each task to the first lane with room, in the order the tasks came.
 * A task that finds no room waits in one queue for all lanes, not in the
 * queue of one lane, so whichever lane frees up first takes it: at the end of
 * a batch no lane is left with a backlog while another has nothing to do.
 */
export function dispatcher<T, R>(lanes: readonly Lane<T, R>[]): (task: T) => Promise<R> {
  const waiting: { task: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = []
  const running = lanes.map(() => 0)
  const pump = () => {
    lanes.forEach((lane, index) => {
      while (running[index]! < lane.capacity && waiting.length > 0) {
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
      waiting.push({ task, resolve, reject })
      pump()
    })
}
