import type { Lang } from '../lang.js'
import { codePointBefore, nextCodePoint } from '../text/bounds.js'
import { nativeRegex } from './native-regex.js'

/**
 * The value type of each dimension. Empty here: every dimension declares its
 * own entry next to its code (`dimensions/<name>/types.ts`) by augmenting this
 * interface, so a dimension name is a key of it and never a free string.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation, never used empty
export interface DimensionValues {}

export type DimensionName = keyof DimensionValues

/** What a rule produced, on the block's (normalized) text. */
export interface Token<D extends DimensionName = DimensionName> {
  readonly kind: 'token'
  readonly dimension: D
  /** Offsets into the text the rules ran on, end exclusive. */
  readonly start: number
  readonly end: number
  readonly value: DimensionValues[D]
  /** A weak reading (a bare number, a lone year): a building block, never a fact by itself. */
  readonly latent: boolean
  /** `dimension/lang/rule-name`, to say which rule produced it. */
  readonly rule: string
}

/** A regular expression item of a pattern. */
export interface RegexItem {
  readonly kind: 'regex'
  /**
   * The first match that starts at or after `from`, bounded so that it never
   * ends inside a word; where it starts is checked by `startsAtBound`. Without
   * a leading assertion the regex engine can skip ahead to its first
   * characters, which makes scanning many times faster.
   */
  find(text: string, from: number): RegExpExecArray | null
  /** The match that starts exactly at `at`, with bounds at both ends. */
  matchAt(text: string, at: number): RegExpExecArray | null
  /** The same for items built from the same expression: rules that open alike share one scan of a text. */
  readonly key: string
  /** The expression without its bounds, and its flags (`u` or `iu`): what the prefilter reads a requirement from. */
  readonly source: string
  readonly flags: string
}

/** An item of a pattern that matches a token an earlier rule produced. */
export interface DimensionItem<D extends DimensionName = DimensionName> {
  readonly kind: 'dimension'
  readonly dimension: D
  /**
   * Method syntax on purpose: parameters of methods are bivariant, so an item
   * testing money tokens still fits a pattern typed over every dimension.
   */
  test?(token: Token<D>): boolean
}

export type PatternItem = RegexItem | DimensionItem

/** What a regex item matched. */
export interface RegexMatch {
  readonly kind: 'regex'
  readonly start: number
  readonly end: number
  readonly text: string
  /** Capture groups by position (1-based as in `RegExpExecArray`; index 0 is the whole match). */
  readonly groups: readonly (string | undefined)[]
  readonly named: Readonly<Record<string, string | undefined>>
}

export type Match = RegexMatch | Token

/** What a production sees besides the matched items: fixed per block, never the clock. */
export interface Context {
  readonly lang: Lang
  /** ISO date the source was written on, when known: relative dates resolve against it. */
  readonly referenceDate: string | undefined
  /** The text the rules run on (normalized block text). */
  readonly text: string
  /** How a date said without its year or week is placed in time. */
  readonly reading: Reading
  /**
   * The countries the document is about (ISO 3166-1 alpha-2), the most named
   * first: they settle a sign several currencies share ("Rs"). Undefined for
   * a text read alone, with no document: such a sign takes its usual reading.
   */
  readonly countries?: readonly string[]
}

/**
 * How a date said without its year ("Nov. 8", "Christmas", "in March"), or a
 * weekday without its week ("on Monday"), is placed: the choice HeidelTime
 * makes by the type of document. `nearest`: the occurrence nearest the day
 * of writing, for news, which looks back as often as ahead. `next`: the first
 * one after it, for requests, plans and schedules (how Duckling reads what a
 * user asks an assistant).
 */
export const readings = ['nearest', 'next'] as const

export type Reading = (typeof readings)[number]

export interface Produced<D extends DimensionName> {
  readonly value: DimensionValues[D]
  readonly latent?: boolean
}

export interface Rule<D extends DimensionName = DimensionName> {
  /** The rule's grammar in Duckling's notation: `'<amount> <currency>'`. Unique per dimension and language. */
  readonly name: string
  readonly dimension: D
  readonly pattern: readonly PatternItem[]
  /** Builds the value from the matched items, or declines with `undefined`. */
  readonly produce: (matches: readonly Match[], context: Context) => Produced<D> | undefined
}

/** Seeds tokens that rules do not produce (a model such as compromise, a gazetteer scan). */
export type Scanner<D extends DimensionName = DimensionName> = (context: Context) => Token<D>[]

export function rule<D extends DimensionName>(definition: Rule<D>): Rule<D> {
  if (definition.pattern.length === 0) {
    throw new Error(`Unexpected empty pattern in rule \`${definition.name}\`, expected at least one item`)
  }
  return definition
}

/** Characters that make up words: a match may not start or end between two of them. */
const wordChar = String.raw`[\p{L}\p{N}\p{M}]`
/** Not between two word characters: what a match must have at its start and at its end. */
const wordBound = `(?:(?<!${wordChar})|(?!${wordChar}))`

