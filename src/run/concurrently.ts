/**
 * Calls `work` on every item with at most `limit` calls in flight: file
 * reads of many small sources overlap instead of waiting on each other,
 * without opening thousands of files at once.
 */
export async function concurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
}
