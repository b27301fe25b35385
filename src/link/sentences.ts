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
/** What may follow a dateline's date before its dash: spaces and an agency in brackets. */
const datelineTail = /^\s*(?:\([^()]{1,20}\)\s*)?$/u
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
  const dashStart = sentence.start + dash.index
  const afterDash = dashStart + dash[0].length
  // The date ends the dateline: only an agency's name may stand between it and the dash ("12/3/2025 (VNA) -"), not "đã được khởi công ... Biên Hòa - Vũng Tàu".
  const endsDateline = (date: { readonly end: number }) =>
    date.end <= dashStart && date.end > sentence.start && datelineTail.test(text.slice(date.end, dashStart))
  return dates.some(endsDateline) ? afterDash : sentence.start
}

/** A dateline of a place in capitals and no date: "ĐÀ NẴNG - ", "KUALA LUMPUR (Bernama) - ". */
const placeDateline = /^(?:[\p{Lu}\p{M}.]+ ){0,3}[\p{Lu}\p{M}.]+(?: \([^()]{1,20}\))? [-–—] /u

/** Where a sentence's words start after a dateline that names only a place ("JAKARTA - Tối 29/7/2025, ..."), else its start. */
export function afterPlaceDateline(text: string, sentence: { readonly start: number }): number {
  const dateline = placeDateline.exec(text.slice(sentence.start, sentence.start + datelineReach))
  return dateline ? sentence.start + dateline[0].length : sentence.start
}

/** A number closing a heading, then the capital that may open the sentence run into it. */
const numberThenCapital = /\p{N}[ \t]+(?=\p{Lu})/gu

/**
 * Where a sentence's words start after a heading run into them without its
 * full stop ("Chart 2: Exports by month, 2023 and 2024 In the first half of
 * 2024, the ministry said ..."): at the first `opener`
 * right after a number, outside any date (`dates`: "5 Tháng 9" is one); else
 * the sentence's start.
 */
export function afterRunInHeading(
  text: string,
  sentence: { readonly start: number; readonly end: number },
  opener: RegExp,
  dates: readonly { readonly start: number; readonly end: number }[]
): number {
  for (const match of text.slice(sentence.start, sentence.end).matchAll(numberThenCapital)) {
    const start = sentence.start + match.index + match[0].length
    if (dates.some((date) => date.start < start && start < date.end)) continue
    if (opener.test(text.slice(start, sentence.end))) return start
  }
  return sentence.start
}
