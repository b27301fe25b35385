/**
 * compromise's `bulkMatch` (the sweep of its tagger's patterns over a
 * document), finding the patterns a sentence may match through the words and
 * tags the sentence holds rather than through every word and tag any pattern
 * hooks on: compromise walks its thousands of hooks for each comma-separated
 * piece of each sentence, which costs more than tagging a short sentence.
 * The patterns are tried in compromise's own order and kept by its own tests,
 * so the tags it gives are the same.
 */

/** A compiled pattern of a compromise net (only the fields the sweep reads, and the tags it gives). */
export interface NetMatch {
  readonly match: string
  readonly needs: readonly string[]
  readonly wants: readonly string[]
  readonly minWant: number
  readonly minWords: number
  readonly ifNo?: readonly string[]
  readonly tag?: unknown
}

export interface Net {
  readonly hooks: Readonly<Record<string, readonly NetMatch[]>>
  readonly always: readonly NetMatch[]
}

type Pointer = [number, ...unknown[]]

export interface SweepMethods {
  readonly one: {
    cacheDoc(document: readonly unknown[][]): ReadonlySet<string>[]
    match(document: readonly unknown[][], pattern: NetMatch): { ptrs: Pointer[] }
  }
}

/** A pattern of a net with where compromise's own sweep would place it: for each key it hooks on, the key's rank and its place under the key. */
interface Placed {
  readonly pattern: NetMatch
  readonly places: readonly { readonly key: string; readonly rank: number; readonly index: number }[]
}

/**
 * A net's patterns indexed for lookup by what a sentence holds: a pattern
 * with needs under its rarest need (a sentence lacking it cannot match),
 * one without under each of its wants.
 */
interface Index {
  readonly byNeed: ReadonlyMap<string, readonly Placed[]>
  readonly byWant: ReadonlyMap<string, readonly Placed[]>
}

const indexes = new WeakMap<object, Index>()

function indexOf(net: Net): Index {
  let index = indexes.get(net.hooks)
  if (index) return index
  const keys = Object.keys(net.hooks)
  const placed = new Map<NetMatch, { pattern: NetMatch; places: Placed['places'][number][] }>()
  keys.forEach((key, rank) => {
    net.hooks[key]!.forEach((pattern, at) => {
      let entry = placed.get(pattern)
      if (!entry) placed.set(pattern, (entry = { pattern, places: [] }))
      entry.places.push({ key, rank, index: at })
    })
  })
  const byNeed = new Map<string, Placed[]>()
  const byWant = new Map<string, Placed[]>()
  const file = (map: Map<string, Placed[]>, key: string, entry: Placed) => void (map.get(key) ?? map.set(key, []).get(key)!).push(entry)
  for (const entry of placed.values()) {
    const { needs, wants } = entry.pattern
    if (needs.length > 0)
      file(
        byNeed,
        needs.reduce((rarest, need) => (net.hooks[need]!.length < net.hooks[rarest]!.length ? need : rarest)),
        entry
      )
    else for (const want of new Set(wants)) file(byWant, want, entry)
  }
  index = { byNeed, byWant }
  indexes.set(net.hooks, index)
  return index
}

/**
 * The patterns worth trying on a sentence, as compromise's sweep lists them:
 * its needs met, none of its exclusions there, enough of its wants, and
 * ordered as the concatenation of the hooks the sentence holds, in hook order.
 */
export function candidates(have: ReadonlySet<string>, net: Net, words: number): NetMatch[] {
  const todo: { pattern: NetMatch; rank: number; index: number }[] = []
  for (const { pattern, places } of hookedPatterns(have, net)) {
    if (!fits(pattern, have, words)) continue
    // Where compromise's concatenation meets the pattern first: under the first of its keys (in hook order) the sentence holds.
    const first = places.find((place) => have.has(place.key))!
    todo.push({ pattern, rank: first.rank, index: first.index })
  }
  todo.sort((left, right) => left.rank - right.rank || left.index - right.index)
  const found = todo.map((entry) => entry.pattern)
  for (const pattern of net.always) if (words >= pattern.minWords) found.push(pattern)
  return found
}

/** Is any pattern of the net worth trying on a sentence (see `candidates`)? */
export function hasCandidate(have: ReadonlySet<string>, net: Net, words: number): boolean {
  for (const { pattern } of hookedPatterns(have, net)) if (fits(pattern, have, words)) return true
  return net.always.some((pattern) => words >= pattern.minWords)
}

/** The patterns hooked on something the sentence holds, each once. */
function hookedPatterns(have: ReadonlySet<string>, net: Net): Set<Placed> {
  const { byNeed, byWant } = indexOf(net)
  const found = new Set<Placed>()
  for (const item of have) {
    const needing = byNeed.get(item)
    if (needing) for (const entry of needing) found.add(entry)
    const wanting = byWant.get(item)
    if (wanting) for (const entry of wanting) found.add(entry)
  }
  return found
}

/** Are a pattern's needs met, none of its exclusions there, enough of its wants, and the sentence long enough? */
function fits(pattern: NetMatch, have: ReadonlySet<string>, words: number): boolean {
  if (words < pattern.minWords) return false
  for (const need of pattern.needs) if (!have.has(need)) return false
  if (pattern.ifNo) for (const no of pattern.ifNo) if (have.has(no)) return false
  if (pattern.wants.length === 0) return true
  let wanted = 0
  for (const want of pattern.wants) if (have.has(want)) wanted++
  return wanted >= pattern.minWant
}

/** Drop-in for compromise's `methods.one.bulkMatch`: the same matches, in the same order. */
export function indexedBulkMatch(
  document: readonly unknown[][],
  net: Net,
  methods: SweepMethods,
  options: { matchOne?: boolean } = {}
): object[] {
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
