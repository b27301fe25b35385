import { isNameWord, type Run } from '../runs.js'
import type { Piece } from '../text.js'
import { lexiconTags } from './model.js'
import { organizationHeadSet } from './words.js'

/** Words of a name's own that a title-case line capitalizes like any other ("Bank Of Pakistan", "Industry And Trade"). */
const nameConnectors = new Set(['Of', 'For', 'And', 'The', '&'])
/** "Off By Web Desk": a byline's "By" and the desk's name after it stay one run, which names no one. */
const bylineWord = 'By'
/** The lexicon's tags of words that are never part of a name: a headline's verbs and small words. */
const clauseTags = new Set([
  'Preposition',
  'Conjunction',
  'Modal',
  'Copula',
  'PresentTense',
  'PastTense',
  'Infinitive',
  'Gerund',
  'Adverb',
  'Pronoun',
  'Determiner'
])
/** Words a line needs, at least, all capitalized, to be set in title case. */
const minWords = 4
/** Small words a title-case headline may leave in lower case ("Vietnam Airlines Posts Record Profit as Tourists Return"). */
const smallWords = new Set('a an the and or but as at by for from in into of on to with vs amid after over per via'.split(' '))

/**
 * A headline set in title case ("Vietnam Airlines Posts Record Profit As
 * Travel Rebounds") capitalizes its verbs and small words, so its runs of
 * capitals hold whole clauses. In such a line a run is cut before a word
 * the lexicon knows as a verb, a preposition or a conjunction ("As", "To",
 * "Keeps"), and after a body's head before a verb it takes for a plural
 * ("Airlines | Posts"); in a line with lower-case words the runs are left as they are.
 */
export function cutTitleCase(text: string, list: readonly Piece[], runs: readonly Run[]): Run[] {
  const lines = lineIndexes(text, list)
  const titled = titleCaseLines(list, lines)
  if (titled.size === 0) return [...runs]
  return runs.flatMap((run) => (titled.has(lines[run.from]!) ? cutRun(list, run) : [run]))
}

function cutRun(list: readonly Piece[], run: Run): Run[] {
  const parts: Run[] = []
  let from = run.from
  for (let index = run.from; index < run.to; index++) {
    const piece = list[index]!
    if (!isNameWord(piece) || nameConnectors.has(piece.text) || piece.text === bylineWord) continue
    const tags = lexiconTags(piece.text)
    const clause = tags.some((tag) => clauseTags.has(tag))
    // "Airlines | Posts": a verb the lexicon takes for a plural noun, after a body's head.
    const afterHead = index > from && organizationHeadSet.has(list[index - 1]!.text) && tags.includes('Plural')
    if (!clause && !afterHead) continue
    if (index > from) parts.push({ from, to: index })
    from = clause ? index + 1 : index
  }
  if (from < run.to) parts.push({ from, to: run.to })
  return parts.filter((part) => list.slice(part.from, part.to).some(isNameWord))
}

/** The line of each piece, counted in one pass over the text. */
function lineIndexes(text: string, list: readonly Piece[]): number[] {
  const lines: number[] = []
  let line = 0
  let offset = 0
  for (const piece of list) {
    for (; offset < piece.start; offset++) if (text.charCodeAt(offset) === 10) line++
    lines.push(line)
  }
  return lines
}

/** The lines set in title case: at least `minWords` words of letters, none of them lower case but small words, and those only in a line no stop closes. */
function titleCaseLines(list: readonly Piece[], lines: readonly number[]): Set<number> {
  const capitals = new Map<number, number>()
  const lower = new Set<number>()
  const small = new Set<number>()
  const stopped = new Set<number>()
  list.forEach((piece, index) => {
    // A line closed by a stop is a sentence or a signature ("X, Assistant Minister, Ministry of Foreign Affairs."), no headline.
    if (piece.text === '.' && lines[index + 1] !== lines[index]) stopped.add(lines[index]!)
    if (!piece.word || !/^\p{L}{2,}$/u.test(piece.text)) return
    if (/^\p{Ll}/u.test(piece.text)) (smallWords.has(piece.text) ? small : lower).add(lines[index]!)
    else capitals.set(lines[index]!, (capitals.get(lines[index]!) ?? 0) + 1)
  })
  const titled = new Set<number>()
  for (const [line, count] of capitals)
    if (count >= minWords && !lower.has(line) && !(small.has(line) && stopped.has(line))) titled.add(line)
  return titled
}
