import { giveReasons, isKind, type Draft, type Linked } from '../facts/draft.js'
import type { LinkDocument } from '../facts/document.js'
import type { DateRef } from '../schema/fact.js'
import type { Range } from './clauses.js'
import { argumentsIn, type Arguments } from './event-arguments.js'
import { datesRetold, eventDates } from './event-dates.js'
import { backReferences, distributed, mentionOf, retold, type Mention, type Occurrence } from './event-occurrences.js'
import { phraseOf, refOf, viewOf, type EventDraft, type SentenceView } from './event-view.js'
import { bySentence } from './sentences.js'
import { eventTypeInfo } from '../schema/event-types.js'

/**
 * Fills each event's arguments from its own clause (event-dates.ts,
 * event-arguments.ts: date, place, participants, a target's figure, a
 * casualty's count) and makes one event per reported occurrence: one per
 * date a trigger governs ("in April 2002 and March 2004"), per item of a
 * list after a colon ("visits: A (3/2004); B (4/2002)"), per place of "A and
 * B each", per person met separately, per contest, document adopted or
 * sentence handed (event-occurrences.ts); none for a
 * toll or a disaster a sentence tells again, nor for a noun that mentions a
 * happening already told.
 */
export function linkEvents(drafts: Draft[], document: LinkDocument): Draft[] {
  const groups = bySentence(drafts)
  const replaced = new Map<EventDraft, EventDraft[]>()
  const mentions = new Map<EventDraft, Mention>()
  const told: EventDraft[] = []
  let previous: { sentence: number; date: DateRef | undefined } | undefined
  for (const [index, group] of [...groups].sort((a, b) => a[0] - b[0])) {
    const events = group.filter((draft): draft is EventDraft => isKind(draft, 'event'))
    if (events.length === 0) continue
    const view = viewOf(group, events, document)
    const inherited = inheritedDate(view, previous?.sentence === index - 1 ? previous.date : undefined, told, mentions)
    const dropped = retold(view, events)
    for (const event of events) {
      const own = inherited?.reason === occasionReason && eventTypeInfo[event.fields.type].casualty ? undefined : inherited
      const copies = dropped.has(event) ? [] : occurrencesOf(view, event, own)
      replaced.set(event, copies)
      const mention = mentionOf(view, event)
      if (mention) for (const copy of copies) mentions.set(copy, mention)
    }
    const copies = events.flatMap((event) => replaced.get(event)!)
    told.push(...copies)
    previous = { sentence: index, date: copies.filter((event) => event.fields.date).at(-1)?.fields.date ?? undefined }
  }
  const retelling = datesRetold(groups, replaced, document)
  const linked = drafts.flatMap((draft) => (isKind(draft, 'event') ? (replaced.get(draft) ?? [withArguments(draft, undefined)]) : [draft]))
  const mentioned = backReferences(
    linked.filter((draft): draft is EventDraft => isKind(draft, 'event')),
    mentions
  )
  return linked.filter((draft) => !mentioned.has(draft as EventDraft) && !retelling.has(draft as EventDraft))
}

/** Why an event takes the date of the occasion its sentence names again. */
const occasionReason = 'occasion it refers back to'

/**
 * The date a sentence's events take when nothing in their own clause dates
 * them: the date of the sentence before, when the sentence opens by pointing
 * to it ("Tại kỳ họp này", "Cùng ngày"); else the date of the occasion it
 * opens by naming again ("Sau hội đàm, hai bên đã ký ...", "Tại buổi tiếp,
 * ..."): that of the latest happening told before it of a type the noun
 * names, when that one is dated (a mention of one already told is passed
 * over for the one it mentions). A toll or a disaster keeps its own time:
 * "Trong cuộc gặp, ông chia buồn về sự ra đi của ..." tells no death at the
 * meeting.
 */
function inheritedDate(
  view: SentenceView,
  before: DateRef | undefined,
  told: readonly EventDraft[],
  mentions: ReadonlyMap<EventDraft, Mention>
): Linked<DateRef> | undefined {
  const text = view.text.slice(view.sentence.start, view.sentence.end).trimStart()
  if (before && view.words.anaphor.test(text)) return { value: before, reason: 'sentence before it' }
  const occasion = view.words.occasionTold?.find((candidate) => candidate.opening.test(text))
  if (!occasion) return undefined
  const last = told.filter((event) => occasion.types.includes(event.fields.type) && !mentions.get(event)?.definite).at(-1)
  return last?.fields.date ? { value: last.fields.date, reason: occasionReason } : undefined
}

