/**
 * Cue words of a figure's qualifier, per language. `…` in a cue stands for a
 * few words: "đưa … lên" is "đưa kim ngạch hai bên lên".
 */
export interface QualifierCues {
  /** In the clause before the figure: "aims to", "mục tiêu", "phấn đấu", "vượt mốc". */
  readonly target: readonly string[]
  /** In the clause before the figure: "expected to reach", "dự kiến", "sẽ". */
  readonly forecast: readonly string[]
  /** Right after the figure: "a $5 billion trade target". */
  readonly targetAfter: readonly string[]
  readonly forecastAfter: readonly string[]
  /** Right before the figure, with at most two words between: "tăng 20,5%", "up 9 percent", "grew by". */
  readonly change: readonly string[]
  /** Right after the figure: "a 20% increase". */
  readonly changeAfter: readonly string[]
  /** Words that make a change verb name a level, not a change: "rose to", "tăng lên". */
  readonly level: readonly string[]
  /** Join a figure to the change before it, which it shares: "up 12.9 percent in volume and 23 percent in value". */
  readonly and: readonly string[]
  /** Change words that say a rise, right before the figure (at most two words between): "up", "rose", "tăng". */
  readonly increase: readonly string[]
  /** Change words that say a fall: "down", "fell", "giảm". */
  readonly decrease: readonly string[]
  /** Right after the figure, a rise: "a 20% increase", "higher"; a fall: "a 3% drop", "lower". */
  readonly increaseAfter: readonly string[]
  readonly decreaseAfter: readonly string[]
  /** Before the first of two levels, and between them: "from $5m to $9m", "từ 5 lên 9 triệu USD". */
  readonly from: readonly string[]
  readonly to: readonly string[]
}
