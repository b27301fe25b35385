import type { DimensionName, DimensionValues, Reading } from '../engine/rule.js'
import type { Lang } from '../lang.js'

/** Surface forms that each parse, whole, to one token whose value matches `value`. */
export interface Example<D extends DimensionName> {
  readonly phrasings: readonly string[]
  readonly value: Partial<DimensionValues[D]>
  /** How dates said without their year are placed; news (`nearest`) when not given. */
  readonly reading?: Reading
}

/** A text in which exactly these tokens of the dimension are found, in this order; read as a document (its countries settle shared currency signs). */
export interface InContext<D extends DimensionName> {
  readonly text: string
  readonly finds: readonly { readonly quote: string; readonly value?: Partial<DimensionValues[D]> }[]
}

/** A known failure: reported by the harness, not run, never deleted silently. */
export interface BacklogItem {
  readonly text: string
  readonly why: string
}

/**
 * A dimension's examples in one language, Duckling's `Corpus`: a fixed
 * context (language, reference date), positive examples and a negative half.
 */
export interface Corpus<D extends DimensionName = DimensionName> {
  readonly dimension: D
  readonly lang: Lang
  readonly referenceDate?: string
  readonly examples: readonly Example<D>[]
  readonly inContext?: readonly InContext<D>[]
  /** Texts in which the dimension must find nothing. */
  readonly negative: readonly string[]
  readonly backlog?: readonly BacklogItem[]
}

/** Groups phrasings under one expected value, as Duckling's `examples`. */
export function examples<D extends DimensionName>(
  value: Partial<DimensionValues[D]>,
  phrasings: readonly string[],
  options: { readonly reading?: Reading } = {}
): Example<D> {
  return { value, phrasings, ...options }
}
