/**
 * V8 runs a regex first in its interpreter, on bytecode it compiles for it,
 * and compiles it again to machine code once it has run (`--regexp-tier-up`).
 * For the rules' expressions, with their Unicode classes (`\p{L}`, each a
 * long list of ranges in bytecode) and long word lists, the bytecode costs
 * about twice what the machine code does to build: of the CPU that compiling
 * and scanning every English rule regex over the development articles takes,
 * two thirds. V8 compiles straight to machine code a regex whose first run
 * reads a string of `longSubject` characters or more (a long run would be
 * slow interpreted), and a regex once compiled so is never interpreted again,
 * for either width of string. Setting V8's flag instead would do it for the
 * whole process, and a flag changed once V8 runs may crash it.
 */
const longSubject = 1000

const padding = ' '.repeat(longSubject)

/**
 * A regex of `source` and `flags` (which hold `g` or `y`), compiled to
 * machine code for strings of the width of `text`, the one it is built to
 * read first. A text that long is compiled so by V8 itself; a shorter one is
 * followed by blanks, which keep its width (a string joined from one in two
 * bytes a character is in two bytes too), and the regex runs once at the end
 * of that string, so that it compiles and reads nothing.
 */
export function nativeRegex(source: string, flags: string, text: string): RegExp {
  const regex = new RegExp(source, flags)
  if (text.length < longSubject) {
    const subject = text + padding
    regex.lastIndex = subject.length
    regex.exec(subject)
    regex.lastIndex = 0
  }
  return regex
}
