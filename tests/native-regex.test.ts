/**
 * `nativeRegex` runs a regex once before its caller does, so that V8
 * compiles it straight to machine code: the regex must then match exactly as
 * one built plainly, on texts of either width of string, short or long, and
 * V8 must indeed build no bytecode for it.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { nativeRegex } from '../src/engine/native-regex.js'

const runs = Number(process.env.FUZZ_RUNS ?? 60)

/** Every match of a global or sticky regex from the start of `text`, as exec gives them in turn. */
function allMatches(regex: RegExp, text: string): [number, string][] {
  const found: [number, string][] = []
  regex.lastIndex = 0
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    found.push([match.index, match[0]])
    if (match[0].length === 0) regex.lastIndex++
  }
  return found
}

// Expressions that match at the very end of a string (empty, or looking behind), that look ahead past it, and word lists.
const expressions: [string, string][] = [
  [String.raw`\d+(?:[.,]\d+)?\s*(?:percent|%)`, 'iu'],
  [String.raw`x*`, 'u'],
  [String.raw`(?<=\p{L})`, 'u'],
  [String.raw`\p{Lu}\p{L}+(?= (?:said|told)\b)`, 'u'],
  [String.raw`(?:tháng|năm|ngày)\s+\d+`, 'iu'],
  [String.raw`(?:Typhoon|Storm) \p{Lu}\p{L}+|flood(?:s|ing)?`, 'u'],
  [String.raw`\s+$`, 'u']
]

// ASCII, Latin-1 and wider characters, so that texts come in both of V8's widths of string.
const character = fc.constantFrom(...'ab Zx1 .,%é’ạĐ\u00a0\n', 'Storm', 'Typhoon Yagi', 'floods', '12 percent', 'tháng 3', 'said')
const text = fc.oneof(
  fc.array(character, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(character, { minLength: 400, maxLength: 600 }).map((parts) => parts.join(''))
)

describe('nativeRegex', () => {
  test.each(expressions)('should match /%s/%s as a regex built plainly, from any first text', (source, flags) => {
    fc.assert(
      fc.property(text, text, fc.constantFrom('g', 'y'), (first, other, mode) => {
        const regex = nativeRegex(source, `${mode}${flags}`, first)
        expect(regex.lastIndex).toBe(0)
        const plain = new RegExp(source, `${mode}${flags}`)
        for (const subject of [first, other]) expect(allMatches(regex, subject)).toEqual(allMatches(plain, subject))
      }),
      { numRuns: runs }
    )
  })

  test('should leave V8 no bytecode to build, where a regex built plainly has it built at its first run', () => {
    // V8 says on standard output each regex it compiles to bytecode; the runs differ only in the regexes they build.
    const bytecodes = (build: string) => {
      const script = `const { nativeRegex } = await import(${JSON.stringify(path.resolve('src/engine/native-regex.ts'))})
        for (const word of ['alpha', 'beta', 'gamma', 'delta', 'epsilon']) {
          const regex = ${build}
          for (const text of ['an alpha’s beta', 'gamma and delta ’', 'epsilon’']) { regex.lastIndex = 0; regex.exec(text) }
        }`
      const trace = execFileSync(process.execPath, ['--trace-regexp-tier-up', '--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8'
      })
      return trace.split('\n').filter((line) => line.includes('bytecode size')).length
    }
    // Twice: the first run may compile the module into the loader's cache, with regexes of its own.
    const none = [1, 2].map(() => bytecodes(`({ lastIndex: 0, exec: () => null })`))[1]!
    expect(bytecodes(`new RegExp('(?:' + word + ')+', 'gu')`)).toBe(none + 5)
    expect(bytecodes(`nativeRegex('(?:' + word + ')+', 'gu', 'an alpha’s beta')`)).toBe(none)
  })
})
