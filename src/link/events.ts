import { isKind, type DateFields, type Draft, type EntityFields, type EventFields } from '../facts/draft.js'
import type { LinkDocument, Sentence } from '../facts/document.js'
import type { DateRef } from '../schema/fact.js'
import type { Range } from './clauses.js'
import { eventWords, type EventWords } from './event-words.js'
import { bySentence, storyStart } from './sentences.js'

type EventDraft = Draft<EventFields>
type DateDraft = Draft<DateFields>
type EntityDraft = Draft<EntityFields>

/** How far before a date its cue words are read. */
const cueReach = 24
/** A date this close after a figure, with no punctuation between, is the figure's period ("500 triệu USD trong năm 2013"). */
const figurePeriodGap = 30
/** Most words besides its date that a sentence's opening phrase may have to date the whole sentence ("On", "Năm", "Giai đoạn"). */
const leadWords = 3

/** Punctuation that separates the phrases of a sentence, and the items of a list. */
const separator = /[,;:…](?=\s|$)|…/gu

/** What one sentence offers to its events. */
interface SentenceView {
  readonly text: string
  readonly sentence: Range
  readonly words: EventWords
  readonly events: readonly EventDraft[]
  readonly dates: readonly DateDraft[]
  readonly entities: readonly EntityDraft[]
  readonly figures: readonly Draft[]
  /** Separators of the sentence that are not inside a fact: `start` ends a phrase, `end` starts the next. */
  readonly separators: readonly (Range & { readonly mark: string })[]
}

/**
 * Fills each event's arguments from its sentence: `date` (a date after the
 * trigger in its phrase, else before it in the phrase, else the date that
 * opens the sentence, else, after "At this session", the date of the
 * sentence before), `place` ("in Hanoi", "tại Hà Nội"), `participants` (the
 * people, bodies and countries of its phrase) and, for a target, its
 * `figure`. One trigger becomes several events when it governs several dates
 * ("in April 2002 and March 2004") or a list ("visits: A (3/2004); B
 * (4/2002)"): one per date or item, each with its own arguments.
 */
export function linkEvents(drafts: Draft[], document: LinkDocument): Draft[] {
  const groups = bySentence(drafts)
  const replaced = new Map<EventDraft, EventDraft[]>()
  let previous: { sentence: number; date: DateRef | undefined } | undefined
  for (const [index, group] of [...groups].sort((a, b) => a[0] - b[0])) {
    const events = group.filter((draft): draft is EventDraft => isKind(draft, 'event'))
    if (events.length === 0) continue
    const view = viewOf(group, events, document)
    const inherited = previous?.sentence === index - 1 ? previous.date : undefined
    const made = linkSentence(view, inherited)
    for (const [event, copies] of made) replaced.set(event, copies)
    const dated = [...made.values()].flat().filter((event) => event.fields.date)
    previous = { sentence: index, date: dated.at(-1)?.fields.date ?? undefined }
  }
  return drafts.flatMap((draft) => (isKind(draft, 'event') ? (replaced.get(draft) ?? [withArguments(draft, undefined)]) : [draft]))
}

function viewOf(group: readonly Draft[], events: readonly EventDraft[], document: LinkDocument): SentenceView {
  const first = events[0]!
  const sentence: Sentence | Range = document.sentences[first.sentence] ?? { start: group[0]!.start, end: group.at(-1)!.end }
  const words = eventWords[first.lang]
  const { text } = document
  const figures = group.filter((draft) => isKind(draft, 'figure'))
  const dates = group
    .filter((draft): draft is DateDraft => isKind(draft, 'date') && draft.fields.value !== null)
    .filter((date) => !words.notWhen.test(text.slice(Math.max(sentence.start, date.start - cueReach), date.start)))
    .filter((date) => !figures.some((figure) => isPeriodOf(text, figure, date)))
  const entities = group.filter((draft): draft is EntityDraft => isKind(draft, 'entity'))
  return { text, sentence, words, events, dates, entities, figures, separators: separatorsOf(text, sentence, group) }
}

/** A date right after a figure, or after another such date ("2013 và 2014"), measures the figure. */
function isPeriodOf(text: string, figure: Draft, date: Range): boolean {
  return date.start >= figure.end && date.start - figure.end <= figurePeriodGap && !/[,;:]/u.test(text.slice(figure.end, date.start))
}

function separatorsOf(text: string, sentence: Range, facts: readonly Range[]): (Range & { mark: string })[] {
  const found: (Range & { mark: string })[] = []
  for (const match of text.slice(sentence.start, sentence.end).matchAll(separator)) {
    const start = sentence.start + match.index
    // "November 8, 1972" and "522,4" keep their commas.
    if (facts.some((fact) => fact.start <= start && start < fact.end)) continue
    found.push({ start, end: start + match[0].length, mark: match[0] })
  }
  return found
}

/** The phrase holding `offset`: between the separators around it, within `outer`. */
function phraseOf(view: SentenceView, offset: number, outer: Range = view.sentence): Range {
  let start = outer.start
  let end = outer.end
  for (const mark of view.separators) {
    if (mark.end <= offset) start = Math.max(start, mark.end)
    else if (mark.start >= offset) end = Math.min(end, mark.start)
  }
  return { start, end }
}

function linkSentence(view: SentenceView, inherited: DateRef | undefined): Map<EventDraft, EventDraft[]> {
  const made = new Map<EventDraft, EventDraft[]>()
  const opening =
    openingDate(view) ?? (view.words.anaphor.test(view.text.slice(view.sentence.start, view.sentence.end)) ? inherited : undefined)
  for (const event of view.events) {
    const list = listOf(view, event)
    if (list) {
      made.set(
        event,
        list.map((item) => withArguments(event, item.date ?? null, argumentsIn(view, event, item.range)))
      )
      continue
    }
    const phrase = phraseOf(view, event.start)
    const own = ownDates(view, event, phrase)
    const dates = own.length > 0 ? own.map(refOf) : [dateBefore(view, event, phrase) ?? opening]
    const found = argumentsIn(view, event, phrase)
    made.set(
      event,
      dates.map((date) => withArguments(event, date ?? null, found))
    )
  }
  return made
}

