import type { DimensionName, Rule, Scanner, Token } from '../engine/rule.js'
import type { FactFields } from '../facts/draft.js'
import type { Lang } from '../lang.js'

/** How a dimension's tokens become facts, for the dimensions that report facts. */
export interface DimensionOutput<D extends DimensionName> {
  /**
   * Tokens compete with overlapping tokens of the same group only: the
   * figure dimensions share one group, so "$850 million" wins over "850 million".
   */
  readonly group: string
  /**
   * Dimensions whose tokens swallow this one's: a token lying inside one of
   * theirs is not reported ("6 tháng" is a count alone, but part of the date
   * "6 tháng đầu năm 2024").
   */
  readonly yieldsTo?: readonly DimensionName[]
  /** The fact a resolved token reports, or `undefined` to report nothing. */
  /** Method syntax on purpose (bivariant), so a `Dimension<'money'>` is a `Dimension`. */
  toFields(token: Token<D>): FactFields | undefined
  /** The part of the token's text its fact quotes, when fewer words than the rule read; the whole token when absent. */
  quoted?(token: Token<D>): { readonly start: number; readonly end: number } | undefined
}

/**
 * A dimension in Duckling's sense: one kind of thing to find, its rules per
 * language, and what it needs found first.
 */
export interface Dimension<D extends DimensionName = DimensionName> {
  readonly name: D
  /** Dimensions whose tokens this one's rules use; they run whenever this one does. */
  readonly dependsOn: readonly DimensionName[]
  /** A missing language is a compile error. */
  readonly rules: Readonly<Record<Lang, readonly Rule<D>[]>>
  /** Token sources that are not rules (a model, a gazetteer scan), per language. */
  readonly scanners?: Readonly<Partial<Record<Lang, Scanner<D>>>>
  /** Absent for building blocks (numerals, ordinals) that never become facts. */
  readonly output?: DimensionOutput<D>
}

/** Keeps each dimension's own value type while listing them together. */
export function defineDimension<D extends DimensionName>(dimension: Dimension<D>): Dimension<D> {
  return dimension
}
