import { eventTypeInfo, type EventTypeInfo } from '../schema/event-types.js'
import type { EventType, LinkReason } from '../schema/vocabulary.js'
import type { Range } from './clauses.js'
import { phraseOf, within, type EntityDraft, type EventDraft, type SentenceView } from './event-view.js'

/** An item of a list of matches: a team, then its score ("thắng Timor Leste 2-0 và Myanmar 1-0"). */
const teamAndScore = /^(?:the |đội |U\d+ )?\p{Lu}[^,;]*?\d+[-–]\d+/u

/** How an item of a list of contests or objects starts: a number, a name, "the men's". */
const itemStart = /^(?:(?:the|a|an) \S|\p{N}|\p{Lu}|men['’]s|women['’]s|mixed|nội dung|môn)/u
/** A numbered document: "18 laws". */
const numbered = /^\p{N}/u

/** One of the happenings a trigger reports: with the participants of its own, when they differ, and why. */
export interface Occurrence {
  readonly participants?: { readonly entities: EntityDraft[]; readonly reason: LinkReason }
}

/**
 * How many happenings one trigger reports, when it reports several: one per
 * place of "A and B each" ("Hải Dương và Hà Nội mỗi nơi có 1 người chết"),
 * each with that place; one per person of "A, B and C all"; one per person
 * met separately ("lần lượt tiếp A và B"), each with the host and that
 * person; one per contest of a prize won in a list of them; one per
 * numbered or named document adopted; one per sentence handed. Undefined
 * when it reports one.
 */
export function distributed(view: SentenceView, event: EventDraft, participants: readonly EntityDraft[]): Occurrence[] | undefined {
  const each = distributivePlaces(view, event) ?? collectivePersons(view, event)
  if (each) return each.map((entity) => ({ participants: { entities: [entity], reason: 'one place of each' } }))
  const info = eventTypeInfo[event.fields.type]
  const donors = info.eachOf === 'donor' ? donorsBefore(view, event) : undefined
  if (donors) return donors.map((entity) => ({ participants: { entities: [entity], reason: 'one place of each' } }))
  if (info.eachOf === 'person met separately') return metSeparately(view, event, participants)
  const after = view.text.slice(event.end, view.sentence.end)
  const count = itemsAfter(view, after, info.eachOf)
  if (count > 1) return Array.from({ length: count }, () => ({}))
  return undefined
}

/** How many items of the kind that makes one happening each stand in the list right after a trigger: "in A, B and C", "18 laws and 21 resolutions". */
function itemsAfter(view: SentenceView, after: string, eachOf: EventTypeInfo['eachOf']): number {
  switch (eachOf) {
    case 'contest': {
      const list = view.words.contestList.exec(after)
      return list ? countItems(after.slice(list.index + list[0].length), view.words.itemSeparator, itemStart) : 0
    }
    case 'score':
      return countItems(after.trimStart(), view.words.itemSeparator, teamAndScore)
    case 'document':
      return countItems(after.trimStart(), view.words.itemSeparator, {
        test: (item) => numbered.test(item) || view.words.documentName.test(item)
      })
    case 'agreement':
      return view.words.agreementItem ? countItems(after.trimStart(), view.words.itemSeparator, view.words.agreementItem) : 0
    case 'mission': {
      const list = view.words.contestList.exec(after)
      if (!list || !view.words.missionItem) return 0
      return countItems(after.slice(list.index + list[0].length), view.words.itemSeparator, view.words.missionItem, true)
    }
    case 'sentence': {
      const { named, bare, several } = view.words.sentence
      const each = countItems(after.trimStart(), view.words.itemSeparator, named)
      if (each > 1) return each
      return several.test(view.text.slice(view.sentence.start, view.sentence.end))
        ? countItems(after.trimStart(), view.words.itemSeparator, bare)
        : 0
    }
    case 'person met separately':
    case 'donor':
    case undefined:
      return 0
  }
}

/**
 * Items of a list, while each starts as `start` says. With `closed`, a list
 * of several must end on a word that joins ("A and B", "A và B"), not a comma
 * alone: "Kyiv, Ukraine" is one place told twice.
 */
function countItems(text: string, separator: RegExp, start: Pick<RegExp, 'test'>, closed = false): number {
  const parts = text.split(new RegExp(`(${separator.source})`, separator.flags))
  let count = 0
  let joined = false
  for (let index = 0; index < parts.length; index += 2) {
    if (!start.test(parts[index]!)) break
    count++
    joined = index > 0 && /\p{L}/u.test(parts[index - 1]!)
  }
  return closed && count > 1 && !joined ? 1 : count
}

