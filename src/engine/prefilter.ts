import { readFileSync } from 'node:fs'
import { foldText } from './fold.js'
import { requirementOf, type Requirement } from './literals.js'
import type { RegexItem } from './rule.js'

/**
 * Most rules cannot match most texts. Each regex item says what any match of
 * it must contain (`literals.ts`); one pass over a folded text finds which of
 * those literals it holds, through a trie of every literal of the grammar's
 * regexes, and a regex none of whose literals is there answers "no match"
 * without being built or run. Regexes are built at their first use, and V8
 * compiles one at its first run: on a sentence, most are then never built.
 */
export class Prefilter {
  /** The literals each regex needs, as ids into `present`, by key; a key absent here may match any text. */
  readonly #needs = new Map<string, Int32Array>()
  readonly #trie = new Trie()

  constructor(items: Iterable<RegexItem>) {
    const ids = new Map<string, number>()
    for (const item of items) {
      if (this.#needs.has(item.key)) continue
      const literals = requirementOfItem(item)
      if (!literals) continue
      this.#needs.set(
        item.key,
        Int32Array.from(literals, (literal) => {
          let id = ids.get(literal)
          if (id === undefined) {
            ids.set(literal, (id = ids.size))
            this.#trie.insert(literal, id)
          }
          return id
        })
      )
    }
    this.#trie.size = ids.size
  }

  /** What `mayMatch` asks of one text: the literals it holds. */
  scan(text: string): Presence {
    return new Presence(this.#needs, this.#trie.find(foldText(text)))
  }
}

/** The literals one text holds: which regexes may match it. */
export class Presence {
  readonly #needs: ReadonlyMap<string, Int32Array>
  readonly #present: Uint8Array

  constructor(needs: ReadonlyMap<string, Int32Array>, present: Uint8Array) {
    this.#needs = needs
    this.#present = present
  }

  /** False when no match of the regex can be in the text. */
  mayMatch(item: RegexItem): boolean {
    const needs = this.#needs.get(item.key)
    if (!needs) return true
    for (let at = 0; at < needs.length; at++) if (this.#present[needs[at]!] === 1) return true
    return false
  }
}

/** Literals as a trie over UTF-16 units, walked from every offset of a text. */
class Trie {
  readonly #children: Map<number, number>[] = [new Map<number, number>()]
  /** The ids of the literals that end at each node. */
  readonly #ends: (number[] | undefined)[] = [undefined]
  size = 0

  insert(literal: string, id: number): void {
    let node = 0
    for (let at = 0; at < literal.length; at++) {
      const unit = literal.charCodeAt(at)
      let next = this.#children[node]!.get(unit)
      if (next === undefined) {
        next = this.#children.length
        this.#children.push(new Map<number, number>())
        this.#ends.push(undefined)
        this.#children[node]!.set(unit, next)
      }
      node = next
    }
    ;(this.#ends[node] ??= []).push(id)
  }

  /** Which literals occur in `text`, by id. */
  find(text: string): Uint8Array {
    const present = new Uint8Array(this.size)
    const children = this.#children
    const ends = this.#ends
    for (let start = 0; start < text.length; start++) {
      let node: number | undefined = 0
      for (let at = start; at < text.length; at++) {
        node = children[node]!.get(text.charCodeAt(at))
        if (node === undefined) break
        const ending = ends[node]
        if (ending) for (const id of ending) present[id] = 1
      }
    }
    return present
  }
}

/**
 * Requirements worked out when the package was built (`bin/build.js`
 * writes them beside this module, by key), so that a start does not parse
 * every regex; a key missing there, as when the sources run unbuilt, is
 * worked out here.
 */
let built: Map<string, readonly string[] | null> | undefined

function requirementOfItem(item: RegexItem): Requirement {
  built ??= readBuilt()
  const known = built.get(item.key)
  if (known !== undefined) return known ?? undefined
  const requirement = requirementOf(item.source, item.flags)
  built.set(item.key, requirement ?? null)
  return requirement
}

/** The name of the file of built requirements, beside this module. */
export const builtRequirementsFile = 'regex-requirements.json'

function readBuilt(): Map<string, readonly string[] | null> {
  try {
    const table = JSON.parse(readFileSync(new URL(builtRequirementsFile, import.meta.url), 'utf8')) as Record<
      string,
      readonly string[] | null
    >
    return new Map(Object.entries(table))
  } catch {
    return new Map()
  }
}

/** The requirements of `items` by key, as `bin/build.js` writes them. */
export function requirementsOf(items: Iterable<RegexItem>): Record<string, readonly string[] | null> {
  const result: Record<string, readonly string[] | null> = {}
  for (const item of items) result[item.key] ??= requirementOf(item.source, item.flags) ?? null
  return result
}
