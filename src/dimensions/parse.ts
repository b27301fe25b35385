import { compileGrammar, saturate, scanOpeners, type MatchLimits, type OpenerScans, defaultMatchLimits } from '../engine/match.js'
import { resolve } from '../engine/resolve.js'
import type { Context, DimensionName, Reading, Scanner, Token } from '../engine/rule.js'
import type { Lang } from '../lang.js'
import { compareText } from '../text/compare.js'
import type { Dimension } from './dimension.js'
import { dimensions as allDimensions } from './index.js'
import { withDependencies } from './order.js'
import { languageRules } from './rule-names.js'

/** Everything needed to run a set of dimensions in one language, built once. */
export interface Parser {
  readonly lang: Lang
  readonly dimensions: readonly Dimension[]
  /**
   * Runs on one text, or a text prepared with the others of its document;
   * returns the reported tokens (resolved, not latent) in text order.
   * `reading` places dates said without their year (news by default);
   * `countries` are the document's, when the text is part of one.
   */
  readonly parse: (text: string | PreparedText, referenceDate?: string, reading?: Reading, countries?: readonly string[]) => ParseResult
  /** Prepares the texts of one document together, which parses them faster than one by one (see `scanOpeners`). */
  readonly prepare: (texts: readonly string[]) => PreparedText[]
}

/** A text with the scans of the regexes rules open with, made together with the other texts of its document. */
export interface PreparedText {
  readonly text: string
  readonly scans: OpenerScans
}

export interface ParseResult {
  readonly tokens: Token[]
  /** Every token, latent and overlapping ones included, for tests and debugging. */
  readonly all: Token[]
  readonly truncated: boolean
}

/** Compiles the parser of `requested` dimensions (and their dependencies) for `lang`. */
export function createParser(
  lang: Lang,
  requested: readonly DimensionName[],
  limits: MatchLimits = defaultMatchLimits,
  available: readonly Dimension[] = allDimensions
): Parser {
  const active = withDependencies(available, requested)
  const grammar = compileGrammar(languageRules(lang, active))
  const scanners: Scanner[] = active.flatMap((dimension) => dimension.scanners?.[lang] ?? [])
  const reported = new Set(requested)
  const groups = new Map<string, DimensionName[]>()
  for (const dimension of active) {
    if (!dimension.output || !reported.has(dimension.name)) continue
    const members = groups.get(dimension.output.group) ?? []
    members.push(dimension.name)
    groups.set(dimension.output.group, members)
  }

  const yieldsTo = new Map(active.map((dimension) => [dimension.name, new Set(dimension.output?.yieldsTo ?? [])]))
  const swallowed = (token: Token, others: readonly Token[]) => {
    const stronger = yieldsTo.get(token.dimension)!
    return (
      stronger.size > 0 && others.some((other) => stronger.has(other.dimension) && other.start <= token.start && token.end <= other.end)
    )
  }

  return {
    lang,
    dimensions: active,
    prepare(texts) {
      return scanOpeners(grammar, texts).map((scans, index) => ({ text: texts[index]!, scans }))
    },
    parse(input, referenceDate, reading = 'nearest', countries) {
      const { text, scans } = typeof input === 'string' ? { text: input, scans: undefined } : input
      const context: Context = { lang, referenceDate, text, reading, ...(countries ? { countries } : {}) }
      const seeds = scanners.flatMap((scan) => scan(context))
      const { tokens: all, truncated } = saturate(grammar, context, seeds, limits, scans)
      const resolved = [...groups.values()].flatMap((group) => resolve(all, group))
      const tokens = resolved
        .filter((token) => !swallowed(token, resolved))
        .sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.dimension, b.dimension))
      return { tokens, all, truncated }
    }
  }
}
