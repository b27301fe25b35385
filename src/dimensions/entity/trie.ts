import { pieces, type Piece } from './text.js'

interface Node<T> {
  readonly next: Map<string, Node<T>>
  value?: T
}

/**
 * Phrases over folded pieces (case, dash and apostrophe variants alike):
 * finding the longest phrase at a position costs the length of that phrase.
 */
export class PhraseTrie<T> {
  readonly #root: Node<T> = { next: new Map() }
  /** Compare without diacritics ("Phu Thọ" finds "Phú Thọ"). */
  readonly #plain: boolean

  constructor(options: { plain?: boolean } = {}) {
    this.#plain = options.plain === true
  }

  add(phrase: string, value: T): this {
    let node = this.#root
    for (const piece of pieces(phrase)) {
      const key = this.#plain ? piece.plain : piece.key
      let child = node.next.get(key)
      if (!child) {
        child = { next: new Map() }
        node.next.set(key, child)
      }
      node = child
    }
    node.value ??= value
    return this
  }

  /** The longest phrase starting at piece `from`: its value and the piece after it. */
  longest(list: readonly Piece[], from: number): { value: T; to: number } | undefined {
    let node: Node<T> | undefined = this.#root
    let best: { value: T; to: number } | undefined
    for (let index = from; index < list.length && node; index++) {
      node = node.next.get(this.#plain ? list[index]!.plain : list[index]!.key)
      if (node?.value !== undefined) best = { value: node.value, to: index + 1 }
    }
    return best
  }
}

/** A trie of plain phrases, each its own value. */
export function phraseSet(phrases: readonly string[]): PhraseTrie<string> {
  const trie = new PhraseTrie<string>()
  for (const phrase of phrases) trie.add(phrase, phrase)
  return trie
}
