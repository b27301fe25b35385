/**
 * Case folding for the prefilter: one function applied to both a text and the
 * literals a regex requires, so that a literal the regex matches under its `i`
 * flag (Unicode simple case folding) is found in the folded text. It may join
 * characters the regex keeps apart (that only lets a regex run that finds
 * nothing), never part two the regex joins, for the characters `foldsExactly`
 * accepts: a literal character of an `i` regex that it refuses is not used.
 */
const folded = new Map<number, string>()

/** The folded form of one code point: what its upper case lowers to, where the upper case is one character. */
export function foldCodePoint(codePoint: number): string {
  if (codePoint < 0x80) return String.fromCharCode(codePoint >= 0x41 && codePoint <= 0x5a ? codePoint + 0x20 : codePoint)
  let result = folded.get(codePoint)
  if (result === undefined) {
    const character = String.fromCodePoint(codePoint)
    const upper = character.toUpperCase()
    result = (isOneCodePoint(upper) ? upper : character).toLowerCase()
    folded.set(codePoint, result)
  }
  return result
}

/**
 * Does every character the `i` flag matches with this one fold alike? True
 * for a character whose upper case and folded form are one character each
 * ("ſ", "K" and "k" all fold to "k"; "ß", whose upper case is "SS", is
 * refused). The tests check it against the regex engine for every character
 * the rules' literals use.
 */
export function foldsExactly(codePoint: number): boolean {
  return isOneCodePoint(String.fromCodePoint(codePoint).toUpperCase()) && isOneCodePoint(foldCodePoint(codePoint))
}

/** A text folded code point by code point: a literal found in the text is found, folded, in it. */
export function foldText(text: string): string {
  let ascii = true
  for (let at = 0; at < text.length; at++) {
    if (text.charCodeAt(at) >= 0x80) {
      ascii = false
      break
    }
  }
  if (ascii) return text.toLowerCase()
  let result = ''
  for (const character of text) result += foldCodePoint(character.codePointAt(0)!)
  return result
}

function isOneCodePoint(text: string): boolean {
  return text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff)
}
