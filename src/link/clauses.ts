import type { Lang } from '../lang.js'
import { byLanguage } from '../languages/index.js'
import { cueRegex, findCues } from './cues.js'
import { matchesOf } from '../text/matches.js'

export interface Range {
  readonly start: number
  readonly end: number
}

/**
 * Punctuation that ends a clause inside a sentence: a comma, semicolon or
 * colon followed by a blank ("522,4" and "5,000" have none), or a spaced em
 * dash. Spaced en dashes and hyphens join names ("Việt Nam – Pakistan"), so
 * they are not boundaries.
 */
const clausePunctuation = /[,;:](?=\s|$)|\s—\s/gu

const openers: Readonly<Record<Lang, RegExp>> = byLanguage((words) => cueRegex(words.clauseWords))

/**
 * The clause of `sentence` holding `offset`: the stretch between the nearest
 * boundaries around it (punctuation, or a conjunction that opens a clause),
 * trimmed of blanks. Never crosses the sentence.
 */
export function findClause(text: string, sentence: Range, offset: number, lang: Lang): Range {
  return clauseFinder(text, sentence, lang)(offset)
}

/** `findClause` for many offsets of one sentence: its boundaries are found once. */
export function clauseFinder(text: string, sentence: Range, lang: Lang): (offset: number) => Range {
  const boundaries = clauseBoundaries(text, sentence, lang)
  return (offset) => {
    let start = sentence.start
    let end = sentence.end
    for (const boundary of boundaries) {
      if (boundary.end <= offset) start = Math.max(start, boundary.end)
      else if (boundary.start >= offset) end = Math.min(end, boundary.start)
    }
    while (start < end && /\s/u.test(text[start]!)) start++
    while (end > start && /\s/u.test(text[end - 1]!)) end--
    return { start, end }
  }
}

/** Clause boundaries of a sentence: `start` ends the clause before, `end` starts the next one. */
function clauseBoundaries(text: string, sentence: Range, lang: Lang): Range[] {
  const slice = text.slice(sentence.start, sentence.end)
  const found: Range[] = []
  for (const match of matchesOf(clausePunctuation, slice)) {
    found.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length })
  }
  for (const opener of findCues(openers[lang], slice)) {
    // The conjunction opens the next clause; a clause starting with it is unchanged.
    if (opener.start === 0) continue
    found.push({ start: sentence.start + opener.start, end: sentence.start + opener.start })
  }
  return found
}
