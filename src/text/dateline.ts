import type { Token } from '../engine/rule.js'
import type { Lang } from '../lang.js'
import { createParser, type Parser } from '../dimensions/parse.js'

/** How many non-blank lines at the top of an article may hold its dateline or publication date. */
const topLines = 5
/** A line this short holding a day is a dateline or a byline, not a sentence of the story. */
const shortLine = 100
/** A day followed by blanks then a dash opens the lead paragraph as a dateline: "Hanoi, Nov. 9, 2022 —". */
const blanksThenDash = /[ \t]*[-–—]/u
/** The same, right at `lastIndex`: right after a day. */
const blanksThenDashAt = new RegExp(blanksThenDash.source, 'uy')
/** A dateline's day stands near the start of its line: after a place name, a weekday or a label. */
const nearStart = 60
/** How much of a line is read for its dateline: a day near the start, and the dash after it. */
const headLength = 160

const digit = /\p{Nd}/u

/** One date parser per language, compiled on first use and shared by every article. */
const parsers = new Map<Lang, Parser>()

function parserFor(lang: Lang): Parser {
  let parser = parsers.get(lang)
  if (!parser) {
    parser = createParser(lang, ['date'])
    parsers.set(lang, parser)
  }
  return parser
}

/**
 * The day an article was written, from a dateline or a publication date at
 * its top ("Hanoi, Nov. 9, 2022 —", "Published: 14/10/2025", "Thứ Hai,
 * 14/10/2025 10:30"), as an ISO day; undefined when the top gives none.
 * Only a whole day said absolutely counts (with its time, if given): a
 * month, a year or a relative date is never a reference.
 */
export function findReferenceDate(text: string, lang: Lang): string | undefined {
  const lines = text
    .split(/\r\n|\r|\n/u)
    .filter((line) => line.trim() !== '')
    .slice(0, topLines)
  for (const line of lines) {
    // A day said absolutely has its year in digits (years in words are not read), so a line without one is not parsed.
    if (!digit.test(line)) continue
    const normalized = line.normalize('NFC')
    const short = normalized.trim().length <= shortLine
    if (!short && !dashCanFollowHead(normalized)) continue
    // Only the start of a long line can hold its dateline: the rest is the story, read by the extractors.
    const head = normalized.length > headLength ? normalized.slice(0, headLength) : normalized
    const found = parserFor(lang)
      .parse(head, undefined)
      .tokens.filter((token): token is Token<'date'> => token.dimension === 'date')
      .find(
        (token) =>
          ['day', 'hour', 'minute', 'second'].includes(token.value.grain) &&
          !token.value.relative &&
          token.value.value !== null &&
          !token.value.value.includes('/') &&
          token.start <= nearStart &&
          (token.end < head.length || head === normalized) &&
          (short || dashFollows(normalized, token.end))
      )
    // The day of it: a dateline's time of writing ("14/10/2025 10:30") is not a reference for days.
    if (found) return found.value.value?.slice(0, 10)
  }
  return undefined
}

/**
 * Can a dash follow a day that ends in the line's head (after blanks that
 * start within it), as a long line needs to be a dateline? Checked before
 * the parse, to spare parsing the lead paragraphs that have no such dash.
 */
function dashCanFollowHead(line: string): boolean {
  const dashAt = line.search(blanksThenDash)
  return dashAt !== -1 && dashAt <= headLength
}

/** Do blanks then a dash follow `at`? */
function dashFollows(line: string, at: number): boolean {
  blanksThenDashAt.lastIndex = at
  return blanksThenDashAt.test(line)
}
