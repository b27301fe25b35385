import { alternation } from '../../engine/alternation.js'
import type { Lang } from '../../lang.js'
import { byLanguage } from '../../languages/index.js'
import type { PeriodWords } from './types.js'

/** How a date stands in its clause, read from the words before it. */
export type DateRole = 'period' | 'baseline' | 'since'

export interface PeriodPatterns {
  /** The gap between a figure and its date: connector words, or nothing. */
  readonly connectorGap: RegExp
  /** Clause text before a date that makes it a baseline. */
  readonly baselineTail: RegExp
  /** Clause text before a baseline date that makes it the same months of that year ("so với cùng kỳ năm 2023"). */
  readonly samePeriodTail: RegExp
  /** Clause text before a date that makes it the start of a span. */
  readonly sinceTail: RegExp
  /** Clause text before a date that opens the clause: lead words and numbers ("Trong 6 tháng đầu"). */
  readonly openerTail: RegExp
  /** The gap between a change and the level it brought: "to", "lên". */
  readonly towardsGap: RegExp
  /** Clause text before a day that makes it the end of a cumulative period: "as of", "tính đến ngày". */
  readonly asOfTail: RegExp
  /** The gap between a change and the level it started from: ", from", ", từ". */
  readonly fromGap: RegExp
  /** Clause text ending with "from", "từ": before a span ("from 1 January to 9 March") it opens the span, not a baseline. */
  readonly fromTail: RegExp
  /** Text ending with the words before the level a change reached: "... in 2013 to", "... vào năm 2013 lên". */
  readonly towardsTail: RegExp
}

const left = '(?<![\\p{L}\\p{N}])'

/**
 * A figure's own date follows it at once ("324 triệu USD 2011"), in brackets,
 * or after a connector that may follow a few words: "$850 million in 2024",
 * "$1.2 billion worth of rice to the Philippines (2023)", but not across a word
 * that opens a clause of its own ("and", "và"). Words are blanks then non-blanks,
 * so the match is linear.
 */
function compile(words: PeriodWords): PeriodPatterns {
  const connectors = alternation(words.connectors)
  // A word of the gap, unless it opens a new clause.
  const gapWord = `(?!(?:${alternation(words.coordinators)})\\s)[^\\s,;:()]+\\s+`
  return {
    connectorGap: new RegExp(`^\\s*(?:(?:${gapWord}){0,6}(?:\\(|${left}(?:${connectors}))\\s*)?$`, 'iu'),
    baselineTail: new RegExp(`${left}(?:${alternation(words.baseline)})(?:\\s+(?:${alternation(words.baselineFillers)}))?\\s*$`, 'iu'),
    samePeriodTail: new RegExp(`${left}(?:${alternation(words.samePeriod)})(?:\\s+\\p{L}+){0,2}\\s*$`, 'iu'),
    sinceTail: new RegExp(`${left}(?:${alternation(words.since)})\\s*$`, 'iu'),
    openerTail: new RegExp(`^(?:(?:${alternation(words.frameLeads)}|\\p{N}+)\\s+){0,5}$`, 'iu'),
    towardsGap: new RegExp(`^,?\\s+(?:${alternation(words.towards)})\\s+$`, 'iu'),
    asOfTail: new RegExp(`${left}(?:${alternation(words.asOf)})\\s*$`, 'iu'),
    fromTail: new RegExp(`${left}(?:${alternation(words.from)})\\s*$`, 'iu'),
    fromGap: new RegExp(`^,?\\s+(?:${alternation(words.from)})\\s+$`, 'iu'),
    towardsTail: new RegExp(`${left}(?:${alternation(words.towards)})\\s+$`, 'iu')
  }
}

/** Compiled once, at module load: data, not per-file state. */
export const periodPatterns: Readonly<Record<Lang, PeriodPatterns>> = byLanguage((words) => compile(words.period))

/** The role of a date whose clause reads `tail` before it. */
export function dateRole(tail: string, lang: Lang): DateRole {
  const patterns = periodPatterns[lang]
  if (patterns.baselineTail.test(tail)) return 'baseline'
  if (patterns.sinceTail.test(tail)) return 'since'
  return 'period'
}
