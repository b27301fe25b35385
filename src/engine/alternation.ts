/**
 * A regex alternation of words that matches what `longest|long|lo` matches,
 * in the same order of preference (the longest word first), but shaped as a
 * trie: `lo(?:ng(?:est)?)?`. The regex engine then reads a shared beginning
 * once instead of once per word, which makes a list of hundreds of names (the
 * holidays, the currencies) scan a text several times faster. A space in a
 * word matches any blanks (`\s+`).
 */
export function alternation(words: Iterable<string>): string {
  const list = [...words]
  const root = new TrieNode()
  for (const word of list) root.insert(unitsOf(word))
  // Two branches that can match the same text (under the `i` flag "May" and "may"; a blank and
  // a no-break space) would let the first win even if shorter, and so would blanks followed by a
  // blank, whose greedy `\s+` takes the blank the longer word needs: such lists keep the flat form.
  return root.mayPreferShorter() ? flat(list) : root.pattern()
}

/** The words one after another, longest first. */
function flat(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => unitsOf(word).join(''))
    .join('|')
}

const blanks = String.raw`\s+`

/** A word as regex units: a character escaped, or a space as any blanks. */
function unitsOf(word: string): string[] {
  return [...word].map((character) => (character === ' ' ? blanks : character.replace(/[.*+?^${}()|[\]\\]/u, '\\$&')))
}

/** A unit that matches a blank: any blanks, or one blank character (a no-break space). */
function isBlank(unit: string): boolean {
  return unit === blanks || /^\s$/u.test(unit)
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

  /** Could the trie's form match a shorter word where the flat form matches a longer one? */
  mayPreferShorter(): boolean {
    const keys = new Set<string>()
    for (const [unit, child] of this.children) {
      const key = isBlank(unit) ? blanks : unit.toUpperCase().toLowerCase()
      if (keys.has(key)) return true
      keys.add(key)
      if (unit === blanks && [...child.children.keys()].some(isBlank)) return true
    }
    return [...this.children.values()].some((child) => child.mayPreferShorter())
  }

  /**
   * Branches start with different units, so at most one can go on at any
   * place; trying the branches before stopping here makes the longest word
   * win, as it does in the flat form.
   */
  pattern(): string {
    const branches = [...this.children].map(([unit, child]) => unit + child.pattern())
    if (branches.length === 0) return ''
    if (this.terminal) return `(?:${branches.join('|')})?`
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
  }
}
