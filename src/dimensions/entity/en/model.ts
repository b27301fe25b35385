import { startsSentence } from '../helpers.js'
import type { Run } from '../runs.js'
import { Coverage, type Piece } from '../text.js'
import { TaggedSentence } from './compromise.js'
import { compromiseLexicon } from './lexicon.js'
import { matchesOf } from '../../../text/matches.js'

/** What compromise says of a text: tags per piece and where it finds people. */
export interface Model {
  tagsAt(index: number): readonly string[]
  /** Does compromise see a person anywhere in `start`..`end`? */
  seesPerson(start: number, end: number): boolean
  /** Can compromise tag any word of the piece's sentence as a person's? When not, no piece there has a person's tag. */
  mayHoldPerson(index: number): boolean
}

const nameTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'])

/**
 * Could the word be part of a person's name for compromise's lexicon: a word
 * it does not know ("Shehbaz", "Hourn") or one it knows as a name ("Kim")?
 */
export function isNameLike(word: string): boolean {
  const tag = compromiseLexicon()[word.toLowerCase()]
  return tag === undefined || nameTags.has(tag)
}

/** Longest stretch given to compromise at once: it slows down on very long sentences. */
const maxSentence = 1_000

/**
 * The compromise reading of a text, asked sentence by sentence: a question
 * about a word tags the sentence around it (once, then reused by every
 * question about that sentence), so sentences no rule asks about are never
 * tagged, and a question about people runs compromise's patterns only on a
 * sentence that can hold one. compromise is the slowest part of the pipeline
 * by far.
 */
export function lazyModel(text: string, list: readonly Piece[]): Model {
  const sentences = new Map<number, TaggedSentence>()
  const tags = new Map<number, readonly string[]>()
  const read = new Set<number>()
  const people = new Coverage(text.length)
  let ranges: [number, number][] | undefined
  const sentenceAt = (offset: number): { from: number; sentence: TaggedSentence } => {
    ranges ??= sentenceRanges(text)
    const [from, to] = rangeAt(ranges, offset)
    let sentence = sentences.get(from)
    if (!sentence) sentences.set(from, (sentence = new TaggedSentence(text.slice(from, to))))
    return { from, sentence }
  }
  const readAround = (offset: number): void => {
    const { from, sentence } = sentenceAt(offset)
    if (read.has(from)) return
    read.add(from)
    const reading = sentence.read()
    for (const term of reading.terms) tags.set(from + term.offset.start, [...term.tags])
    for (const person of reading.people) {
      const last = person[person.length - 1]!
      people.mark(from + person[0]!.offset.start, from + last.offset.start + last.text.length)
    }
  }
  const peopleAround = (offset: number): void => {
    if (sentenceAt(offset).sentence.mayHoldPerson) readAround(offset)
  }
  return {
    tagsAt: (index) => {
      readAround(list[index]!.start)
      return tags.get(list[index]!.start) ?? []
    },
    seesPerson: (start, end) => {
      peopleAround(start)
      peopleAround(end - 1)
      return people.covers(start, end)
    },
    mayHoldPerson: (index) => sentenceAt(list[index]!.start).sentence.mayHoldPerson
  }
}

/** The tags compromise's lexicon gives a word out of context: enough to tell "The" or "Under" from a name. */
export function lexiconTags(word: string): readonly string[] {
  const tag = compromiseLexicon()[word.toLowerCase()]
  return tag === undefined ? [] : [tag]
}

/** A sentence's first word alone that the lexicon knows ("Budget carrier ...", "Head coach ..."): a common word, no name. */
export function isCommonOpener(list: readonly Piece[], run: Run): boolean {
  return run.to - run.from === 1 && startsSentence(list, run.from) && lexiconTags(list[run.from]!.text).length > 0
}

/** A sentence end: a stop, maybe a closing quote or bracket, blanks, then a capital or an opening quote. */
const sentenceEnd = /[.!?]["”’)]?\s+(?=\p{Lu}|["“])/gu

/** The text cut into sentences, and a sentence longer than `maxSentence` into parts of that length: computed once per text. */
function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  let from = 0
  const close = (to: number) => {
    for (; to - from > maxSentence; from += maxSentence) ranges.push([from, from + maxSentence])
    if (to > from) ranges.push([from, to])
    from = to
  }
  for (const match of matchesOf(sentenceEnd, text)) close(match.index + match[0].length)
  close(text.length)
  return ranges
}

/** The range holding `offset` (ranges sorted and touching). */
function rangeAt(ranges: readonly [number, number][], offset: number): [number, number] {
  let low = 0
  let high = ranges.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (ranges[middle]![0] <= offset) low = middle
    else high = middle - 1
  }
  return ranges[low] ?? [0, 0]
}
