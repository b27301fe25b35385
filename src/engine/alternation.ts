import { readFileSync } from 'node:fs'

export interface AlternationOptions {
  /**
   * True when the pattern goes only into regexes without the `i` flag, so
   * that "Floods" and "floods" never match the same text: a list of words
   * written with and without their capital then keeps a trie's shape. By
   * default the pattern may go under `i`, and such a list stays flat.
   */
  readonly caseSensitive?: boolean
}

/**
 * A regex alternation of words that matches what `longest|long|lo` matches,
 * in the same order of preference (the longest word first), but shaped as a
 * trie: `lo(?:ng(?:est)?)?`. The regex engine then reads a shared beginning
 * once instead of once per word, which makes a list of hundreds of names (the
 * holidays, the currencies) scan a text several times faster. A space in a
 * word matches any blanks (`\s+`).
 */
export function alternation(words: Iterable<string>, { caseSensitive = false }: AlternationOptions = {}): string {
  const list = [...words]
  const key = `${list.length}${caseSensitive ? casedMark : ''}\u0000${list.join('\u0000')}`
  known ??= readKnown()
  let pattern = known.get(key)
  if (pattern === undefined) {
    pattern = trieShaped(list, caseSensitive)
    made.set(key, pattern)
  }
  return pattern
}

/** What the key of a case-sensitive list holds after its count of words. */
export const casedMark = ' cased'

function trieShaped(list: readonly string[], caseSensitive: boolean): string {
  const root = new TrieNode()
  for (const word of list) root.insert(unitsOf(word))
  // Two branches that can match the same text (under the `i` flag "May" and "may"; a blank and
  // a no-break space) would let the first win even if shorter, and so would blanks followed by a
  // blank, whose greedy `\s+` takes the blank the longer word needs: such lists keep the flat form.
  return root.mayPreferShorter(caseSensitive ? blankOf : foldOf) ? flat(list) : root.pattern()
}

/**
 * Patterns worked out when the package was built, by their words: the rules
 * and the link stage build about 250 of them as their modules load, which
 * took a tenth of a start's CPU time. `bin/build.js` writes the ones made
 * while the pipeline loads (`madeAlternations`) beside this module; a list
 * missing there, as when the sources run unbuilt, is built here.
 */
let known: ReadonlyMap<string, string> | undefined
/** The patterns this process built, by their words. */
const made = new Map<string, string>()

/** The name of the file of built patterns, beside this module. */
export const builtAlternationsFile = 'alternations.json'

function readKnown(): ReadonlyMap<string, string> {
  try {
    return new Map(
      Object.entries(JSON.parse(readFileSync(new URL(builtAlternationsFile, import.meta.url), 'utf8')) as Record<string, string>)
    )
  } catch {
    return new Map()
  }
}

/** The patterns this process built, by their words, as `bin/build.js` writes them. */
export function madeAlternations(): Record<string, string> {
  return Object.fromEntries(made)
}

/** The words one after another, longest first. */
function flat(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => unitsOf(word).join(''))
    .join('|')
}

const blanks = String.raw`\s+`

/** Characters a regex reads as syntax, escaped in a word. */
const special = new Set('.*+?^${}()|[]\\')

/** A word as regex units: a character escaped, or a space as any blanks. */
function unitsOf(word: string): string[] {
  const units: string[] = []
  for (const character of word) units.push(character === ' ' ? blanks : special.has(character) ? `\\${character}` : character)
  return units
}

/** A unit that matches a blank: any blanks, or one blank character (a no-break space). */
function isBlank(unit: string): boolean {
  return unit === blanks || (unit.length === 1 && /\s/u.test(unit))
}

/**
 * A unit as the `i` flag compares it, for every unit of every list: most
 * units are one of a few hundred characters, and folding each anew was most
 * of the time these lists took to build when the rules load.
 */
const folded = new Map<string, string>()

function foldOf(unit: string): string {
  let key = folded.get(unit)
  if (key === undefined) folded.set(unit, (key = isBlank(unit) ? blanks : unit.toUpperCase().toLowerCase()))
  return key
}

/** A unit as a regex without the `i` flag compares it: blanks alike, every other unit itself. */
function blankOf(unit: string): string {
  return isBlank(unit) ? blanks : unit
}

class TrieNode {
  readonly children = new Map<string, TrieNode>()
  /** A word ends here. */
  terminal = false

  insert(units: readonly string[]): void {
    // The walk starts at this node and moves down it, one unit a step.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let node: TrieNode = this
    for (const unit of units) {
      let child = node.children.get(unit)
      if (!child) {
        child = new TrieNode()
        node.children.set(unit, child)
      }
      node = child
    }
    node.terminal = true
  }

  /** Could the trie's form match a shorter word where the flat form matches a longer one, units compared as `keyOf` says? */
  mayPreferShorter(keyOf: (unit: string) => string): boolean {
    // A node of one branch, as most are, cannot hold two that match alike.
    const keys = this.children.size > 1 ? new Set<string>() : undefined
    for (const [unit, child] of this.children) {
      if (keys) {
        const key = keyOf(unit)
        if (keys.has(key)) return true
        keys.add(key)
      }
      if (unit === blanks) for (const next of child.children.keys()) if (isBlank(next)) return true
    }
    for (const child of this.children.values()) if (child.mayPreferShorter(keyOf)) return true
    return false
  }

  /**
   * Branches start with different units, so at most one can go on at any
   * place; trying the branches before stopping here makes the longest word
   * win, as it does in the flat form.
   */
  pattern(): string {
    if (this.children.size === 0) return ''
    let branches = ''
    for (const [unit, child] of this.children) branches += (branches === '' ? '' : '|') + unit + child.pattern()
    if (this.terminal) return `(?:${branches})?`
    return this.children.size === 1 ? branches : `(?:${branches})`
  }
}
