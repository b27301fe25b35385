import { isKind, type Draft, type LinkReasons } from '../facts/draft.js'
import { eventTypeInfo } from '../schema/event-types.js'
import type { Range } from './clauses.js'
import { cueReach, phraseOf, phrasesOf, within, type EntityDraft, type EventDraft, type SentenceView } from './event-view.js'
import { matchesOf } from '../text/matches.js'
import type { LinkReason } from '../schema/vocabulary.js'

export interface Arguments {
  readonly participants: EntityDraft[]
  readonly place?: EntityDraft
  /** A target's figure: inside the trigger ("set a $2 billion target") or after it. */
  readonly figure?: Draft
  /** A casualty event's count figure ("19 people killed", "làm 40 người chết"). */
  readonly count?: Draft
  /** Why each argument was found. */
  readonly reasons: LinkReasons
}

/**
 * Place, participants, figure and count of an event, from its own phrase
 * (and `range`, a list item it governs). Participants are the actors of the
 * trigger: the people, bodies and countries of its phrase, of the phrase
 * before when its own names none before the trigger ("X, the minister of
 * Y, visited Z"), never who reports it (those before a verb of saying or in
 * an "according to" phrase) nor its place.
 */
export function argumentsIn(view: SentenceView, event: EventDraft, range?: Range): Arguments {
  const phrase = phraseOf(view, event.start)
  const inScope = (draft: Range) => within(phrase, draft) || (range !== undefined && within(range, draft))
  // Who makes a statement is its actor; who reports any other event is not.
  const speakers = event.fields.type === 'statement' ? new Set<EntityDraft>() : speakersOf(view, event)
  const own = view.entities.filter(inScope).filter((entity) => entity.fields.type !== 'agreement' && !speakers.has(entity))
  const subjects = own.some((entity) => entity.end <= event.start) ? [] : subjectsBefore(view, phrase, speakers)
  const entities = [...subjects, ...own]
  const place = placeOf(view, event, entities)
  const participants = entities.filter((entity) => entity !== place?.value)
  const figure = eventTypeInfo[event.fields.type].sets
    ? view.figures.find((draft) => draft.start >= event.start && inScope(draft))
    : undefined
  const count = eventTypeInfo[event.fields.type].casualty ? countOf(view, event, phrase) : undefined
  const reasons: LinkReasons = {
    participants: participantsReason(participants, subjects, phrase),
    place: place && (place.value.start >= event.end ? 'place cue after the trigger' : 'place cue before the trigger'),
    figure: figure && 'target figure after the trigger',
    count: count && 'nearest count in its phrase'
  }
  return {
    participants,
    ...(place ? { place: place.value } : {}),
    ...(figure ? { figure } : {}),
    ...(count ? { count } : {}),
    reasons
  }
}

/** Why the participants are who they are: a subject an apposition split off, the names of a list item, or those of the trigger's phrase. */
function participantsReason(participants: readonly EntityDraft[], subjects: readonly EntityDraft[], phrase: Range): LinkReason | undefined {
  if (participants.length === 0) return undefined
  if (participants.some((entity) => subjects.includes(entity))) return 'subject before an apposition'
  return participants.every((entity) => within(phrase, entity)) ? 'names of its phrase' : 'names of its list item'
}

/** A place after the trigger with "in", "at", "tại", "ở" before it; else one before the trigger with such a cue. */
function placeOf(view: SentenceView, event: EventDraft, entities: readonly EntityDraft[]): { value: EntityDraft } | undefined {
  const cued = entities.filter(
    (entity) =>
      entity.fields.type === 'place' && view.words.placeCue.test(view.text.slice(Math.max(0, entity.start - cueReach), entity.start))
  )
  const found = cued.find((entity) => entity.start >= event.end) ?? cued.filter((entity) => entity.end <= event.start).at(-1)
  return found && { value: found }
}

/**
 * Who reports the event: the names before a verb of saying that stands
 * before the trigger ("Minister X said the two countries ..."), the names of
 * the phrase of a verb of saying after it ("..., Minister X said"), and the
 * names of a phrase that opens with "according to".
 */
function speakersOf(view: SentenceView, event: EventDraft): Set<EntityDraft> {
  const speakers = new Set<EntityDraft>()
  const { text, words } = view
  const before = text.slice(view.sentence.start, event.start)
  const said = matchesOf(words.speech, before).at(-1)
  if (said) {
    const cut = view.sentence.start + said.index
    for (const entity of view.entities) if (entity.end <= cut) speakers.add(entity)
  }
  for (const phrase of phrasesOf(view)) {
    const phraseText = text.slice(phrase.start, phrase.end)
    const reports = words.source.test(phraseText.trimStart()) || (phrase.start >= event.end && phraseText.search(words.speech) !== -1)
    if (!reports) continue
    for (const entity of view.entities) if (within(phrase, entity)) speakers.add(entity)
  }
  return speakers
}

/** The names of the phrase before `phrase` when it holds no trigger and no verb of saying: the subject an apposition split off. */
function subjectsBefore(view: SentenceView, phrase: Range, speakers: ReadonlySet<EntityDraft>): EntityDraft[] {
  const previous = phrasesOf(view)
    .filter((candidate) => candidate.end <= phrase.start)
    .at(-1)
  if (!previous || view.events.some((event) => within(previous, event)) || view.dates.some((date) => within(previous, date))) return []
  return view.entities.filter((entity) => within(previous, entity) && entity.fields.type !== 'agreement' && !speakers.has(entity))
}

/** The count figure nearest the trigger in its phrase. */
function countOf(view: SentenceView, event: EventDraft, phrase: Range): Draft | undefined {
  const counts = view.figures.filter((figure) => isKind(figure, 'figure') && figure.fields.type === 'count' && within(phrase, figure))
  const distance = (figure: Draft) => (figure.end <= event.start ? event.start - figure.end : Math.max(0, figure.start - event.end))
  return [...counts].sort((a, b) => distance(a) - distance(b))[0]
}