/**
 * The places that each make a promise of their own, listed as the subject
 * right before a trigger of aid ("India, China and Japan have offered
 * assistance"), if two or more: each joined to the one before, the last
 * followed by nothing but auxiliaries.
 */
function donorsBefore(view: SentenceView, event: EventDraft): EntityDraft[] | undefined {
  const afterDonors = view.words.afterDonors
  if (!afterDonors) return undefined
  const places = view.entities.filter(
    (entity) => entity.fields.type === 'place' && entity.end <= event.start && entity.start >= view.sentence.start
  )
  const listed: EntityDraft[] = []
  for (const place of places.reverse()) {
    const gap = view.text.slice(place.end, listed.at(-1)?.start ?? event.start)
    if (listed.length === 0 ? !afterDonors.test(gap) : !view.words.joiner.test(gap)) break
    listed.push(place)
  }
  return listed.length > 1 ? listed.reverse() : undefined
}

/** Most words of a title between a joiner and the next person of a list ("và Chủ tịch Quốc hội Trần Văn Nam"); Vietnamese counts syllables: "Bộ trưởng Ngoại giao Nhật Bản" is six. */
const maxTitleWords = 7

/**
 * The persons listed as the subject of a trigger a collective word stands
 * right before ("Tổng Bí thư A, Chủ tịch nước B và Thủ tướng C đều trúng
 * cử"), if two or more: each joined to the one before by a joiner and a
 * title of a few words, the last just before the collective word.
 */
function collectivePersons(view: SentenceView, event: EventDraft): EntityDraft[] | undefined {
  const before = view.text.slice(view.sentence.start, event.start)
  const collective = view.words.collective?.exec(before)
  if (!collective) return undefined
  const at = view.sentence.start + collective.index
  const persons = view.entities.filter((entity) => entity.fields.type === 'person' && entity.end <= at)
  const listed: EntityDraft[] = []
  for (const person of persons.reverse()) {
    const gap = view.text.slice(person.end, listed.at(-1)?.start ?? at)
    if (listed.length === 0 ? gap.trim() !== '' : !joinsTitled(view, gap)) break
    listed.push(person)
  }
  return listed.length > 1 ? listed.reverse() : undefined
}

/**
 * One meeting per person of a list after the trigger when the phrases from
 * the trigger's to the last person's say they were met separately ("separately received A and B", "lần lượt tiếp
 * A và B"), if two or more: each with the participants the trigger has but
 * the other persons of the list and what stands in their items (their
 * titles' countries). A meeting with A and B together stays one.
 */
function metSeparately(view: SentenceView, event: EventDraft, participants: readonly EntityDraft[]): Occurrence[] | undefined {
  const persons = view.entities.filter((entity) => entity.fields.type === 'person' && entity.start >= event.end)
  const items: Range[] = []
  for (const person of persons) {
    const from = items.at(-1)?.end ?? event.end
    const gap = view.text.slice(from, person.start)
    if (items.length === 0 ? !isTitle(gap) : !joinsTitled(view, gap)) break
    items.push({ start: from, end: person.end })
  }
  if (items.length < 2) return undefined
  const said = { start: phraseOf(view, event.start).start, end: phraseOf(view, items.at(-1)!.end).end }
  if (!view.words.separately.test(view.text.slice(said.start, said.end))) return undefined
  return items.map((item) => ({
    participants: {
      entities: participants.filter(
        (entity) => !items.some((other) => other !== item && other.start <= entity.start && entity.end <= other.end)
      ),
      reason: 'one person met separately'
    }
  }))
}

/** Is `gap` a joiner, then a title of a few words ("và Chủ tịch Quốc hội ")? */
function joinsTitled(view: SentenceView, gap: string): boolean {
  const separator = view.words.itemSeparator.exec(gap)
  if (!separator || separator.index !== 0) return false
  return isTitle(gap.slice(separator[0].length))
}

/** Is `text` a title of a few words, or nothing ("Đại sứ Nhật Bản", "Korean Ambassador")? */
function isTitle(text: string): boolean {
  const title = text.trim()
  return !/[\p{N},;:.()]/u.test(title) && (title === '' ? 0 : title.split(/\s+/u).length) <= maxTitleWords
}

/** The places joined before a distributive word of the trigger's phrase, if two or more. */
function distributivePlaces(view: SentenceView, event: EventDraft): EntityDraft[] | undefined {
  const phrase = phraseOf(view, event.start)
  const found = view.words.distributive.exec(view.text.slice(phrase.start, phrase.end))
  if (!found) return undefined
  const at = phrase.start + found.index
  const places = view.entities.filter((entity) => entity.fields.type === 'place' && entity.start >= phrase.start && entity.end <= at)
  const joined: EntityDraft[] = []
  for (const place of places) {
    const last = joined.at(-1)
    if (last && !view.words.joiner.test(view.text.slice(last.end, place.start))) joined.length = 0
    joined.push(place)
  }
  return joined.length > 1 ? joined : undefined
}

