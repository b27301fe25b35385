import { compareText } from '../text/compare.js'
import type { DimensionName, Token } from './rule.js'

/**
 * Chooses the readings to report among overlapping tokens: latent tokens are
 * dropped; within a group of competing dimensions the longest token wins, then
 * the dimension listed first, then the earliest, then the rule name, so the
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
        compareText(a.rule, b.rule) ||
        compareText(JSON.stringify(a.value), JSON.stringify(b.value))
    )
  const chosen: Token[] = []
  for (const candidate of candidates) {
    if (chosen.every((kept) => candidate.end <= kept.start || candidate.start >= kept.end)) chosen.push(candidate)
  }
  return chosen.sort((a, b) => a.start - b.start)
}
