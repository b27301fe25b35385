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
  readonly #trie: Trie

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
          if (id === undefined) ids.set(literal, (id = ids.size))
          return id
        })
      )
    }
    this.#trie = new Trie([...ids.keys()])
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

/**
 * UTF-16 units below this are read through the table of a trie: ASCII, the
 * Latin letters of Vietnamese (up to U+1EF9) and the general punctuation
 * (dashes, quotes).
 */
const tableUnits = 0x2070

/**
 * Literals as a trie over UTF-16 units, walked from every offset of a text.
 * A node's children by a unit below `tableUnits` are read from one flat
 * table (node × column of the unit, 0 for none: the root is no one's child),
 * its columns the units the literals hold, which spares a map look-up per
 * unit on the walk that every text takes; the other units go through a map
 * per node.
 */
class Trie {
  /** The column of each unit below `tableUnits` in the table, -1 for one no literal holds. */
  readonly #columns = new Int32Array(tableUnits).fill(-1)
  readonly #width: number
  /** Two bytes a node where the nodes fit, as the rules' do: half the memory of four. */
  #table: Uint16Array | Int32Array
  /** Children by the other units, for the nodes that have some. */
  readonly #wide: (Map<number, number> | undefined)[] = [undefined]
  /** The ids of the literals that end at each node. */
  readonly #ends: (number[] | undefined)[] = [undefined]
  /** How many literals there are: the length of what `find` gives. */
  readonly #size: number

  /** A trie of `literals`, each known by its index. */
  constructor(literals: readonly string[]) {
    let width = 0
    let nodes = 1
    for (const literal of literals) {
      nodes += literal.length
      for (let at = 0; at < literal.length; at++) {
        const unit = literal.charCodeAt(at)
        if (unit < tableUnits && this.#columns[unit] === -1) this.#columns[unit] = width++
      }
    }
    this.#width = width
    // As many rows as units in the literals, no fewer than the nodes made, then cut to those.
    this.#table = nodes <= 0xffff ? new Uint16Array(nodes * width) : new Int32Array(nodes * width)
    this.#size = literals.length
    for (const [id, literal] of literals.entries()) this.#insert(literal, id)
    this.#table = this.#table.slice(0, this.#ends.length * width)
  }

  #insert(literal: string, id: number): void {
    let node = 0
    for (let at = 0; at < literal.length; at++) {
      const unit = literal.charCodeAt(at)
      const column = unit < tableUnits ? this.#columns[unit]! : -1
      let next = column === -1 ? (this.#wide[node]?.get(unit) ?? 0) : this.#table[node * this.#width + column]!
      if (next === 0) {
        next = this.#ends.length
        this.#ends.push(undefined)
        this.#wide.push(undefined)
        if (column === -1) (this.#wide[node] ??= new Map<number, number>()).set(unit, next)
        else this.#table[node * this.#width + column] = next
      }
      node = next
    }
    ;(this.#ends[node] ??= []).push(id)
  }

  /** Which literals occur in `text`, by id. */
  find(text: string): Uint8Array {
    const present = new Uint8Array(this.#size)
    const columns = this.#columns
    const width = this.#width
    const table = this.#table
    const wide = this.#wide
    const ends = this.#ends
    for (let start = 0; start < text.length; start++) {
      let node = 0
      for (let at = start; at < text.length; at++) {
        const unit = text.charCodeAt(at)
        if (unit < tableUnits) {
          const column = columns[unit]!
          node = column === -1 ? 0 : table[node * width + column]!
        } else node = wide[node]?.get(unit) ?? 0
        if (node === 0) break
        const ending = ends[node]
        if (ending !== undefined) for (let index = 0; index < ending.length; index++) present[ending[index]!] = 1
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
