import { sequenceOf } from '../io/sequence.js'

/**
 * Calls `work` on every item with at most `limit` calls in flight: file
 * reads of many small sources overlap instead of waiting on each other,
 * without opening thousands of files at once. Items are taken one at a time
 * as calls end, so an async source of items (a walk) is read no faster than
 * it is worked through.
 */
export async function concurrently<T>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  const iterator = sequenceOf(items)
  const lane = async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) await work(next.value)
  }
  await Promise.all(Array.from({ length: limit }, lane))
}
