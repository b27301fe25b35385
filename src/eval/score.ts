import { langs, type Lang } from '../lang.js'
import type { GoldKind } from './kinds.js'
import type { Matching } from './match.js'

export interface Counts {
  readonly tp: number
  readonly fp: number
  readonly fn: number
}

/** Counts with their rates; a rate is null when it divides by zero (nothing predicted, nothing to find). */
export interface Score extends Counts {
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
}

/** Scores per kind (only the kinds scored, in table order) and their micro-average. */
export interface ScoreTable {
  readonly kinds: Partial<Record<GoldKind, Score>>
  readonly micro: Score
}

/**
 * One mode's scores over all languages and per language. A true positive
 * and a false negative count in the gold item's language (its line's), a
 * false positive in the record's `lang`.
 */
export interface ModeScores {
  readonly all: ScoreTable
  readonly languages: Readonly<Record<Lang, ScoreTable>>
}

export interface Scores {
  /** Gold files scored. */
  readonly files: number
  readonly strict: ModeScores
  readonly lenient: ModeScores
}

type Tally = Record<GoldKind, { tp: number; fp: number; fn: number }>

/** Tallies one mode's matchings (one per source) into scores for the given kinds. */
export function scoreMatchings(matchings: readonly Matching[], kinds: readonly GoldKind[]): ModeScores {
  const empty = (): Tally => Object.fromEntries(kinds.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Tally
  const all = empty()
  const byLang = Object.fromEntries(langs.map((lang) => [lang, empty()])) as Record<Lang, Tally>
  const add = (lang: Lang, kind: GoldKind, field: keyof Counts) => {
    all[kind][field]++
    byLang[lang][kind][field]++
  }
  for (const matching of matchings) {
    for (const [gold] of matching.pairs) add(gold.lang, gold.fields.kind, 'tp')
    for (const gold of matching.missed) add(gold.lang, gold.fields.kind, 'fn')
    for (const predicted of matching.spurious) add(predicted.lang, predicted.fields.kind, 'fp')
  }
  return {
    all: toTable(all, kinds),
    languages: Object.fromEntries(langs.map((lang) => [lang, toTable(byLang[lang], kinds)])) as Record<Lang, ScoreTable>
  }
}

function toTable(tally: Tally, kinds: readonly GoldKind[]): ScoreTable {
  const sum = kinds.reduce(
    (total, kind) => ({ tp: total.tp + tally[kind].tp, fp: total.fp + tally[kind].fp, fn: total.fn + tally[kind].fn }),
    {
      tp: 0,
      fp: 0,
      fn: 0
    }
  )
  return { kinds: Object.fromEntries(kinds.map((kind) => [kind, score(tally[kind])])), micro: score(sum) }
}

/** Precision, recall and F1 of counts; F1 = 2tp / (2tp + fp + fn). */
export function score(counts: Counts): Score {
  const { tp, fp, fn } = counts
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn)
  }
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}
