import type { Context, DimensionItem, DimensionName, Match, PatternItem, RegexItem, RegexMatch, Rule, Token } from './rule.js'
import { nextCodePoint } from '../text/bounds.js'
import { startsAtBound } from './rule.js'
import { Prefilter, type Presence } from './prefilter.js'

/** Limits that keep matching linear in practice whatever the text. */
export interface MatchLimits {
  /** Rounds of applying every rule; a fixed point is normally reached in three or four. */
  readonly maxRounds: number
  /** Tokens per text, beyond which matching stops (and says so). */
  readonly maxTokens: number
}

export const defaultMatchLimits: MatchLimits = { maxRounds: 8, maxTokens: 20_000 }

export interface MatchResult {
  readonly tokens: Token[]
  /** True when a limit stopped matching before a fixed point. */
  readonly truncated: boolean
}

/** A rule with what matching asks of it on every text worked out once. */
interface CompiledRule {
  readonly rule: Rule
  readonly first: PatternItem
  /** The index in `Grammar.openers` of its first item when that is a regex, else -1. */
  readonly opener: number
  readonly rest: readonly PatternItem[]
  /** Dimensions its pattern reads: after its first run it runs again only when one of them has a token it has not seen. */
  readonly reads: readonly DimensionName[]
  /** For each index of `rest` (and its end): whether a token item is left from there on. */
  readonly tokenItemFrom: readonly boolean[]
}

/** Rules compiled for matching: build once per parser, use on every text. */
export interface Grammar {
  readonly rules: readonly CompiledRule[]
  /** The regexes rules open with, one per key: every text they may match is scanned for each of them. */
  readonly openers: readonly RegexItem[]
  /** Which regexes of the rules may match a text: the others are neither built nor run on it. */
  readonly prefilter: Prefilter
}

/**
 * What one text holds for the rules: the literals their regexes need, and
 * where the regexes rules open with match, by their index in
 * `Grammar.openers` (undefined where not scanned yet): an array, not a map
 * by key, as every text has one entry per opener.
 */
export interface OpenerScans {
  readonly presence: Presence
  readonly openers: (readonly RegexMatch[] | undefined)[]
}

export interface GrammarOptions {
  /** False runs every regex on every text, as the prefilter must give the same tokens as: for tests. */
  readonly prefilter?: boolean
}

export function compileGrammar(rules: readonly Rule[], { prefilter = true }: GrammarOptions = {}): Grammar {
  const openers = new Map<string, RegexItem>()
  for (const { pattern } of rules) if (pattern[0]!.kind === 'regex') openers.set(pattern[0]!.key, pattern[0]!)
  const openerIndex = new Map([...openers.keys()].map((key, index) => [key, index]))
  const items = prefilter ? rules.flatMap(({ pattern }) => pattern.filter((item) => item.kind === 'regex')) : []
  return {
    openers: [...openers.values()],
    prefilter: new Prefilter(items),
    rules: rules.map((rule) => {
      const first = rule.pattern[0]!
      const rest = rule.pattern.slice(1)
      return {
        rule,
        first,
        opener: first.kind === 'regex' ? openerIndex.get(first.key)! : -1,
        rest,
        reads: [...new Set(rule.pattern.flatMap((item) => (item.kind === 'dimension' ? [item.dimension] : [])))],
        tokenItemFrom: [...rest.keys(), rest.length].map((index) => rest.slice(index).some((item) => item.kind === 'dimension'))
      }
    })
  }
}

/**
 * Scans several texts (blocks of a document) for every regex rules open
 * with, one regex over all the texts before the next: a regex applied to
 * text after text stays in the processor's caches, which takes a quarter
 * less time over 20 blocks, measured alone, than scanning each text for
 * every regex in turn. Gives what `saturate` would scan itself, text by text.
 */
export function scanOpeners(grammar: Grammar, texts: readonly string[]): OpenerScans[] {
  const { openers } = grammar
  const scans = texts.map((text): OpenerScans => ({
    presence: grammar.prefilter.scan(text),
    openers: new Array<readonly RegexMatch[] | undefined>(openers.length)
  }))
  for (let opener = 0; opener < openers.length; opener++) {
    const item = openers[opener]!
    for (let index = 0; index < texts.length; index++) {
      const scan = scans[index]!
      scan.openers[opener] = scan.presence.mayMatch(item) ? scanAll(item, texts[index]!) : noMatches
    }
  }
  return scans
}

/** What a regex found in a text it cannot match: one array for all of them, never written to. */
const noMatches: readonly RegexMatch[] = Object.freeze([])

/** The scans of a text that `scanOpeners` did not prepare: each opener is scanned when a rule first asks for it. */
function unscanned(grammar: Grammar, text: string): OpenerScans {
  return { presence: grammar.prefilter.scan(text), openers: new Array<readonly RegexMatch[] | undefined>(grammar.openers.length) }
}

