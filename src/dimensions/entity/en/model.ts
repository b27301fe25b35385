import { createRequire } from 'node:module'
import type nlpType from 'compromise'
import { Coverage, type Piece } from '../text.js'

let loaded: typeof nlpType | undefined

/**
 * compromise, loaded when English text first needs it: loading it takes
 * longer than a whole run served by the cache, and than diff or report,
 * which never need it. Its CommonJS build loads synchronously, as rules run.
 */
function nlp(): typeof nlpType {
  loaded ??= createRequire(import.meta.url)('compromise') as typeof nlpType
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

/** Longest text given to compromise at once: it slows down on very long sentences. */
const maxChunk = 2_000

interface CompromiseTerm {
  readonly tags: string[]
  readonly offset: { readonly start: number }
}
interface CompromiseMatch {
  readonly offset: { readonly start: number; readonly length: number }
}

/**
 * The compromise reading of a text, built on first need and then reused by
 * every question: one document per text (per 2,000 characters of a longer one,
 * cut at sentence ends or blanks), never one per question.
 */
export function lazyModel(text: string, list: readonly Piece[]): Model {
  let read: { byStart: Map<number, string[]>; people: Coverage } | undefined
  const ensure = () => {
    if (read) return read
    const byStart = new Map<number, string[]>()
    const people = new Coverage(text.length)
    for (const [from, to] of chunks(text)) {
      const document = nlp()(text.slice(from, to))
      for (const sentence of document.json({ offset: true }) as { terms: CompromiseTerm[] }[]) {
        for (const term of sentence.terms) byStart.set(from + term.offset.start, term.tags)
      }
      for (const match of document.people().json({ offset: true }) as CompromiseMatch[]) {
        people.mark(from + match.offset.start, from + match.offset.start + match.offset.length)
      }
    }
    read = { byStart, people }
    return read
  }
  return {
    tagsAt: (index) => ensure().byStart.get(list[index]!.start) ?? [],
    seesPerson: (start, end) => ensure().people.covers(start, end)
  }
}

/** Cuts a text into parts of at most `maxChunk` characters, at a sentence end or a blank when there is one. */
function chunks(text: string): [number, number][] {
  const parts: [number, number][] = []
  let from = 0
  while (from < text.length) {
    let to = Math.min(text.length, from + maxChunk)
    if (to < text.length) {
      const window = text.slice(from, to)
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf(' '))
      if (cut > 0) to = from + cut + 1
    }
    parts.push([from, to])
    from = to
  }
  return parts
}
