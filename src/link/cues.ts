import { alternation } from '../engine/alternation.js'
import { followsLetterOrDigit, nextCodePoint, startsLetterOrDigit } from '../text/bounds.js'

/** A cue found in a text: where it stands and how long it is. */
export interface CueMatch {
  readonly start: number
  readonly end: number
}

/**
 * Blanks and at most six words between the two parts of a split cue:
 * "đưa … lên" accepts "đưa kim ngạch thương mại hai bên lên". Blanks and
 * non-blanks alternate, so matching is linear.
 */
const cueGap = '(?:\\s+\\S+){0,6}?\\s+'

/** One cue as regex source: its words, with `…` standing for a short gap. */
function cueSource(cue: string): string {
  return cue
    .split(/\s*…\s*/u)
    .map((part) => alternation([part]))
    .join(cueGap)
}

/**
 * Compiles a list of cue words (data) into one regex. Longest cues are tried
 * first, so "expected to reach" wins over "expected" at the same place. Word
 * bounds are added where a cue ends with a letter ("it’ll" keeps its "’ll");
 * where one starts with a letter, `findCues` checks that no letter is before
 * it (without a leading assertion the regex engine skips ahead to the first
 * characters of the cues).
 */
export function cueRegex(cues: readonly string[]): RegExp {
  // Cues in a row that take the bound share one: `(?:a|b)(?!…)` tries what `a(?!…)|b(?!…)` tries, in the same
  // order, and V8 compiles each Unicode class of a regex apart (one bound per cue took 0.2 s to build for English targets).
  const groups: { bounded: boolean; sources: string[] }[] = []
  for (const cue of [...cues].sort((a, b) => b.length - a.length)) {
    const bounded = /[\p{L}\p{N}]$/u.test(cue)
    const last = groups.at(-1)
    if (last?.bounded === bounded) last.sources.push(cueSource(cue))
    else groups.push({ bounded, sources: [cueSource(cue)] })
  }
  const alternatives = groups.map(({ bounded, sources }) => (bounded ? `(?:${sources.join('|')})(?![\\p{L}\\p{N}])` : sources.join('|')))
  return new RegExp(`(?:${alternatives.join('|')})`, 'giu')
}

/** Every cue of `regex` (from `cueRegex`) in `text`, left to right, without overlaps. */
export function findCues(regex: RegExp, text: string): CueMatch[] {
  const found: CueMatch[] = []
  regex.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = regex.exec(text)) !== null) {
    // A cue opening with a letter inside a word is no cue: look again one character on.
    if (startsLetterOrDigit(text, match.index) && followsLetterOrDigit(text, match.index)) {
      regex.lastIndex = nextCodePoint(text, match.index)
      continue
    }
    found.push({ start: match.index, end: match.index + match[0].length })
    if (match[0].length === 0) regex.lastIndex++
  }
  return found
}
