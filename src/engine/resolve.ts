import { compareText } from '../text/compare.js'
import type { DimensionName, Token } from './rule.js'

/**
 * Chooses the readings to report among overlapping tokens: latent tokens are
 * dropped; within a group of competing dimensions the longest token wins, then
 * the dimension listed first, then the earliest, then one with a value over
 * one without (a day whose year a list gives over the day read alone), then
 * the rule name, so the
 * choice never depends on the order tokens were produced in.
 */
export function resolve(tokens: readonly Token[], group: readonly DimensionName[]): Token[] {
  const rank = new Map(group.map((name, index) => [name, index]))
  const candidates = tokens
    .filter((token) => !token.latent && rank.has(token.dimension))
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        rank.get(a.dimension)! - rank.get(b.dimension)! ||
        a.start - b.start ||
        unresolved(a) - unresolved(b) ||
        compareText(a.rule, b.rule) ||
        compareText(JSON.stringify(a.value), JSON.stringify(b.value))
    )
  const chosen: Token[] = []
  for (const candidate of candidates) {
    if (chosen.every((kept) => candidate.end <= kept.start || candidate.start >= kept.end)) chosen.push(candidate)
  }
  return chosen.sort((a, b) => a.start - b.start)
}

/** 1 for a token whose value is unresolved or guessed ("1 January" read alone: no year, or the one the reading places it in), else 0. */
function unresolved(token: Token): number {
  const value = token.value as { value?: unknown; yearImplied?: boolean }
  return value !== null && typeof value === 'object' && (value.value === null || value.yearImplied === true) ? 1 : 0
}
