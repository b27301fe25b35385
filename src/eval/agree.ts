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
      return predicted.kind === 'date' && sameDate(gold.value, predicted.value)
    case 'dated_figure':
      return (
        predicted.kind === 'dated_figure' &&
        closeTo(gold.value, predicted.value) &&
        gold.unit === predicted.unit &&
        sameDate(gold.date, predicted.date) &&
        (mode === 'lenient' || gold.target === predicted.target)
      )
    case 'event':
      return (
        predicted.kind === 'event' &&
        gold.type === predicted.type &&
        (gold.date === null || (predicted.date !== null && sameDate(gold.date, predicted.date)))
      )
    default:
      return predicted.kind === gold.kind && 'text' in predicted && fold(gold.text) === fold(predicted.text)
  }
}

/**
 * The same date as the conventions read it (CONVENTIONS.md, Dates): the same
 * ISO value; a time on the gold's day ("2022-06-21T09:15" for "2022-06-21");
 * or a fiscal year given by its twelve months ("2022-07/2023-06" for
 * "2022/2023").
 */
export function sameDate(gold: string, predicted: string): boolean {
  if (gold === predicted) return true
  if (/^\d{4}-\d{2}-\d{2}$/u.test(gold)) return predicted.startsWith(`${gold}T`) && !predicted.includes('/')
  const years = /^(\d{4})\/(\d{4})$/u.exec(gold)
  const months = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/u.exec(predicted)
  if (!years || !months) return false
  const [first, last] = [Number(years[1]), Number(years[2])]
  const [fromYear, fromMonth, toYear, toMonth] = months.slice(1).map(Number) as [number, number, number, number]
  const twelveMonths = (toYear - fromYear) * 12 + toMonth - fromMonth + 1 === 12
  return last === first + 1 && fromYear === first && toYear === last && fromMonth > 1 && twelveMonths
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