/**
 * The events of one sentence that tell a happening the sentence already
 * told: a death after the first one (the toll, then its parts or its
 * comparison), a disaster or a death in a phrase that elaborates an earlier
 * one of its type ("..., where floods killed 20 people"). Copies a trigger
 * makes for several happenings are kept.
 */
export function retold(view: SentenceView, events: readonly EventDraft[]): Set<EventDraft> {
  const dropped = new Set<EventDraft>()
  const firstOf = new Map<EventType, EventDraft>()
  for (const event of [...events].sort((a, b) => a.start - b.start)) {
    const first = firstOf.get(event.fields.type)
    if (!first) {
      firstOf.set(event.fields.type, event)
      continue
    }
    if (first.start === event.start) continue
    const info = eventTypeInfo[event.fields.type]
    if (info.oncePerSentence && !toldApart(view, first, event)) dropped.add(event)
    else if (info.elaborated && elaborates(view, event)) dropped.add(event)
  }
  return dropped
}

/**
 * "Quảng Nam có 4 người chết, Quảng Ngãi có 2 người tử vong", "3 người chết tại chỗ, 1 người tử vong trên đường đi cấp cứu": a later
 * casualty in a phrase of its own that its language's `apart` words open tells people the first did not count, unless the phrase
 * stands in the first's brackets ("66 người chết (45 người tử vong ...)"); an elaboration ("..., cụ thể là 29 người chết") opens otherwise.
 */
function toldApart(view: SentenceView, first: EventDraft, event: EventDraft): boolean {
  const phrase = phraseOf(view, event.start)
  if (!eventTypeInfo[event.fields.type].casualty || !view.words.apart?.test(view.text.slice(phrase.start, phrase.end).trimStart())) {
    return false
  }
  if (phrase.start < phraseOf(view, first.start).end) return false
  const before = view.text.slice(view.sentence.start, event.start)
  return before.lastIndexOf('(') <= before.lastIndexOf(')')
}

function elaborates(view: SentenceView, event: EventDraft): boolean {
  const phrase: Range = phraseOf(view, event.start)
  return view.words.elaboration.test(view.text.slice(phrase.start, phrase.end).trimStart())
}

/** How a noun trigger is written: as a mention of a happening ("the elections", "Trong cuộc gặp"), and whether its phrase dates it. */
export interface Mention {
  readonly definite: boolean
  readonly dated: boolean
}

/**
 * How a noun trigger is written, for `backReferences`: definite when a
 * determiner before it ("the", "Trong") or a demonstrative after it ("này")
 * makes it so and no complement of its own follows it ("the closure of
 * checkpoints" is a closure of its own); dated when a date, even one not
 * resolved, stands in its phrase ("the presidential vote on February 14").
 */
export function mentionOf(view: SentenceView, event: EventDraft): Mention | undefined {
  if (!event.fields.nominal) return undefined
  const before = view.text.slice(view.sentence.start, event.start)
  const after = view.text.slice(event.end, view.sentence.end)
  const marked = view.words.definite.test(before) || (view.words.demonstrative?.test(after) ?? false)
  const phrase = phraseOf(view, event.start)
  return { definite: marked && !view.words.complement.test(after), dated: view.dateMentions.some((date) => within(phrase, date)) }
}

/**
 * Noun triggers that mention a happening already told in the document: "the
 * elections" after "the 2024 presidential elections", "Trong cuộc gặp" after
 * "đã gặp". A definite noun is a back-reference when an earlier event of its
 * type stands in the document and its phrase gives it no date, or the date
 * of such an earlier event.
 */
export function backReferences(events: readonly EventDraft[], mentions: ReadonlyMap<EventDraft, Mention>): Set<EventDraft> {
  const dropped = new Set<EventDraft>()
  const seen = new Map<EventType, Set<string>>()
  for (const event of [...events].sort((a, b) => a.start - b.start)) {
    const type = event.fields.type
    const earlier = seen.get(type)
    const mention = mentions.get(event)
    const value = event.fields.date?.value
    if (earlier && mention?.definite && (!mention.dated || (value !== undefined && earlier.has(value)))) {
      dropped.add(event)
      continue
    }
    const values = earlier ?? new Set<string>()
    if (value) values.add(value)
    seen.set(type, values)
  }
  return dropped
}
