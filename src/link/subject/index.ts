import { alternation } from '../../dimensions/numeral/helpers.js'
import type { Lang } from '../../lang.js'
import { grammar as en } from './en.js'
import type { SubjectGrammar } from './types.js'
import { grammar as vi } from './vi.js'

/** Stands for a named place or organization in the text rules read: `⟦0⟧` is the first name. */
export const slotOpen = '⟦'
export const slotClose = '⟧'
/** Stands for the figure whose subject is sought. */
export const figureMark = '⟪⟫'

/** A word of the text, never a slot or the figure: blanks and non-blanks alternate, so it is linear. */
const word = '[^\\s⟦⟧⟪⟫]+'

interface CompiledRule {
  readonly regex: RegExp
  readonly subject: (names: { readonly a: string; readonly b: string }) => string
}

/** Turns a rule's pattern (see `SubjectRule`) into a regex. */
function compileRule(pattern: string, words: SubjectGrammar['words']): RegExp {
  const source = pattern
    .replace(/ \?/gu, '\\s*')
    .replace(/ /gu, '\\s+')
    .replace(/<([^<>]+)>/gu, (_all, name: string) => {
      if (name === 'A') return `${slotOpen}(?<a>\\d+)${slotClose}`
      if (name === 'B') return `${slotOpen}(?<b>\\d+)${slotClose}`
      if (name === 'F') return figureMark
      if (name === 'w*') return `(?:${word}\\s+){0,4}`
      if (name === "'s") return "['’]s?"
      const list = words[name]
      if (!list) throw new Error(`Unexpected word list \`${name}\` in subject pattern \`${pattern}\`, expected one of the grammar's lists`)
      return `(?:${alternation(list)})`
    })
  // Where a match may start is checked apart (`startsWord`): without a leading assertion the regex engine skips ahead to its first characters.
  return new RegExp(`${source}(?![\\p{L}\\p{N}])`, 'giu')
}

const letterOrDigit = /[\p{L}\p{N}]/u

/** Does `index` start a word: no letter or digit just before it? */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true
  const before = text.codePointAt(index - 1)!
  // A low surrogate before: read the whole code point.
  const previous = before >= 0xdc00 && before <= 0xdfff && index >= 2 ? text.codePointAt(index - 2)! : before
  return !letterOrDigit.test(String.fromCodePoint(previous))
}

function compile(grammar: SubjectGrammar): CompiledRule[] {
  return grammar.rules.map((rule) => ({ regex: compileRule(rule.pattern, grammar.words), subject: rule.subject }))
}

const compiled: Readonly<Record<Lang, readonly CompiledRule[]>> = { en: compile(en), vi: compile(vi) }

/** A subject phrase found in an abstracted text. */
export interface SubjectMatch {
  readonly start: number
  readonly end: number
  readonly subject: string
}

/**
 * Subject phrases of `text` (names replaced by slots, see `slotOpen`), read
 * like a lexer: left to right, the first rule that matches at a place wins
 * and the text it covers is not read again. `names[i]` is the name of slot i.
 */
export function findSubjects(text: string, names: readonly string[], lang: Lang): SubjectMatch[] {
  const candidates: (SubjectMatch & { readonly rank: number })[] = []
  compiled[lang].forEach((rule, rank) => {
    const { regex } = rule
    regex.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = regex.exec(text)) !== null) {
      const next = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1)
      if (!startsWord(text, match.index)) {
        // As the assertion would: look again one character on.
        regex.lastIndex = next
        continue
      }
      if (match[0].length === 0) regex.lastIndex = next
      const a = nameOf(match.groups?.a, names)
      const b = nameOf(match.groups?.b, names)
      // The same name on both sides ("trade between Vietnam and Vietnam") is no flow.
      if (a !== undefined && a === b) continue
      const subject = rule.subject({ a: a ?? '', b: b ?? '' })
      candidates.push({ start: match.index, end: match.index + match[0].length, subject, rank })
    }
  })
  candidates.sort((x, y) => x.start - y.start || x.rank - y.rank)
  const chosen: SubjectMatch[] = []
  for (const candidate of candidates) {
    const last = chosen.at(-1)
    if (last && candidate.start < last.end) continue
    chosen.push({ start: candidate.start, end: candidate.end, subject: candidate.subject })
  }
  return chosen
}

function nameOf(slot: string | undefined, names: readonly string[]): string | undefined {
  return slot === undefined ? undefined : names[Number(slot)]
}
