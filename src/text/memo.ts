/**
 * A function of one word, remembered: the words of news repeat (a
 * Vietnamese text is made of a few thousand syllables), and folding a word
 * through Unicode normalization costs far more than looking it up. The
 * memory is bounded: past `limit` words it starts again empty.
 */
export function memoized(compute: (word: string) => string, limit = 50_000): (word: string) => string {
  const known = new Map<string, string>()
  return (word) => {
    let result = known.get(word)
    if (result === undefined) {
      if (known.size >= limit) known.clear()
      result = compute(word)
      known.set(word, result)
    }
    return result
  }
}
