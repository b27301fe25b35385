import type {
  Context,
  DimensionItem,
  DimensionName,
  Match,
  PatternItem,
  RegexItem,
  RegexMatch,
  Rule,
  Token
} from './rule.js'
import { startsAtBound } from './rule.js'

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

/** Blanks allowed between two items of a pattern. */
const gap = /[ \t\u00a0\u202f]*/uy

/**
 * Applies rules to a text until nothing new is produced (Duckling's saturation):
 * a rule may build on tokens that rules produced in earlier rounds.
 */
export function saturate(
  rules: readonly Rule[],
  context: Context,
  seeds: readonly Token[] = [],
  limits: MatchLimits = defaultMatchLimits
): MatchResult {
  const chart = new Chart()
  for (const seed of seeds) chart.add(seed)
  const regexCache = new Map<RegexItem, RegexMatch[]>()
  let truncated = false

  // Semi-naive evaluation: after the first round a rule can only match anew
  // if a dimension it reads got new tokens in the round before.
  let grown: ReadonlySet<DimensionName> | undefined
  for (let round = 0; round < limits.maxRounds; round++) {
    let added = 0
    const growing = new Set<DimensionName>()
    for (const current of rules) {
      if (grown && !current.pattern.some((item) => item.kind === 'dimension' && grown!.has(item.dimension))) continue
      for (const matches of matchPattern(current.pattern, context.text, chart, regexCache)) {
        const produced = current.produce(matches, context)
        if (!produced) continue
        const start = matches[0]!.start
        const end = matches[matches.length - 1]!.end
        const token: Token = {
          kind: 'token',
          dimension: current.dimension,
          start,
          end,
          value: produced.value,
          latent: produced.latent ?? false,
          rule: `${current.dimension}/${context.lang}/${current.name}`
        }
        if (chart.add(token)) {
          added++
          growing.add(token.dimension)
        }
        if (chart.size >= limits.maxTokens) return { tokens: chart.all(), truncated: true }
      }
    }
    if (added === 0) return { tokens: chart.all(), truncated }
    grown = growing
    if (round === limits.maxRounds - 1) truncated = true
  }
  return { tokens: chart.all(), truncated }
}

function* matchPattern(
  pattern: readonly PatternItem[],
  text: string,
  chart: Chart,
  regexCache: Map<RegexItem, RegexMatch[]>
): Generator<Match[]> {
  const [first, ...rest] = pattern
  for (const head of firstMatches(first!, text, chart, regexCache)) {
    yield* extend([head], rest, text, chart)
  }
}

function* extend(done: Match[], rest: readonly PatternItem[], text: string, chart: Chart): Generator<Match[]> {
  if (rest.length === 0) {
    yield done
    return
  }
  const [next, ...after] = rest
  const from = skipGap(text, done[done.length - 1]!.end)
  if (next!.kind === 'regex') {
    const found = stickyMatch(next!, text, from)
    if (found) yield* extend([...done, found], after, text, chart)
    return
  }
  for (const token of chart.startingAt(from)) {
    if (accepts(next!, token)) yield* extend([...done, token], after, text, chart)
  }
}

function firstMatches(
  item: PatternItem,
  text: string,
  chart: Chart,
  regexCache: Map<RegexItem, RegexMatch[]>
): readonly Match[] {
  if (item.kind === 'dimension') return chart.ofDimension(item.dimension).filter((token) => accepts(item, token))
  let found = regexCache.get(item)
  if (!found) {
    found = scanAll(item, text)
    regexCache.set(item, found)
  }
  return found
}

function accepts(item: DimensionItem, token: Token): boolean {
  return token.dimension === item.dimension && (item.test === undefined || item.test(token as never))
}

function scanAll(item: RegexItem, text: string): RegexMatch[] {
  const found: RegexMatch[] = []
  const scan = item.scan
  scan.lastIndex = 0
  let result: RegExpExecArray | null
  while ((result = scan.exec(text)) !== null) {
    if (result[0].length === 0 || !startsAtBound(text, result.index)) {
      // Look again one character on: a match may start there (the leftmost one that may start wins, as with the bound inside).
      scan.lastIndex = result.index + ((text.codePointAt(result.index) ?? 0) > 0xffff ? 2 : 1)
      continue
    }
    found.push(toRegexMatch(result))
  }
  return found
}

function stickyMatch(item: RegexItem, text: string, at: number): RegexMatch | undefined {
  const sticky = item.sticky
  sticky.lastIndex = at
  const result = sticky.exec(text)
  return result && result[0].length > 0 ? toRegexMatch(result) : undefined
}

function toRegexMatch(result: RegExpExecArray): RegexMatch {
  return {
    kind: 'regex',
    start: result.index,
    end: result.index + result[0].length,
    text: result[0],
    groups: [...result],
    named: { ...result.groups }
  }
}

function skipGap(text: string, from: number): number {
  gap.lastIndex = from
  gap.exec(text)
  return gap.lastIndex
}

/** Tokens indexed by start and by dimension, without duplicates. */
class Chart {
  readonly #byStart = new Map<number, Token[]>()
  readonly #byDimension = new Map<DimensionName, Token[]>()
  readonly #keys = new Set<string>()

  get size(): number {
    return this.#keys.size
  }

  add(token: Token): boolean {
    const key = `${token.rule}\u0000${token.start}\u0000${token.end}\u0000${token.latent}\u0000${JSON.stringify(token.value)}`
    if (this.#keys.has(key)) return false
    this.#keys.add(key)
    push(this.#byStart, token.start, token)
    push(this.#byDimension, token.dimension, token)
    return true
  }

  startingAt(offset: number): readonly Token[] {
    return this.#byStart.get(offset) ?? []
  }

  ofDimension(name: DimensionName): readonly Token[] {
    // A copy: rules of this round may add tokens of the same dimension while it is read.
    return [...(this.#byDimension.get(name) ?? [])]
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
