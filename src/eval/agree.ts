import type { Fields, Item, Range } from './item.js'

/** Strict compares values; lenient also takes any prediction whose span overlaps the gold text. */
export const modes = ['strict', 'lenient'] as const
export type Mode = (typeof modes)[number]

/** Money and percent values match within this fraction of the gold value. */
export const valueTolerance = 0.005

/**
 * Whether a prediction may stand for a gold item of the same line and kind
 * (corpus README, "Scoring"). Strict: the same normalized value. Lenient:
 * strict, or overlapping spans (for events: the same type and overlapping
 * spans); a dated_figure has no gold text, so lenient only stops asking for
 * the same `target`.
 */
export function agrees(gold: Item, predicted: Item, mode: Mode): boolean {
  if (sameValue(gold.fields, predicted.fields, mode)) return true
  if (mode === 'strict') return false
  if (gold.fields.kind === 'event' && predicted.fields.kind === 'event' && gold.fields.type !== predicted.fields.type) return false
  return overlaps(gold.spans, predicted.spans)
}

function sameValue(gold: Fields, predicted: Fields, mode: Mode): boolean {
  switch (gold.kind) {
    case 'money':
      return predicted.kind === 'money' && closeTo(gold.value, predicted.value) && gold.unit === predicted.unit
    case 'percent':
      return predicted.kind === 'percent' && closeTo(gold.value, predicted.value)
    case 'date':
      return predicted.kind === 'date' && gold.value === predicted.value
    case 'dated_figure':
      return (
        predicted.kind === 'dated_figure' &&
        closeTo(gold.value, predicted.value) &&
        gold.unit === predicted.unit &&
        gold.date === predicted.date &&
        (mode === 'lenient' || gold.target === predicted.target)
      )
    case 'event':
      return predicted.kind === 'event' && gold.type === predicted.type && (gold.date === null || gold.date === predicted.date)
    default:
      return predicted.kind === gold.kind && 'text' in predicted && fold(gold.text) === fold(predicted.text)
  }
}

function closeTo(gold: number | null, predicted: number | null): boolean {
  if (gold === null || predicted === null) return false
  return Math.abs(predicted - gold) <= valueTolerance * Math.abs(gold)
}

/** Trimmed, NFC, case-folded (upper then lower folds ß to ss and final sigma to sigma). */
export function fold(text: string): string {
  return text.trim().normalize('NFC').toUpperCase().toLowerCase()
}

function overlaps(gold: readonly Range[], predicted: readonly Range[]): boolean {
  return gold.some((a) => predicted.some((b) => a.start < b.end && b.start < a.end))
}