/** The occurrences one trigger reports, each with its arguments. */
function occurrencesOf(view: SentenceView, event: EventDraft, inherited: Linked<DateRef> | undefined): EventDraft[] {
  const list = listOf(view, event)
  if (list) {
    return list.map((item) =>
      withArguments(event, item.date && { value: item.date, reason: 'its list item' }, argumentsIn(view, event, item.range))
    )
  }
  const dates = eventDates(view, event, inherited)
  const found = argumentsIn(view, event)
  const items = distributed(view, event, found.participants)
  if (items) return items.map((item) => withArguments(event, dates[0], item.participants ? eachOf(found, item.participants) : found))
  return dates.length > 0 ? dates.map((date) => withArguments(event, date, found)) : [withArguments(event, undefined, found)]
}

/** Most words between a trigger and the colon that opens its list. */
const maxWordsBeforeList = 6

interface ListItem {
  readonly range: Range
  readonly date?: DateRef
}

/**
 * The items a trigger governs when its phrase ends with a colon: "thăm
 * Pakistan: A (3/2004); B (4/2002)…". Items are split by semicolons when the
 * list has any (its items may hold commas), else by commas too; they run to
 * the end of the sentence or to one that holds a trigger of the same type
 * (the next list); an item with a meeting of its own is that meeting, not
 * one of the list. A colon whose first item holds a trigger of its own opens
 * a clause, not a list ("Bão đổ bộ vào Philippines: 20 người thiệt mạng, Việt
 * Nam hỗ trợ ..."). An item with coordinated dates gives one event per date,
 * else one with its first date.
 */
function listOf(view: SentenceView, event: EventDraft): ListItem[] | undefined {
  const phrase = phraseOf(view, event.start)
  const colon = view.separators.find((mark) => mark.start === phrase.end && mark.mark === ':')
  if (!colon || !introducesList(view.text.slice(event.end, colon.start))) return undefined
  const rest = view.separators.filter((other) => other.start >= colon.end)
  const bySemicolon = rest.some((mark) => mark.mark === ';')
  const items: ListItem[] = []
  let start = colon.end
  let first = true
  for (const mark of [
    ...rest.filter((other) => !bySemicolon || other.mark !== ','),
    { start: view.sentence.end, end: view.sentence.end }
  ]) {
    const range = { start, end: mark.start }
    start = mark.end
    if (view.text.slice(range.start, range.end).trim() === '') continue
    const inside = view.events.filter((other) => other.start >= range.start && other.end <= range.end)
    if (inside.some((other) => other.fields.type === event.fields.type)) break
    if (first && inside.length > 0) return undefined
    first = false
    if (inside.some((other) => other.fields.type === 'meeting')) continue
    const dates = itemDates(view, range)
    if (dates.length === 0) items.push({ range })
    for (const date of dates) items.push({ range, date })
  }
  return items.length > 0 ? items : undefined
}

/** What may stand between a trigger and the colon of its list: a few words ("thăm Pakistan:", "văn bản gồm:"), no bracket ("(Photo: VNA)"). */
function introducesList(between: string): boolean {
  return !/[()]/u.test(between) && between.split(/\s+/u).filter(Boolean).length <= maxWordsBeforeList
}

/** The dates of a list item: all of them when coordinated ("(4/2002) và (3/2004)"), else the first. */
function itemDates(view: SentenceView, range: Range): DateRef[] {
  const dates = view.dates.filter((date) => date.start >= range.start && date.end <= range.end)
  const chosen = dates.slice(0, 1)
  for (const date of dates.slice(1)) {
    if (!view.words.coordination.test(view.text.slice(chosen.at(-1)!.end, date.start))) break
    chosen.push(date)
  }
  return chosen.map(refOf)
}

/** The arguments of one of the happenings a trigger reports: its own participants ("A and B each": one place of them). */
function eachOf(found: Arguments, participants: NonNullable<Occurrence['participants']>): Arguments {
  return { ...found, participants: participants.entities, reasons: { ...found.reasons, participants: participants.reason } }
}

function withArguments(
  event: EventDraft,
  date: Linked<DateRef> | undefined,
  found: Arguments = { participants: [], reasons: {} }
): EventDraft {
  const { nominal: _nominal, ...fields } = event.fields
  const made: EventDraft = {
    ...event,
    fields: { ...fields, date: date?.value ?? null },
    links: {
      ...event.links,
      participants: found.participants,
      ...(found.place ? { place: found.place } : {}),
      ...(found.figure ? { figure: found.figure } : {}),
      ...(found.count ? { count: found.count } : {})
    }
  }
  giveReasons(made, { date: date?.reason, ...found.reasons })
  return made
}
