/** The items of a list or of an async source, as one async sequence: its `next` calls are queued, so callers sharing it each get their own item. */
export async function* sequenceOf<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  yield* items
}
