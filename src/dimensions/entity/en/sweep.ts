/**
 * compromise's `bulkMatch` (the sweep of its tagger's patterns over a
 * document), finding the patterns a sentence may match through the words and
 * tags the sentence holds rather than through every word and tag any pattern
 * hooks on: compromise walks its thousands of hooks for each comma-separated
 * piece of each sentence, which costs more than tagging a short sentence.
 * The patterns are tried in compromise's own order and kept by its own tests,
 * so the tags it gives are the same.
 */

/** A compiled pattern of a compromise net (only the fields the sweep reads). */
interface NetMatch {
  readonly match: string
  readonly needs: readonly string[]
  readonly wants: readonly string[]
  readonly minWant: number
  readonly minWords: number
  readonly ifNo?: readonly string[]
}

interface Net {
  readonly hooks: Readonly<Record<string, readonly NetMatch[]>>
  readonly always: readonly NetMatch[]
}

type Pointer = [number, ...unknown[]]

interface SweepMethods {
  readonly one: {
    cacheDoc(document: readonly unknown[][]): ReadonlySet<string>[]
    match(document: readonly unknown[][], pattern: NetMatch): { ptrs: Pointer[] }
  }
}

/** Each net's hooks in compromise's order (the order of `Object.keys`), by key. */
const hookOrders = new WeakMap<object, { readonly rank: ReadonlyMap<string, number>; readonly keys: readonly string[] }>()

function hookOrder(hooks: Net['hooks']): { readonly rank: ReadonlyMap<string, number>; readonly keys: readonly string[] } {
  let order = hookOrders.get(hooks)
  if (!order) {
    const keys = Object.keys(hooks)
    order = { rank: new Map(keys.map((key, index) => [key, index])), keys }
    hookOrders.set(hooks, order)
  }
  return order
}

/** The patterns worth trying on a sentence: hooked on what it holds, in hook order, once each, their needs met. */
function candidates(have: ReadonlySet<string>, net: Net, words: number): NetMatch[] {
  const { rank, keys } = hookOrder(net.hooks)
  const ranks: number[] = []
  for (const item of have) {
    const at = rank.get(item)
    if (at !== undefined) ranks.push(at)
  }
  ranks.sort((left, right) => left - right)
  const seen = new Set<string>()
  const todo: NetMatch[] = []
  for (const at of ranks) {
    for (const pattern of net.hooks[keys[at]!]!) {
      if (seen.has(pattern.match)) continue
      seen.add(pattern.match)
      if (pattern.needs.every((need) => have.has(need)) && !pattern.ifNo?.some((no) => have.has(no)) && hasWants(pattern, have)) todo.push(pattern)
    }
  }
  return [...todo, ...net.always].filter((pattern) => words >= pattern.minWords)
}

function hasWants(pattern: NetMatch, have: ReadonlySet<string>): boolean {
  return pattern.wants.length === 0 || pattern.wants.filter((want) => have.has(want)).length >= pattern.minWant
}

/** Drop-in for compromise's `methods.one.bulkMatch`: the same matches, in the same order. */
export function indexedBulkMatch(document: readonly unknown[][], net: Net, methods: SweepMethods, options: { matchOne?: boolean } = {}): object[] {
  const caches = methods.one.cacheDoc(document)
  const results: object[] = []
  for (let n = 0; n < document.length; n++) {
    for (const pattern of candidates(caches[n]!, net, document[n]!.length)) {
      const found = methods.one.match([document[n]!], pattern)
      if (found.ptrs.length === 0) continue
      for (const pointer of found.ptrs) {
        pointer[0] = n
        results.push({ ...pattern, pointer })
      }
      if (options.matchOne === true) return [results[0]!]
    }
  }
  return results
}
