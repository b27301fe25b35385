import { createRequire } from 'node:module'
import type nlpType from 'compromise'
import { Coverage, type Piece } from '../text.js'
import { indexedBulkMatch } from './sweep.js'

let loaded: typeof nlpType | undefined

/**
 * compromise, loaded when English text first needs it: loading it takes
 * longer than a whole run served by the cache, and than diff or report,
 * which never need it. Its CommonJS build loads synchronously, as rules run.
 * Its sweep of tagging patterns is replaced by one that finds the same
 * patterns for a sentence without walking all of them.
 */
function nlp(): typeof nlpType {
  if (!loaded) {
    loaded = createRequire(import.meta.url)('compromise') as typeof nlpType
    loaded.plugin({ methods: { one: { bulkMatch: indexedBulkMatch } } })
  }
  return loaded
}

/** What compromise says of a text: tags per piece and where it finds people. */
export interface Model {
  tagsAt(index: number): readonly string[]
  /** Does compromise see a person anywhere in `start`..`end`? */
  seesPerson(start: number, end: number): boolean
}

let lexicon: Record<string, string | undefined> | undefined

/** compromise's lexicon: the words it knows, with their tags. */
function lexiconOf(): Record<string, string | undefined> {
  lexicon ??= (nlp().model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon
  return lexicon
}
const nameTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'])

/**
 * Could the word be part of a person's name for compromise's lexicon: a word
 * it does not know ("Shehbaz", "Hourn") or one it knows as a name ("Kim")?
 */
export function isNameLike(word: string): boolean {
  const tag = lexiconOf()[word.toLowerCase()]
  return tag === undefined || nameTags.has(tag)
}

/** Longest stretch given to compromise at once: it slows down on very long sentences. */
const maxSentence = 1_000

/** A term of a compromise document once its offsets are computed. */
interface CompromiseTerm {
  readonly text: string
  readonly tags: ReadonlySet<string>
  readonly offset: { readonly start: number }
}

/** compromise's hooks that neither its tags nor `people()` read: chunks, frozen words, typeahead. */
const unusedHooks = new Set(['chunks', 'freeze', 'typeahead'])
/** The hooks `nlp.tokenize()` has run already. */
const tokenizeHooks = new Set(['contractions', 'alias', 'machine'])
let taggingHooks: string[] | undefined

/**
 * A text tagged by compromise, with the offsets of its terms: the tags of
 * `nlp(text)`, without the hooks nothing here reads, and terms read as they
 * are rather than through `json()`, which copies every term and parses every
 * person's name.
 */
function tagged(text: string): { terms: readonly CompromiseTerm[]; people: readonly (readonly CompromiseTerm[])[] } {
  const library = nlp()
  taggingHooks ??= library.hooks().filter((hook) => !unusedHooks.has(hook) && !tokenizeHooks.has(hook))
  // `tokenize` is typed as compromise's first build; the document is the full one's.
  const document = library.tokenize(text) as ReturnType<typeof nlpType>
  document.compute(taggingHooks).compute('offset')
  const terms = (document.docs as unknown as CompromiseTerm[][]).flat()
  return { terms, people: document.people().docs as unknown as CompromiseTerm[][] }
}

interface Reading {
  readonly byStart: Map<number, string[]>
  readonly people: Coverage
}

/**
 * The compromise reading of a text, asked sentence by sentence: a question
 * about a word parses the sentence around it (once, then reused by every
 * question about that sentence), so sentences no rule asks about are never
 * parsed. compromise is the slowest part of the pipeline by far.
 */
export function lazyModel(text: string, list: readonly Piece[]): Model {
  const readings = new Map<number, Reading>()
  const people = new Coverage(text.length)
  let ranges: [number, number][] | undefined
  const readAround = (offset: number): Reading => {
    ranges ??= sentenceRanges(text)
    const [from, to] = rangeAt(ranges, offset)
    let reading = readings.get(from)
    if (reading) return reading
    reading = { byStart: new Map(), people }
    const { terms, people: found } = tagged(text.slice(from, to))
    for (const term of terms) reading.byStart.set(from + term.offset.start, [...term.tags])
    for (const person of found) {
      const last = person[person.length - 1]!
      people.mark(from + person[0]!.offset.start, from + last.offset.start + last.text.length)
    }
    readings.set(from, reading)
    return reading
  }
  return {
    tagsAt: (index) => readAround(list[index]!.start).byStart.get(list[index]!.start) ?? [],
    seesPerson: (start, end) => {
      readAround(start)
      readAround(end - 1)
      return people.covers(start, end)
    }
  }
}

/** The tags compromise's lexicon gives a word out of context: enough to tell "The" or "Under" from a name. */
export function lexiconTags(word: string): readonly string[] {
  const tag = lexiconOf()[word.toLowerCase()]
  return tag === undefined ? [] : [tag]
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
  for (const match of text.matchAll(sentenceEnd)) close(match.index + match[0].length)
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
