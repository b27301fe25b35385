/**
 * Merges sequences each sorted by `compare` into one sorted sequence, holding
 * one item of each. Items that compare equal come in the order of their
 * sequences, so a sort by pieces merged this way is stable.
 */
export async function* mergeSorted<T>(sequences: readonly AsyncIterable<T>[], compare: (a: T, b: T) => number): AsyncGenerator<T> {
  const heads: { item: T; rank: number; rest: AsyncIterator<T> }[] = []
  const before = (a: (typeof heads)[number], b: (typeof heads)[number]) => (compare(a.item, b.item) || a.rank - b.rank) < 0
  const push = (head: (typeof heads)[number]) => {
    heads.push(head)
    for (let at = heads.length - 1; at > 0;) {
      const parent = (at - 1) >> 1
      if (!before(heads[at]!, heads[parent]!)) break
      ;[heads[at], heads[parent]] = [heads[parent]!, heads[at]!]
      at = parent
    }
  }
  const pop = () => {
    const top = heads[0]!
    const last = heads.pop()!
    if (heads.length > 0) {
      heads[0] = last
      for (let at = 0; ;) {
        const left = 2 * at + 1
        const right = left + 1
        let least = at
        if (left < heads.length && before(heads[left]!, heads[least]!)) least = left
        if (right < heads.length && before(heads[right]!, heads[least]!)) least = right
        if (least === at) break
        ;[heads[at], heads[least]] = [heads[least]!, heads[at]!]
        at = least
      }
    }
    return top
  }

  for (const [rank, sequence] of sequences.entries()) {
    const rest = sequence[Symbol.asyncIterator]()
    const first = await rest.next()
    if (!first.done) push({ item: first.value, rank, rest })
  }
  while (heads.length > 0) {
    const head = pop()
    yield head.item
    const next = await head.rest.next()
    if (!next.done) push({ item: next.value, rank: head.rank, rest: head.rest })
  }
}