/**
 * Applies rules to a text until nothing new is produced (Duckling's saturation):
 * a rule may build on tokens that rules produced in earlier rounds. `scans`
 * are the text's opener scans when `scanOpeners` made them beforehand.
 */
export function saturate(
  grammar: Grammar,
  context: Context,
  seeds: readonly Token[] = [],
  limits: MatchLimits = defaultMatchLimits,
  scans: OpenerScans = unscanned(grammar, context.text)
): MatchResult {
  const chart = new Chart()
  for (const seed of seeds) chart.add(seed)
  const matcher = new Matcher(context.text, chart, scans)
  let truncated = false

  // Semi-naive evaluation: a rule that ran before can only match anew with a
  // token the chart did not hold then, so it runs again only when a dimension
  // it reads has one.
  const lastRun: number[] = []
  const { rules } = grammar
  let current = rules[0]?.rule
  let full = false
  // One callback for every rule (the rule it serves is `current`): no closure is made per rule and round.
  const onMatch: OnMatch = (matches) => {
    const produced = current!.produce(matches, context)
    if (!produced) return false
    const token: Token = {
      kind: 'token',
      dimension: current!.dimension,
      start: matches[0]!.start,
      end: matches[matches.length - 1]!.end,
      value: produced.value,
      latent: produced.latent ?? false,
      rule: `${current!.dimension}/${context.lang}/${current!.name}`
    }
    chart.add(token)
    full = chart.size >= limits.maxTokens
    return full
  }
  for (let round = 0; round < limits.maxRounds; round++) {
    const sizeBefore = chart.size
    for (let index = 0; index < rules.length; index++) {
      const compiled = rules[index]!
      const since = lastRun[index] ?? everything
      if (since !== everything && !grewSince(chart, compiled.reads, since)) continue
      lastRun[index] = chart.size
      current = compiled.rule
      matcher.each(compiled, since, onMatch)
      if (full) return { tokens: chart.all(), truncated: true }
    }
    if (chart.size === sizeBefore) return { tokens: chart.all(), truncated }
    if (round === limits.maxRounds - 1) truncated = true
  }
  return { tokens: chart.all(), truncated }
}

/** Has the chart a token of one of `names` added at or after `since`? */
function grewSince(chart: Chart, names: readonly DimensionName[], since: number): boolean {
  for (const name of names) if (chart.grewSince(name, since)) return true
  return false
}

/** Called with each complete match of a pattern; returning true stops the search. */
type OnMatch = (matches: readonly Match[]) => boolean

/** A rule's first run: every match is new. */
const everything = -1

/** Finds the matches of patterns over one text and its chart, depth first, in text order. */
class Matcher {
  readonly #text: string
  readonly #chart: Chart
  /** Where each regex rules open with matches in the text, by its index: rules that open alike scan it once. */
  readonly #scans: (readonly RegexMatch[] | undefined)[]
  readonly #presence: Presence
  /** The items matched so far along the current path: one array reused, copied only for a complete match. */
  readonly #path: Match[] = []

  constructor(text: string, chart: Chart, scans: OpenerScans) {
    this.#text = text
    this.#chart = chart
    this.#scans = scans.openers
    this.#presence = scans.presence
  }

