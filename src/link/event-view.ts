import { isKind, type DateFields, type Draft, type EntityFields, type EventFields } from '../facts/draft.js'
import type { LinkDocument, Sentence } from '../facts/document.js'
import type { DateRef } from '../schema/fact.js'
import type { Range } from './clauses.js'
import { languageWords } from '../languages/index.js'
import type { EventWords } from './event-words.js'
import { matchesOf } from '../text/matches.js'

export type EventDraft = Draft<EventFields>
export type DateDraft = Draft<DateFields>
export type EntityDraft = Draft<EntityFields>

/** How far before a date its cue words are read. */
export const cueReach = 24
/** A date this close after a figure, with no punctuation between, is the figure's period ("500 triệu USD trong năm 2013"). */
const figurePeriodGap = 30

/** Punctuation that separates the phrases of a sentence, and the items of a list. */
const separator = /[,;:…](?=\s|$)|…|\s—\s/gu

export interface Separator extends Range {
  readonly mark: string
}

/** What one sentence offers to its events. */
export interface SentenceView {
  readonly text: string
  readonly sentence: Range
  readonly words: EventWords
  readonly events: readonly EventDraft[]
  /** Dates with a value that may say when an event happened. */
  readonly dates: readonly DateDraft[]
  /** Dates with a value right after a figure, which measure it ("15,000 troops in 2016", "to 11 per cent on May 5, 2025"). */
  readonly periods: readonly DateDraft[]
  /** Every date of the sentence, unresolved ones ("February 14" with no year known) included. */
  readonly dateMentions: readonly DateDraft[]
  readonly entities: readonly EntityDraft[]
  readonly figures: readonly Draft[]
  /** Separators of the sentence that are not inside a fact: `start` ends a phrase, `end` starts the next. */
  readonly separators: readonly Separator[]
}

export function viewOf(group: readonly Draft[], events: readonly EventDraft[], document: LinkDocument): SentenceView {
  const first = events[0]!
  const sentence: Sentence | Range = document.sentences[first.sentence] ?? { start: group[0]!.start, end: group.at(-1)!.end }
  const words = languageWords[first.lang].events
  const { text } = document
  const figures = group.filter((draft) => isKind(draft, 'figure'))
  const dateMentions = group.filter((draft): draft is DateDraft => isKind(draft, 'date'))
  const valued = dateMentions
    .filter((date) => date.fields.value !== null)
    .filter((date) => !words.notWhen.test(text.slice(Math.max(sentence.start, date.start - cueReach), date.start)))
  const periods = valued.filter((date) => figures.some((figure) => isPeriodOf(text, figure, date)))
  const dates = valued.filter((date) => !periods.includes(date))
  const entities = group.filter((draft): draft is EntityDraft => isKind(draft, 'entity'))
  return { text, sentence, words, events, dates, periods, dateMentions, entities, figures, separators: separatorsOf(text, sentence, group) }
}

/** A date right after a figure, or after another such date ("2013 và 2014"), measures the figure. */
function isPeriodOf(text: string, figure: Draft, date: Range): boolean {
  return date.start >= figure.end && date.start - figure.end <= figurePeriodGap && !/[,;:]/u.test(text.slice(figure.end, date.start))
}

function separatorsOf(text: string, sentence: Range, facts: readonly Range[]): Separator[] {
  const found: Separator[] = []
  for (const match of matchesOf(separator, text.slice(sentence.start, sentence.end))) {
    const start = sentence.start + match.index
    // "November 8, 1972" and "522,4" keep their commas.
    if (facts.some((fact) => fact.start <= start && start < fact.end)) continue
    found.push({ start, end: start + match[0].length, mark: match[0].trim() })
  }
  return found
}

/** The phrase holding `offset`: between the separators around it, within `outer`. */
export function phraseOf(view: SentenceView, offset: number, outer: Range = view.sentence): Range {
  let start = outer.start
  let end = outer.end
  for (const mark of view.separators) {
    if (mark.end <= offset) start = Math.max(start, mark.end)
    else if (mark.start >= offset) end = Math.min(end, mark.start)
  }
  return { start, end }
}

/** The phrases of the sentence, in order. */
export function phrasesOf(view: SentenceView): Range[] {
  const phrases: Range[] = []
  let start = view.sentence.start
  for (const mark of view.separators) {
    phrases.push({ start, end: mark.start })
    start = mark.end
  }
  phrases.push({ start, end: view.sentence.end })
  return phrases.filter((phrase) => view.text.slice(phrase.start, phrase.end).trim() !== '')
}

export function within(outer: Range, inner: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

export function refOf(date: DateDraft): DateRef {
  return { value: date.fields.value!, grain: date.fields.grain }
}
