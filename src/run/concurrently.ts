import { sequenceOf } from '../io/sequence.js'

/**
 * Calls `work` on every item with at most `limit` calls in flight: file
 * reads of many small sources overlap instead of waiting on each other,
 * without opening thousands of files at once. Items are taken one at a time
 * as calls end, so an async source of items (a walk) is read no faster than
 * it is worked through. After a call fails no new call starts, and the
 * failure is thrown once the calls in flight have ended.
 */
export async function concurrently<T>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  const iterator = sequenceOf(items)
  let failed = false
  const lane = async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      try {
        await work(next.value)
      } catch (error) {
        failed = true
        throw error
      }
      if (failed) return
    }
  }
  // Every lane ends before a failure is thrown: a caller that cleans up on failure (removes the files a run staged) must not do it while another call is still writing one.
  const ended = await Promise.allSettled(Array.from({ length: limit }, lane))
  const failure = ended.find((lane): lane is PromiseRejectedResult => lane.status === 'rejected')
  if (failure) throw failure.reason
}
