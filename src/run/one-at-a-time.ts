/**
 * `work` run on one task at a time, in the order asked, whatever the number
 * of callers awaiting it: the thread that extracts a source holds one parse,
 * not one per source in flight. A task that fails does not stop the next.
 */
export function oneAtATime<T, R>(work: (task: T) => Promise<R>): (task: T) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve()
  return (task) => {
    const result = last.then(() => work(task))
    last = result.catch(() => undefined)
    return result
  }
}
