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
