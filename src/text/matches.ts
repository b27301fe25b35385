import { nextCodePoint } from './bounds.js'

/**
 * Every match of a global regex in `text`, as `text.matchAll(regex)` gives
 * them, read with the regex itself. `matchAll` clones its regex, and a clone
 * is compiled anew whenever a garbage collection has emptied V8's cache of
 * compiled regexes: a list of a thousand names then costs milliseconds of
 * compiling on every call. The regex's `lastIndex` is left at 0.
 */
export function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`Unexpected regex /${regex.source}/${regex.flags} without the \`g\` flag, expected \`g\``)
  const found: RegExpExecArray[] = []
  regex.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = regex.exec(text)) !== null) {
    found.push(match)
    // As `matchAll` does: an empty match moves on by one character, a code point under the `u` or `v` flag.
    if (match[0] === '') regex.lastIndex = /[uv]/u.test(regex.flags) ? nextCodePoint(text, regex.lastIndex) : regex.lastIndex + 1
  }
  return found
}
