import { alternation } from '../../engine/alternation.js'
import type { Lang } from '../../lang.js'
import { byLanguage } from '../../languages/index.js'
import { followsLetterOrDigit, nextCodePoint } from '../../text/bounds.js'
import type { SubjectGrammar } from './types.js'

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
  // Where a match may start is checked apart (`followsLetterOrDigit`): without a leading assertion the regex engine skips ahead to its first characters.
  return new RegExp(`${source}(?![\\p{L}\\p{N}])`, 'giu')
}

function compile(grammar: SubjectGrammar): CompiledRule[] {
  return grammar.rules.map((rule) => ({ regex: compileRule(rule.pattern, grammar.words), subject: rule.subject }))
}

const compiled: Readonly<Record<Lang, readonly CompiledRule[]>> = byLanguage((words) => compile(words.subject))

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
      const next = nextCodePoint(text, match.index)
      if (followsLetterOrDigit(text, match.index)) {
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
