import type { Draft } from '../facts/draft.js'

/** Drafts grouped by the sentence they stand in, in text order within each group. */
export function bySentence(drafts: readonly Draft[]): Map<number, Draft[]> {
  const groups = new Map<number, Draft[]>()
  for (const draft of [...drafts].sort((a, b) => a.start - b.start)) {
    const group = groups.get(draft.sentence) ?? []
    group.push(draft)
    groups.set(draft.sentence, group)
  }
  return groups
}

/** A dateline's dash: "HÀ NỘI, 12/3/2025 - Chiều 11/3, ..."; the story's sentence starts after it. */
const datelineDash = /\s[-–—]\s/u
/** How far into a sentence a dateline may end. */
const datelineReach = 60

/**
 * Where the story's own sentence starts: after a dateline ("Hà Nội, ngày
 * 5/11/2024 - Trong 10 tháng ...") when a date stands before a dash near the
 * start of the sentence, else at the sentence's start.
 */
export function storyStart(text: string, sentence: { readonly start: number }, dates: readonly { readonly end: number }[]): number {
  const dash = datelineDash.exec(text.slice(sentence.start, sentence.start + datelineReach))
  if (!dash) return sentence.start
  const afterDash = sentence.start + dash.index + dash[0].length
  return dates.some((date) => date.end <= afterDash && date.end > sentence.start) ? afterDash : sentence.start
}
