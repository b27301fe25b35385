import { alternation } from '../dimensions/numeral/helpers.js'

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
 * bounds are added where a cue starts or ends with a letter ("it’ll" keeps
 * its "’ll").
 */
export function cueRegex(cues: readonly string[]): RegExp {
  const sources = [...cues]
    .sort((a, b) => b.length - a.length)
    .map((cue) => {
      const left = /^[\p{L}\p{N}]/u.test(cue) ? '(?<![\\p{L}\\p{N}])' : ''
      const right = /[\p{L}\p{N}]$/u.test(cue) ? '(?![\\p{L}\\p{N}])' : ''
      return `${left}${cueSource(cue)}${right}`
    })
  return new RegExp(`(?:${sources.join('|')})`, 'giu')
}

/** Every cue of `regex` (from `cueRegex`) in `text`, left to right, without overlaps. */
export function findCues(regex: RegExp, text: string): CueMatch[] {
  const found: CueMatch[] = []
  regex.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = regex.exec(text)) !== null) {
    found.push({ start: match.index, end: match.index + match[0].length })
    if (match[0].length === 0) regex.lastIndex++
  }
  return found
}