  /**
   * Calls `onMatch` with each match holding a token added to the chart at or
   * after `since` (its size when the rule last ran): a match of older tokens
   * only was found then, and would only make a token the chart holds.
   */
  each(compiled: CompiledRule, since: number, onMatch: OnMatch): void {
    const { first } = compiled
    if (first.kind === 'regex') {
      const heads = this.#regexMatches(first, compiled.opener)
      for (let at = 0; at < heads.length; at++) if (this.#from(compiled, heads[at]!, since, onMatch)) return
      return
    }
    // The tokens there are now: rules of this round may add tokens of the same dimension while they are read,
    // and a dimension's list only grows, so its length now marks the snapshot.
    const tokens = this.#chart.ofDimension(first.dimension)
    for (let at = 0, count = tokens.length; at < count; at++) {
      const head = tokens[at]!
      if (accepts(first, head) && this.#from(compiled, head, since, onMatch)) return
    }
  }

  /** The matches of a pattern that open with `head`; true when `onMatch` stopped the search. */
  #from(compiled: CompiledRule, head: Match, since: number, onMatch: OnMatch): boolean {
    const fresh = since === everything || (head.kind === 'token' && this.#chart.addedAt(head) >= since)
    if (!fresh && !compiled.tokenItemFrom[0]) return false
    this.#path.length = 0
    this.#path.push(head)
    return this.#extend(compiled, 0, since, fresh, onMatch)
  }

  #extend(compiled: CompiledRule, index: number, since: number, fresh: boolean, onMatch: OnMatch): boolean {
    const { rest } = compiled
    const path = this.#path
    if (index === rest.length) return fresh && onMatch(path.slice())
    if (!fresh && !compiled.tokenItemFrom[index]) return false
    const next = rest[index]!
    const from = skipGap(this.#text, path[path.length - 1]!.end)
    const depth = path.length
    if (next.kind === 'regex') {
      const found = this.#presence.mayMatch(next) ? stickyMatch(next, this.#text, from) : undefined
      if (!found) return false
      path.push(found)
      const stop = this.#extend(compiled, index + 1, since, fresh, onMatch)
      path.length = depth
      return stop
    }
    // The chart's own list: tokens that rules add while it is read are tried too.
    const starting = this.#chart.startingAt(from)
    for (let at = 0; at < starting.length; at++) {
      const token = starting[at]!
      if (!accepts(next, token)) continue
      path.push(token)
      const stop = this.#extend(compiled, index + 1, since, fresh || this.#chart.addedAt(token) >= since, onMatch)
      path.length = depth
      if (stop) return true
    }
    return false
  }

  #regexMatches(item: RegexItem, opener: number): readonly Match[] {
    let found = this.#scans[opener]
    if (found === undefined) {
      found = this.#presence.mayMatch(item) ? scanAll(item, this.#text) : noMatches
      this.#scans[opener] = found
    }
    return found
  }
}

function accepts(item: DimensionItem, token: Token): boolean {
  return token.dimension === item.dimension && (item.test === undefined || item.test(token))
}

function scanAll(item: RegexItem, text: string): RegexMatch[] {
  const found: RegexMatch[] = []
  let result: RegExpExecArray | null
  for (let from = 0; (result = item.find(text, from)) !== null;) {
    if (result[0].length === 0 || !startsAtBound(text, result.index)) {
      // Look again one character on: a match may start there (the leftmost one that may start wins, as with the bound inside).
      from = nextCodePoint(text, result.index)
      continue
    }
    found.push(toRegexMatch(result))
    from = result.index + result[0].length
  }
  return found
}

function stickyMatch(item: RegexItem, text: string, at: number): RegexMatch | undefined {
  const result = item.matchAt(text, at)
  return result && result[0].length > 0 ? toRegexMatch(result) : undefined
}

const noNames: Readonly<Record<string, string | undefined>> = Object.freeze({})

function toRegexMatch(result: RegExpExecArray): RegexMatch {
  return {
    kind: 'regex',
    start: result.index,
    end: result.index + result[0].length,
    text: result[0],
    groups: result,
    named: result.groups ?? noNames
  }
}

/** The offset after the blanks allowed between two items of a pattern (spaces, tabs, no-break spaces). */
function skipGap(text: string, from: number): number {
  let at = from
  for (;;) {
    const code = text.charCodeAt(at)
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0 && code !== 0x202f) return at
    at++
  }
}

/** Tokens indexed by start and by dimension, without duplicates. */
class Chart {
  readonly #byStart = new Map<number, Token[]>()
  readonly #byDimension = new Map<DimensionName, Token[]>()
  /** Tokens by rule, place and latency; their values are compared only when those agree, which is rare. */
  readonly #byPlace = new Map<string, Token[]>()
  /** The chart's size when each token was added: what was there when a rule last ran. */
  readonly #addedAt = new Map<Token, number>()
  #size = 0

  get size(): number {
    return this.#size
  }

  add(token: Token): boolean {
    const place = `${token.rule}\u0000${token.start}\u0000${token.end}\u0000${token.latent}`
    const same = this.#byPlace.get(place)
    if (same) {
      const value = JSON.stringify(token.value)
      if (same.some((other) => JSON.stringify(other.value) === value)) return false
      same.push(token)
    } else {
      this.#byPlace.set(place, [token])
    }
    this.#addedAt.set(token, this.#size++)
    push(this.#byStart, token.start, token)
    push(this.#byDimension, token.dimension, token)
    return true
  }

  addedAt(token: Token): number {
    return this.#addedAt.get(token)!
  }

  /** Has the chart a token of `name` added at or after `since`? Tokens of a dimension are kept in the order they came. */
  grewSince(name: DimensionName, since: number): boolean {
    const list = this.ofDimension(name)
    return list.length > 0 && this.addedAt(list[list.length - 1]!) >= since
  }

  startingAt(offset: number): readonly Token[] {
    return this.#byStart.get(offset) ?? []
  }

  ofDimension(name: DimensionName): readonly Token[] {
    return this.#byDimension.get(name) ?? []
  }

  all(): Token[] {
    return [...this.#byDimension.values()].flat()
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
