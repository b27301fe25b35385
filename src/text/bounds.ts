const letterOrDigit = /[\p{L}\p{N}]/u

/** Does a letter or a digit stand just before `index` (a whole code point, surrogate pairs read as one)? */
export function followsLetterOrDigit(text: string, index: number): boolean {
  if (index === 0) return false
  const before = text.codePointAt(index - 1)!
  const previous = before >= 0xdc00 && before <= 0xdfff && index >= 2 ? text.codePointAt(index - 2)! : before
  return letterOrDigit.test(String.fromCodePoint(previous))
}

/** Does a letter or a digit start at `index`? */
export function startsLetterOrDigit(text: string, index: number): boolean {
  const codePoint = text.codePointAt(index)
  return codePoint !== undefined && letterOrDigit.test(String.fromCodePoint(codePoint))
}

/** The index of the code point after the one at `index`. */
export function nextCodePoint(text: string, index: number): number {
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1)
}
