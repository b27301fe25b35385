/**
 * Items numbered 0, 1, 2… that arrive in any order, passed on to `emit` in
 * the order of their numbers: an item that comes before those ahead of it is
 * held until they came, and only such items are held.
 */
export function inOrder<T>(emit: (item: T) => void): (index: number, item: T) => void {
  const early = new Map<number, T>()
  let next = 0
  return (index, item) => {
    early.set(index, item)
    while (early.has(next)) {
      const held = early.get(next) as T
      early.delete(next++)
      emit(held)
    }
  }
}