/**
 * A regex item. The expression must use the `u` flag and may add `i`; the
 * engine adds word bounds so that "RM" never matches inside "FORMAT" and a
 * number never starts in the middle of another.
 */
export function regex(expression: RegExp): RegexItem {
  assertUnicode(expression)
  return new BoundedRegex(`(?:${expression.source})`, expression.flags.includes('i') ? 'iu' : 'u')
}

/**
 * Each regex is built when first used: the word bounds' Unicode classes make
 * a regex cost about a millisecond to build, the first item of a rule is
 * never matched sticky, and a run over one language never uses the other's
 * rules. Wrapping a valid expression cannot make an invalid one. One class
 * for every item keeps the property reads of the matching loop monomorphic.
 *
 * The expression is tried first without its bounds, which are checked on the
 * match it gives: compiled with them, a regex takes three to four times as
 * long to build, and V8 builds it again for each width of string it reads.
 * The regex with its bounds is built only when the match without them ends
 * inside a word, and it then gives what it would have given alone: where
 * the bare expression's first match passes the bound, it is the first match
 * the bounded one finds at that place (the bound only comes after the
 * expression); where the bare expression finds no match, neither does the
 * bounded one. The bounds hold Unicode classes, which under the `i` flag
 * V8 closes under case at each build: one build bounded at the end serves
 * both the scan and the match at a place, whose start is checked apart.
 */
class BoundedRegex implements RegexItem {
  readonly kind = 'regex'
  readonly key: string
  readonly source: string
  readonly flags: string
  #bare: RegExp | undefined
  #bareSticky: RegExp | undefined
  #boundedSticky: RegExp | undefined

  constructor(source: string, flags: string) {
    this.source = source
    this.flags = flags
    this.key = `${flags}/${source}`
  }

  find(text: string, from: number): RegExpExecArray | null {
    const bare = (this.#bare ??= nativeRegex(this.source, `g${this.flags}`, text))
    for (let at = from; at <= text.length;) {
      bare.lastIndex = at
      const found = bare.exec(text)
      if (!found || startsAtBound(text, found.index + found[0].length)) return found
      const bounded = (this.#boundedSticky ??= nativeRegex(`${this.source}${wordBound}`, `y${this.flags}`, text))
      bounded.lastIndex = found.index
      const there = bounded.exec(text)
      if (there) return there
      at = nextCodePoint(text, found.index)
    }
    return null
  }

  matchAt(text: string, at: number): RegExpExecArray | null {
    if (!startsAtBound(text, at)) return null
    const bare = (this.#bareSticky ??= nativeRegex(this.source, `y${this.flags}`, text))
    bare.lastIndex = at
    const found = bare.exec(text)
    if (!found || startsAtBound(text, found.index + found[0].length)) return found
    // The bound at the start is the one `startsAtBound` checked: the regex bounded at its end alone, as `find` builds it, gives the same.
    const bounded = (this.#boundedSticky ??= nativeRegex(`${this.source}${wordBound}`, `y${this.flags}`, text))
    bounded.lastIndex = at
    return bounded.exec(text)
  }
}

const wordCharacter = new RegExp(wordChar, 'u')

/** May a match start at `index`: not between two word characters ("RM" never inside "FORMAT"). */
export function startsAtBound(text: string, index: number): boolean {
  if (index === 0 || index >= text.length) return true
  // ASCII answers without the Unicode tables: on both sides, or as a blank or a mark on one.
  const here = text.charCodeAt(index)
  const unitBefore = text.charCodeAt(index - 1)
  if (here < 0x80 && unitBefore < 0x80) return !(isAsciiWordCharacter(here) && isAsciiWordCharacter(unitBefore))
  if ((here < 0x80 && !isAsciiWordCharacter(here)) || (unitBefore < 0x80 && !isAsciiWordCharacter(unitBefore))) return true
  return !(wordCharacter.test(codePointBefore(text, index)) && wordCharacter.test(String.fromCodePoint(text.codePointAt(index)!)))
}

function isAsciiWordCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

export function dimension<D extends DimensionName>(name: D, test?: (token: Token<D>) => boolean): DimensionItem<D> {
  return { kind: 'dimension', dimension: name, test }
}

function assertUnicode(expression: RegExp): void {
  if (!expression.flags.includes('u')) {
    throw new Error(`Unexpected regex /${expression.source}/${expression.flags} without the \`u\` flag, expected \`u\``)
  }
  if (/[gy]/u.test(expression.flags)) {
    throw new Error(`Unexpected flag \`g\` or \`y\` on /${expression.source}/, expected the engine to add them`)
  }
}

/** The token a pattern item matched, typed by its dimension. */
export function tokenOf<D extends DimensionName>(match: Match | undefined, name: D): Token<D> {
  if (!match || match.kind !== 'token' || match.dimension !== name) {
    throw new Error(`Unexpected match for \`${name}\`, expected a ${name} token`)
  }
  return match as Token<D>
}

/** The regex match a pattern item matched. */
export function regexOf(match: Match | undefined): RegexMatch {
  if (!match || match.kind !== 'regex') {
    throw new Error('Unexpected token, expected a regex match')
  }
  return match
}