/** A date that opens the sentence alone in its phrase ("Năm 1973, ...", "On 14 October 2025, ..."), after any dateline. */
function openingDate(view: SentenceView): DateRef | undefined {
  const start = storyStart(view.text, view.sentence, view.dates)
  const phrase = phraseOf(view, start, { start, end: view.sentence.end })
  const date = view.dates.find((candidate) => candidate.start >= phrase.start && candidate.end <= phrase.end)
  if (!date) return undefined
  const rest = `${view.text.slice(phrase.start, date.start)} ${view.text.slice(date.end, phrase.end)}`
  return rest.split(/\s+/u).filter(Boolean).length <= leadWords ? refOf(date) : undefined
}

/**
 * Dates after the trigger in its phrase, before the next trigger when one
 * comes between; else shared with the triggers that follow ("tiếp xúc bên lề
 * Hội nghị ... (3/2012) và ... (3/2014)"). Several only when coordinated.
 */
function ownDates(view: SentenceView, event: EventDraft, phrase: Range): DateDraft[] {
  const after = view.dates.filter((date) => date.start >= event.end && date.end <= phrase.end)
  const next = view.events.find((other) => other.start >= event.end && other.start < phrase.end)
  const before = next ? after.filter((date) => date.end <= next.start) : []
  const candidates = before.length > 0 ? before : after
  const chosen = candidates.slice(0, 1)
  for (const date of candidates.slice(1)) {
    const gap = view.text.slice(chosen.at(-1)!.end, date.start)
    const triggerBetween = view.events.some((other) => other !== event && other.start >= chosen.at(-1)!.end && other.end <= date.start)
    if (triggerBetween || !view.words.coordination.test(gap)) break
    chosen.push(date)
  }
  return chosen
}

/** The nearest date before the trigger in its phrase. */
function dateBefore(view: SentenceView, event: EventDraft, phrase: Range): DateRef | undefined {
  const date = view.dates.filter((candidate) => candidate.start >= phrase.start && candidate.end <= event.start).at(-1)
  return date && refOf(date)
}

interface ListItem {
  readonly range: Range
  readonly date?: DateRef
}

/**
 * The items a trigger governs when its phrase ends with a colon: "thăm
 * Pakistan: A (3/2004); B (4/2002)…". Items run to the end of the sentence or
 * to one that holds a trigger of the same type (the next list); an item with
 * a meeting of its own is that meeting, not one of the list. An item with
 * several dates gives one event per date.
 */
function listOf(view: SentenceView, event: EventDraft): ListItem[] | undefined {
  const phrase = phraseOf(view, event.start)
  const colon = view.separators.find((mark) => mark.start === phrase.end && mark.mark === ':')
  if (!colon) return undefined
  const items: ListItem[] = []
  let start = colon.end
  for (const mark of [
    ...view.separators.filter((other) => other.start >= colon.end),
    { start: view.sentence.end, end: view.sentence.end, mark: '' }
  ]) {
    const range = { start, end: mark.start }
    start = mark.end
    if (view.text.slice(range.start, range.end).trim() === '') continue
    const inside = view.events.filter((other) => other.start >= range.start && other.end <= range.end)
    if (inside.some((other) => other.fields.type === event.fields.type)) break
    if (inside.some((other) => other.fields.type === 'meeting')) continue
    const dates = view.dates.filter((date) => date.start >= range.start && date.end <= range.end)
    if (dates.length === 0) items.push({ range })
    for (const date of dates) items.push({ range, date: refOf(date) })
  }
  return items.length > 0 ? items : undefined
}

interface Arguments {
  readonly participants: EntityDraft[]
  readonly place?: EntityDraft
  /** A target's figure: inside the trigger ("set a $2 billion target") or after it. */
  readonly figure?: Draft
}

/** Place, participants and (for a target) figure of an event, from `range` and the trigger's own phrase. */
function argumentsIn(view: SentenceView, event: EventDraft, range: Range): Arguments {
  const phrase = phraseOf(view, event.start)
  const within = (draft: Range) =>
    (draft.start >= range.start && draft.end <= range.end) || (draft.start >= phrase.start && draft.end <= phrase.end)
  const entities = view.entities.filter(within).filter((entity) => entity.fields.type !== 'agreement')
  const place = entities.find(
    (entity) =>
      entity.fields.type === 'place' &&
      entity.start >= event.end &&
      view.words.placeCue.test(view.text.slice(Math.max(0, entity.start - cueReach), entity.start))
  )
  const participants = entities.filter((entity) => entity !== place)
  const figure = event.fields.type === 'target_set' ? view.figures.find((draft) => draft.start >= event.start && within(draft)) : undefined
  return { participants, ...(place ? { place } : {}), ...(figure ? { figure } : {}) }
}

function withArguments(event: EventDraft, date: DateRef | null | undefined, found: Arguments = { participants: [] }): EventDraft {
  return {
    ...event,
    fields: { ...event.fields, date: date ?? null },
    links: {
      ...event.links,
      participants: found.participants,
      ...(found.place ? { place: found.place } : {}),
      ...(found.figure ? { figure: found.figure } : {})
    }
  }
}

function refOf(date: DateDraft): DateRef {
  return { value: date.fields.value!, grain: date.fields.grain }
}
