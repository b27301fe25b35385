import { alternation } from '../../engine/alternation.js'
import type { Lang } from '../../lang.js'
import { byLanguage } from '../../languages/index.js'
import type { Linked } from '../../facts/draft.js'
import type { Direction, Qualifier } from '../../schema/vocabulary.js'
import { cueRegex, findCues } from '../cues.js'
import type { QualifierCues } from './types.js'

interface QualifierPatterns {
  readonly target: RegExp
  readonly forecast: RegExp
  /** A cue among the first words after the figure. */
  readonly after: { readonly target: RegExp; readonly forecast: RegExp; readonly change: RegExp | undefined }
  /** A change cue, then at most two words, at the end of the text before the figure; group 1 holds the words. */
  readonly change: RegExp
  readonly level: ReadonlySet<string>
  /** What stands between a change and a figure joined to it: a few words, then "and". */
  readonly coordinated: RegExp
  /** A rise or fall word, then at most two words, at the end of the text before the figure. */
  readonly increase: RegExp
  readonly decrease: RegExp
  /** A rise or fall word among the first words after the figure. */
  readonly increaseAfter: RegExp | undefined
  readonly decreaseAfter: RegExp | undefined
  /** "from" at the end of the text before a level; "to" alone between two levels. */
  readonly fromBefore: RegExp
  readonly toBetween: RegExp
}

/** Up to `count` words, then the cue, at the start of a text. */
function leading(cues: readonly string[], count: number): RegExp | undefined {
  if (cues.length === 0) return undefined
  return new RegExp(`^\\s*(?:[^\\s,;:]+\\s+){0,${count}}?(?:${alternation(cues)})(?![\\p{L}\\p{N}])`, 'iu')
}

function compile(cues: QualifierCues): QualifierPatterns {
  return {
    target: cueRegex(cues.target),
    forecast: cueRegex(cues.forecast),
    after: {
      target: leading(cues.targetAfter, 2)!,
      forecast: leading(cues.forecastAfter, 2)!,
      change: leading(cues.changeAfter, 1)
    },
    change: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(cues.change)})((?:\\s+[^\\s,;:]+){0,2}?)\\s*$`, 'iu'),
    level: new Set(cues.level.flatMap((cue) => cue.toLowerCase().split(/\s+/u))),
    coordinated: new RegExp(`^(?:\\s+[^\\s,;:]+){0,3}?\\s+(?:${alternation(cues.and)})\\s+$`, 'iu'),
    increase: wordsBefore(cues.increase),
    decrease: wordsBefore(cues.decrease),
    increaseAfter: leading(cues.increaseAfter, 1),
    decreaseAfter: leading(cues.decreaseAfter, 1),
    fromBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(cues.from)})\\s+$`, 'iu'),
    toBetween: new RegExp(`^\\s+(?:${alternation(cues.to)})\\s+$`, 'iu')
  }
}

/** A cue, then at most two words, at the end of a text: where the cue starts is the match's. */
function wordsBefore(cues: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(cues)})(?:\\s+[^\\s,;:]+){0,2}?\\s*$`, 'iu')
}

const patterns: Readonly<Record<Lang, QualifierPatterns>> = byLanguage((words) => compile(words.qualifier))

/**
 * What kind of figure it is, from cue words of its clause: `before` is the
 * clause up to the figure, `after` the words after it up to the clause end.
 * A target or forecast cue (the nearest before the figure, the longest when
 * two end together) wins over a change: "aims to raise exports by 20%" is
 * a target. A change verb names a change only right before the figure and
 * not through a level word: "tăng 20,5%" is a change, "tăng lên 149 triệu
 * USD" and "rose to $5 billion" are levels, so actual.
 */
export function qualify(before: string, after: string, lang: Lang): Linked<Qualifier> {
  const p = patterns[lang]
  const modal = nearest([
    ...findCues(p.target, before).map((cue) => ({ ...cue, qualifier: 'target' as const })),
    ...findCues(p.forecast, before).map((cue) => ({ ...cue, qualifier: 'forecast' as const }))
  ])
  if (modal) return { value: modal.qualifier, reason: modal.qualifier === 'target' ? 'target word before' : 'forecast word before' }
  if (p.after.target.test(after)) return { value: 'target', reason: 'target word after' }
  if (p.after.forecast.test(after)) return { value: 'forecast', reason: 'forecast word after' }
  const change = p.change.exec(before)
  if (change && !words(change[1]!).some((word) => p.level.has(word))) return { value: 'change', reason: 'change word before' }
  if (p.after.change?.test(after)) return { value: 'change', reason: 'change word after' }
  return { value: 'actual', reason: 'no qualifier word' }
}

/**
 * Whether a figure is joined to the change before it by "and" after at most
 * three words (`between` is the text from that change to the figure): "up
 * 12.9 percent in volume and 23 percent in value", "tăng 12,9% về lượng và
 * 23% về giá trị". It is a change too, over the same period.
 */
export function joinsChange(between: string, lang: Lang): boolean {
  return patterns[lang].coordinated.test(between)
}

function nearest<T extends { start: number; end: number }>(found: readonly T[]): T | undefined {
  return [...found].sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start))[0]
}

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/u).filter(Boolean)
}

/**
 * Which way a change went, from its words: the rise or fall word nearest
 * before the figure ("rose 3.5%", "giảm 3,5% so với cùng kỳ"), else one right
 * after it ("a 20% increase", "3% lower"); undefined when none says.
 */
export function changeDirection(before: string, after: string, lang: Lang): Linked<Direction> | undefined {
  const p = patterns[lang]
  const rise = p.increase.exec(before)
  const fall = p.decrease.exec(before)
  if (rise || fall)
    return { value: (rise?.index ?? -1) > (fall?.index ?? -1) ? 'increase' : 'decrease', reason: 'rise or fall word before' }
  if (p.increaseAfter?.test(after)) return { value: 'increase', reason: 'rise or fall word after' }
  if (p.decreaseAfter?.test(after)) return { value: 'decrease', reason: 'rise or fall word after' }
  return undefined
}

/**
 * Which way a level moved from the level before it, when the two are said
 * as "from <level> to <level>" ("from $5m to $9m", "từ 5 lên 3 triệu USD"):
 * `before` is the text before the first level, `between` the text between them.
 */
export function levelDirection(before: string, between: string, first: number, second: number, lang: Lang): Linked<Direction> | undefined {
  const p = patterns[lang]
  if (first === second || !p.fromBefore.test(before) || !p.toBetween.test(between)) return undefined
  return { value: second > first ? 'increase' : 'decrease', reason: 'from one level to another' }
}
