/** What a lead word says of the figure after it; `plain` says nothing ("exactly", "a"). */
export type LeadEffect = 'approx' | 'min' | 'max' | 'plain'

/**
 * How much of something a figure says, shared by money, percent, count and
 * multiplier: one value or a range, and what the words before it add.
 */
export interface Quantity {
  readonly value?: number
  readonly min?: number
  readonly max?: number
  /** "nearly", "khoảng", "more than", "hơn": the text does not give the exact figure. */
  readonly approx?: true
  /** "more than"/"hơn" (the figure is a lower bound) or "under"/"dưới" (an upper bound). */
  readonly bound?: 'min' | 'max'
  /**
   * Where the lead words that set `approx`/`bound` start, before the token.
   * They are read from the text, not matched, so the figure's span (and its
   * quote) stays on the amount: "nearly $520 billion" quotes "$520 billion".
   */
  readonly leadStart?: number
}
