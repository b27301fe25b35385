const letterOrDigit = /[\p{L}\p{N}]/u

/** Does a letter or a digit stand just before `index` (a whole code point, surrogate pairs read as one)? */
export function followsLetterOrDigit(text: string, index: number): boolean {
  return index > 0 && letterOrDigit.test(codePointBefore(text, index))
}

/** The whole code point that ends just before `index` (`index` > 0): a low surrogate is read with its high one. */
export function codePointBefore(text: string, index: number): string {
  const before = text.codePointAt(index - 1)!
  return String.fromCodePoint(before >= 0xdc00 && before <= 0xdfff && index >= 2 ? text.codePointAt(index - 2)! : before)
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
