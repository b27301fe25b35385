import { giveReasons, isKind, type Draft, type Linked } from '../facts/draft.js'
import type { LinkDocument } from '../facts/document.js'
import { languageWords } from '../languages/index.js'
import type { LinkReason } from '../schema/vocabulary.js'
import type { DateRef } from '../schema/fact.js'
import type { Range } from './clauses.js'
import { cueReach, phraseOf, phrasesOf, refOf, within, type DateDraft, type EventDraft, type SentenceView } from './event-view.js'
import { eventTypeInfo } from '../schema/event-types.js'
import { afterPlaceDateline, afterRunInHeading, storyStart } from './sentences.js'

/** Most words besides its date, its places and its asides that a phrase may have to be a date alone ("On", "Năm", "vào chiều ngày"). */
const leadWords = 3

/**
 * The dates of one event, from its own clause first: the dates after the
 * trigger in its phrase (several when coordinated: "in April 2002 and March
 * 2004"), else the nearest before it in its phrase, else the date a "when"
 * phrase hangs on ("in 2016, when Modi paid a visit"), else a phrase that is
 * a date alone before it ("Năm 1973, ...", "vào chiều ngày 26/5/2025, ..."),
 * else the date of an occasion that opens the sentence ("At the meeting on
 * March 12, 2025, the two sides agreed ..."), else the date closing the
 * sentence's first phrase ("The court on Wednesday, January 17, 2025,
 * sentenced ..."), else the last date of a when-clause that opens the
 * sentence ("When Biden visited Hanoi in September 2023, the two countries
 * upgraded ties"),
 * else, when a year names the trigger's object, the date the sentence
 * points back to (`inherited`), else that year ("Chiều 13/11/2025, Quốc hội
 * thông qua dự toán ngân sách nhà nước năm 2026" is dated by its opening
 * phrase, "Cùng ngày, ..." by the day before; "passed the 2025 budget" alone by its year), else the first date of the trigger-free phrases that follow it ("958 of
 * them deaths, were recorded from 1 January to 17 August 2019"), else the
 * date of the happening before it in its sentence that it is the toll or the
 * consequence of ("hit on September 7, 2024, killing four people"), else a
 * date alone after it ("Cuộc gặp ... tại Đại Liên, tháng 6/2024."), else
 * `inherited`: the date of the sentence before or of the occasion the
 * sentence names again (`inheritedDate` in events.ts), with its reason.
 * A date past a plan ("and agreed to open a consulate next year") is the plan's, never the event's, and a date before the trigger
 * that follows another trigger of the phrase is that one's when the
 * trigger's object names a year ("became prime minister in October 2015 and
 * was re-elected in the November 2022 general election"). Empty when nothing
 * dates it.
 */
export function eventDates(view: SentenceView, event: EventDraft, inherited: Linked<DateRef> | undefined): Linked<DateRef>[] {
  const phrase = overApposition(view, event, phraseOf(view, event.start))
  const { told: saidAfter, object } = ownDates(view, event, phrase)
  // "cut its rate to 11 per cent on May 5, 2025", "set up a division of 15,000 troops in 2016": a date that measures a figure the
  // event brought about dates the event too, when no other date after the trigger tells when it happened (a target's year stays the target's).
  const told =
    saidAfter.length === 0 && !eventTypeInfo[event.fields.type].sets
      ? ownDates({ ...view, dates: view.periods }, event, phrase).told
      : saidAfter
  if (told.length > 0) return told.map((date) => ({ value: refOf(date), reason: 'after the trigger in its phrase' }))
  // "became prime minister in October 2015 and was re-elected in the November 2022 general election": a date told after an earlier
  // trigger of the phrase is that trigger's; the year naming this event's own object tells its time better.
  // "Dự án được khởi công năm 2023 đã đi vào vận hành": a date inside a relative clause before the trigger is that clause's happening's.
  const candidate = dateBefore(view, event, phrase)
  const before = candidate && !inRelativeClause(view, event, phrase, candidate) ? candidate : undefined
  const claimed = before && object && claimedBefore(view, event, phrase, before)
  const found =
    because(
      claimed ? refOf(object) : before && refOf(before),
      claimed ? 'after the trigger in its phrase' : 'before the trigger in its phrase'
    ) ??
    because(whenDate(view, phrase), 'phrase a when-clause hangs on') ??
    because(aloneBefore(view, event), 'date-alone phrase before') ??
    because(leadingDate(view, event, view.words.occasion, 'written'), 'occasion opening its sentence') ??
    because(closingBefore(view, event, phrase), 'date closing the phrase before') ??
    // A when-clause and the phrase it hangs on share one time, read either way.
    because(leadingDate(view, event, view.words.when, 'any'), 'phrase a when-clause hangs on') ??
    // "Cùng ngày, Quốc hội thông qua dự toán ngân sách năm 2026": the day a sentence points back to tells the time, not the object's year.
    (object && inherited) ??
    because(object && refOf(object), 'after the trigger in its phrase') ??
    because(dateOfFollowingPhrases(view, event, phrase), 'rest of its clause') ??
    because(happeningBefore(view, event, phrase, inherited), 'happening before it in its sentence') ??
    because(aloneAfter(view, event), 'date-alone phrase after') ??
    inherited
  return found ? [found] : []
}

/** A date found, with the reason it was. */
function because(date: DateRef | undefined, reason: LinkReason): Linked<DateRef> | undefined {
  return date && { value: date, reason }
}

/**
 * Dates after the trigger in its phrase, before the next trigger when one
 * comes between; else shared with the triggers that follow ("tiếp xúc bên
 * lề Hội nghị ... (3/2012) và ... (3/2014)"), unless a date before the
 * trigger dates it. Several only when coordinated.
 * A year naming the event's object ("the 2025 budget") is no date it tells:
 * it comes back apart, as `object`, when it is the only one.
 */
function ownDates(view: SentenceView, event: EventDraft, phrase: Range): { told: DateDraft[]; object?: DateDraft } {
  // A date inside the trigger, or running into it, dates it too: "the 2024 presidential elections", "the November 2022 general election".
  const after = view.dates.filter((date) => date.end > event.start && date.end <= phrase.end && !pastPlan(view, event.end, date.start))
  const next = view.events.find((other) => other.start >= event.end && other.start < phrase.end)
  const untilNext = next ? after.filter((date) => date.end <= next.start) : []
  // "Ủy ban ngày 15/11/2024 công bố kết quả cuộc bầu cử diễn ra một ngày trước đó": past the next trigger, a date is that one's
  // when a date before the trigger tells this one's time; the triggers share the dates after them only when nothing else dates this one.
  const before = dateBefore(view, event, phrase)
  const shared = next && before && !claimedBefore(view, event, phrase, before) ? [] : after
  const found = untilNext.length > 0 ? untilNext : shared
  // "tabled the 2025 budget ... on October 18, 2024": a year naming the object is not when the event happened, when another date tells that.
  const told = found.filter((date) => !(date.start >= event.end && attributive(view, date)))
  if (told.length === 0) return found[0] ? { told, object: found[0] } : { told }
  const chosen = told.slice(0, 1)
  for (const date of told.slice(1)) {
    const gap = view.text.slice(chosen.at(-1)!.end, date.start)
    const triggerBetween = view.events.some((other) => other !== event && other.start >= chosen.at(-1)!.end && other.end <= date.start)
    if (triggerBetween || !view.words.coordination.test(gap)) break
    if (date.fields.value !== chosen.at(-1)!.fields.value) chosen.push(date)
  }
  return { told: chosen }
}

/** Does the date name the event's object rather than its time ("the 2025 budget")? */
function attributive(view: SentenceView, date: DateDraft): boolean {
  const { before, after } = view.words.attributive
  return before.test(view.text.slice(Math.max(0, date.start - 30), date.start)) && after.test(view.text.slice(date.end, date.end + 30))
}

/** Does a plan open between `from` and `to` ("... and agreed to open a consulate next year")? */
function pastPlan(view: SentenceView, from: number, to: number): boolean {
  return view.words.plan.test(view.text.slice(from, to))
}

/**
 * "Ủy ban Bầu cử ngày 22/9/2024 tuyên bố ông A, lãnh đạo liên minh NPP, giành chiến thắng": the commas around an apposition to a
 * name split no clause, so the trigger's phrase reaches back over it to the name's phrase when the trigger's phrase goes on with the
 * predicate (a lower-case word that opens no when-, where- or source phrase) and the apposition holds no trigger and no date; only
 * for the predicate's first trigger.
 */
function overApposition(view: SentenceView, event: EventDraft, phrase: Range): Range {
  // The name is the subject of the predicate's first trigger only: "cuộc bầu cử diễn ra một ngày trước đó" after it is not its.
  if (view.events.some((other) => other !== event && other.start >= phrase.start && other.start < event.start)) return phrase
  const phrases = phrasesOf(view)
  const index = phrases.findIndex((candidate) => candidate.end === phrase.end)
  const [named, apposition] = [phrases[index - 2], phrases[index - 1]]
  const opening = view.text.slice(phrase.start, phrase.end).trimStart()
  if (!named || !apposition || !/^\p{Ll}/u.test(opening)) return phrase
  const { when, elaboration, source } = view.words
  if ([when, elaboration, source].some((words) => words.test(opening))) return phrase
  const commas = view.separators.filter((mark) => mark.mark === ',' && (mark.start === named.end || mark.start === apposition.end))
  const inApposition = (inner: Range) => within(apposition, inner)
  const bare = !view.events.some(inApposition) && !view.dateMentions.some(inApposition)
  const endsWithName = view.entities.some((entity) => within(named, entity) && view.text.slice(entity.end, named.end).trim() === '')
  return commas.length === 2 && bare && endsWithName ? { start: named.start, end: phrase.end } : phrase
}

/** Does an earlier trigger of the phrase stand before `date`, which is then that trigger's ("became prime minister in October 2015 and was re-elected")? */
function claimedBefore(view: SentenceView, event: EventDraft, phrase: Range, date: DateDraft): boolean {
  return view.events.some((other) => other !== event && other.end <= date.start && other.start >= phrase.start)
}

/**
 * Does `date` stand in a relative clause of the phrase, after a trigger its language's `relative` words open ("Dự án được khởi công
 * năm 2023 đã chính thức đi vào vận hành", "Luật được thông qua ngày 18/1/2024 có hiệu lực ..."), with no trigger between them?
 */
function inRelativeClause(view: SentenceView, event: EventDraft, phrase: Range, date: DateDraft): boolean {
  const { relative } = view.words
  if (!relative) return false
  const opener = view.events.filter((other) => other !== event && other.start >= phrase.start && other.end <= date.start).at(-1)
  if (!opener) return false
  const lead = view.text.slice(Math.max(phrase.start, opener.start - cueReach), opener.start)
  return relative.test(lead) || relative.test(`${view.text.slice(opener.start, opener.end)} `)
}

/** The nearest date before the trigger in its phrase, past a dateline ("HANOI, March 12, 2025 (VNA) - ... held talks" is the day of writing). */
function dateBefore(view: SentenceView, event: EventDraft, phrase: Range): DateDraft | undefined {
  const from = Math.max(phrase.start, storyOpening(view))
  return view.dates.filter((candidate) => candidate.start >= from && candidate.end <= event.start).at(-1)
}

/**
 * "When Biden visited Hanoi in September 2023, the two countries upgraded ties": a when-clause that opens the sentence tells the
 * time of the clause it leads into, when no date stands between them. So does a phrase naming the occasion the sentence's happenings
 * took place at ("At the meeting on March 12, 2025, the ministers set a goal ...", "Tại hội nghị ngày 12/3/2025, ..."). Its
 * last date, unless a plan opens before it. `cue` is what opens the phrase; `days` whether its date may be one the day of writing
 * places ("When Biden visited Hanoi last year") or must be written out ("At today's meeting" dates nothing).
 */
function leadingDate(view: SentenceView, event: EventDraft, cue: RegExp, days: 'any' | 'written'): DateRef | undefined {
  const start = storyOpening(view)
  const opening = phrasesOf(view).find((phrase) => phrase.end > start)
  if (!opening || opening.end > event.start || !cue.test(view.text.slice(Math.max(opening.start, start), opening.end).trimStart())) {
    return undefined
  }
  if (view.dates.some((date) => date.start >= opening.end && date.end <= event.start)) return undefined
  // Past the dateline: "KARACHI, September 14, 2023 (APP) - At today's meeting, ..." is written that day, not dated by it.
  const from = Math.max(opening.start, start)
  const date = view.dates
    .filter((candidate) => candidate.start >= from && candidate.end <= opening.end && !pastPlan(view, from, candidate.start))
    .at(-1)
  return date && !(days === 'written' && date.fields.relative) ? refOf(date) : undefined
}

/** What each sentence's events share, worked out at its first event: they are many in a sentence of a list. */
const openings = new WeakMap<SentenceView, number>()
const lonePhrasesOf = new WeakMap<SentenceView, { phrase: Range; date: DateDraft }[]>()

/** Where the story's own words start: after a dateline, with or without its date, or after a heading run into the sentence. */
function storyOpening(view: SentenceView): number {
  let start = openings.get(view)
  if (start === undefined) {
    const { text, sentence } = view
    start = Math.max(
      // "HANOI, Jan 18 (VNS) - ...": a dateline's day needs no year to end it.
      storyStart(text, sentence, view.dateMentions),
      afterPlaceDateline(text, sentence),
      afterRunInHeading(text, sentence, view.words.runInOpener, view.dateMentions)
    )
    openings.set(view, start)
  }
  return start
}

/**
 * "..., in 2016, when Modi paid a visit": a phrase opened by "when" happens at the date that ends the phrase before it. That date
 * may bound the clause it ends ("the worst fighting since 2011, when clashes killed 20"): it still tells when the when-phrase happened.
 */
function whenDate(view: SentenceView, phrase: Range): DateRef | undefined {
  if (!view.words.when.test(view.text.slice(phrase.start, phrase.end).trimStart())) return undefined
  const previous = view.dateMentions.filter(
    (date) => date.fields.value !== null && date.end <= phrase.start && view.text.slice(date.end, phrase.start).trim().length <= 1
  )
  return previous.length > 0 ? refOf(previous.at(-1)!) : undefined
}

/** Phrases of the sentence that are a date alone, with the date: "Năm 1973", "On 14 October 2025", "vào chiều ngày 26/5/2025". */
function lonePhrases(view: SentenceView): { phrase: Range; date: DateDraft }[] {
  const known = lonePhrasesOf.get(view)
  if (known) return known
  const start = storyOpening(view)
  const found: { phrase: Range; date: DateDraft }[] = []
  for (const phrase of phrasesOf(view)) {
    const from = Math.max(phrase.start, start)
    // "Sáng nay (27/4/2024)": the day the text writes out, when the phrase also says it relative to the day of writing.
    const all = view.dates.filter((date) => date.start >= from && date.end <= phrase.end)
    const written = all.filter((date) => !date.fields.relative)
    const dates = written.length === 1 ? written : all
    if (dates.length !== 1 || view.events.some((event) => within(phrase, event))) continue
    const date = dates[0]!
    // "Vinamilk, founded in 1976, opened a plant": the date of what the phrase's name came to be.
    if (view.words.origin.test(view.text.slice(from, date.start).trimStart())) continue
    if (wordsBesides(view, { start: from, end: phrase.end }, date) <= leadWords) found.push({ phrase, date })
  }
  lonePhrasesOf.set(view, found)
  return found
}

/**
 * "Widodo arrived in Hanoi on March 10, 2025, beginning a state visit", "The court on Wednesday, January 17, 2025, sentenced ...",
 * "Thủ tướng đến Canberra chiều 6/3/2025, bắt đầu chuyến thăm ...": the predicate goes on past a comma after a date, so the date that
 * closes the sentence's first phrase tells the time of a trigger in the second, when the first holds no trigger, no plan and no founding
 * and the trigger opens its phrase or follows at most two lower-case words.
 */
function closingBefore(view: SentenceView, event: EventDraft, phrase: Range): DateRef | undefined {
  const phrases = phrasesOf(view)
  const previous = phrases[phrases.findIndex((candidate) => candidate.end === phrase.end) - 1]
  // The sentence's first phrase: a later one may be an apposition with a date of its own ("Ông A, Bộ trưởng từ năm 2021, đã ký ...").
  if (!previous || previous !== phrases.find((candidate) => candidate.end > storyOpening(view))) return undefined
  if (view.events.some((other) => within(previous, other))) return undefined
  const date = view.dates.filter((candidate) => within(previous, candidate)).at(-1)
  if (!date || date.fields.relative || !/^[\s)]*$/u.test(view.text.slice(date.end, previous.end))) return undefined
  const told = view.text.slice(previous.start, date.start)
  // "Công ty thành lập năm 1996, đã đầu tư ...": the founding's date, wherever its word stands in the phrase.
  const founding = [...told.matchAll(/(?:^|\s)(?=\S)/gu)].some((word) => view.words.origin.test(told.slice(word.index + word[0].length)))
  if (founding || view.words.plan.test(told)) return undefined
  const lead = view.text.slice(phrase.start, event.start).trim()
  return lead === '' || /^\p{Ll}[\p{L}\p{M}]*(?: \p{Ll}[\p{L}\p{M}]*)?$/u.test(lead) ? refOf(date) : undefined
}

/** Casualties: tolls, dated by the happening that took them. */
const toll: EventDraft['fields']['type'] = 'death'

/**
 * "Typhoon Yagi hit northern Vietnam on September 7, 2024, killing four people", "Bão đổ bộ ngày 7/9/2024, khiến 4 người chết": a
 * toll belongs to the day of the happening told before it in its sentence; so does what a phrase opened as its consequence tells
 * ("U23 Việt Nam đánh bại U23 Thái Lan tối 22/5/2022, qua đó giành HCV", "beat Thailand on May 22, 2022, winning the gold"): that
 * happening's one date, however found, when no other date stands between them and no plan opens.
 */
function happeningBefore(
  view: SentenceView,
  event: EventDraft,
  phrase: Range,
  inherited: Linked<DateRef> | undefined
): DateRef | undefined {
  const consequence = view.words.consequence.test(view.text.slice(phrase.start, phrase.end).trimStart())
  if (event.fields.type !== toll && !consequence) return undefined
  const happening = view.events
    .filter((other) => other.end <= event.start && (consequence ? other.end <= phrase.start : isHappening(other)))
    .at(-1)
  if (!happening || (!consequence && !isHappening(happening)) || pastPlan(view, happening.end, event.start)) return undefined
  const dates = eventDates(view, happening, inherited)
  const date = dates.length === 1 ? dates[0]!.value : undefined
  // A day the sentence writes out, not one the day of writing places ("diễn ra một ngày trước đó").
  const written = view.dates.some((mention) => mention.fields.value === date?.value && !mention.fields.relative)
  const between = view.dateMentions.filter((mention) => mention.start >= happening.end && mention.end <= event.start)
  return date && written && between.every((mention) => mention.fields.value === date.value) ? date : undefined
}

/** A happening that takes a toll: a casualty that is no toll itself (a storm, a fire, a crash). */
function isHappening(event: EventDraft): boolean {
  return event.fields.type !== toll && eventTypeInfo[event.fields.type].casualty === true
}

/**
 * How many words a phrase has besides its date, a bracketed aside ("Chiều 26/5/2025 (giờ địa phương)") and the names of places
 * ("Sáng 5/9/2025 tại Hà Nội"): what it says besides where and when.
 */
function wordsBesides(view: SentenceView, phrase: Range, date: DateDraft): number {
  const places = view.entities.filter((entity) => entity.fields.type === 'place' && within(phrase, entity))
  let rest = ''
  let at = phrase.start
  for (const skipped of [date, ...places].sort((a, b) => a.start - b.start)) {
    rest += ` ${view.text.slice(at, Math.max(at, skipped.start))}`
    at = Math.max(at, skipped.end)
  }
  rest += ` ${view.text.slice(at, phrase.end)}`
  return rest
    .replace(/\([^()]*\)/gu, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

function aloneBefore(view: SentenceView, event: EventDraft): DateRef | undefined {
  const alone = lonePhrases(view).filter(({ phrase }) => phrase.end <= event.start)
  return alone.length > 0 ? refOf(alone.at(-1)!.date) : undefined
}

function aloneAfter(view: SentenceView, event: EventDraft): DateRef | undefined {
  const alone = lonePhrases(view).find(({ phrase }) => phrase.start >= event.end)
  return alone && refOf(alone.date)
}

/**
 * The first date of the phrases right after the trigger's, while they hold
 * no trigger of their own and no plan opens before the date: the rest of the
 * clause the trigger's phrase stands in ("958 of them deaths, were recorded
 * from 1 January to 17 August 2019"), past a year that names an object. A semicolon ends the clause.
 */
function dateOfFollowingPhrases(view: SentenceView, event: EventDraft, phrase: Range): DateRef | undefined {
  let end = phrase.end
  for (const mark of view.separators) {
    if (mark.start < phrase.end) continue
    if (mark.start > end || mark.mark === ';' || mark.mark === ':') break
    const next = phraseOf(view, mark.end)
    if (view.events.some((other) => within(next, other))) break
    end = next.end
  }
  // "trao đổi năm văn kiện, trong đó có chương trình hợp tác giai đoạn 2027-2030": the period of a thing the clause lists is not when it happened.
  const date = view.dates.find((candidate) => candidate.start >= phrase.end && candidate.end <= end && !attributive(view, candidate))
  return date && !pastPlan(view, event.end, date.start) ? refOf(date) : undefined
}

/**
 * Dates that the sentence next to a casualty gives it, in the same paragraph. "Xe khách lao xuống vực khiến 5 người chết. Vụ tai nạn
 * xảy ra lúc 4 giờ ngày 12/3/2025": a sentence that opens by naming the happening the sentence before it told (`retelling`) says
 * when that happened. Its first date dates the casualties of the sentence before that no date of their own dates; its subject's
 * trigger only names the happening again, when the sentence before told one of its type, and is dropped (returned). Then a sentence
 * that tells a toll with no date of its own takes the day of the happening the sentence before told (`tollsOfHappeningBefore`).
 * `occurrences` maps each trigger to the events made of it, which are dated in place.
 */
export function datesRetold(
  groups: ReadonlyMap<number, readonly Draft[]>,
  occurrences: ReadonlyMap<EventDraft, readonly EventDraft[]>,
  document: LinkDocument
): Set<EventDraft> {
  const dropped = new Set<EventDraft>()
  for (const [index, group] of groups) {
    const before = groups.get(index - 1)
    const sentence = document.sentences[index]
    if (!before || !sentence || document.sentences[index - 1]?.block !== sentence.block) continue
    const retelling = retellingOf(group, sentence, document)
    if (!retelling) continue
    const told = eventsOf(before).flatMap((event) => occurrences.get(event) ?? [])
    const undated = told.filter((event) => eventTypeInfo[event.fields.type].casualty && !event.fields.date)
    if (undated.length === 0) continue
    for (const event of undated) giveDate(event, refOf(retelling.date), 'sentence retelling it after')
    const types = new Set(told.map((event) => event.fields.type))
    for (const subject of retelling.subject.filter((event) => types.has(event.fields.type))) {
      for (const copy of occurrences.get(subject) ?? []) dropped.add(copy)
    }
  }
  tollsOfHappeningBefore(groups, occurrences, document)
  return dropped
}

/**
 * "Ngày 7/9/2024, bão đổ bộ vào Quảng Ninh. Bão làm 4 người thiệt mạng.", "A fire destroyed 40 houses on March 7, 2025. Two residents
 * died in the blaze.": the toll of the sentence after a happening is that happening's, told on its day, when that sentence names no
 * date of any kind, no other time (`elsewhen`: "Separately", "so far") and no new happening ("a fire"). Its casualties take the one
 * date of the casualties of the sentence before, in the same paragraph, in text order, so that a toll told over several sentences
 * keeps the day.
 */
function tollsOfHappeningBefore(
  groups: ReadonlyMap<number, readonly Draft[]>,
  occurrences: ReadonlyMap<EventDraft, readonly EventDraft[]>,
  document: LinkDocument
): void {
  for (const index of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(index)!
    const before = groups.get(index - 1)
    const sentence = document.sentences[index]
    if (!before || !sentence || document.sentences[index - 1]?.block !== sentence.block) continue
    if (group.some((draft) => isKind(draft, 'date'))) continue
    const events = eventsOf(group)
    const casualties = events.filter((event) => eventTypeInfo[event.fields.type].casualty)
    if (!casualties.some((event) => event.fields.type === toll)) continue
    const words = languageWords[group[0]!.lang].events
    if (words.elsewhen.test(document.text.slice(sentence.start, sentence.end))) continue
    const fresh = (event: EventDraft) =>
      words.indefinite.test(document.text.slice(Math.max(sentence.start, event.start - cueReach), event.start))
    if (casualties.some((event) => event.fields.type !== toll && fresh(event))) continue
    const told = eventsOf(before)
      .flatMap((event) => occurrences.get(event) ?? [])
      .filter((event) => eventTypeInfo[event.fields.type].casualty && event.fields.date)
    const days = new Set(told.map((event) => event.fields.date!.value))
    // The day must be one the sentence before writes out, not one the day of writing places ("The storm hit today.").
    const written = (day: string) => before.some((draft) => isKind(draft, 'date') && draft.fields.value === day && !draft.fields.relative)
    if (days.size !== 1 || ![...days].every(written)) continue
    const date = told[0]!.fields.date!
    for (const copy of casualties.flatMap((event) => occurrences.get(event) ?? [])) {
      if (!copy.fields.date) giveDate(copy, date, 'happening of the sentence before')
    }
  }
}

function eventsOf(group: readonly Draft[]): EventDraft[] {
  return group.filter((draft): draft is EventDraft => isKind(draft, 'event'))
}

/** The date a retelling sentence gives and the triggers of its subject, when the sentence opens as `retelling` says. */
function retellingOf(
  group: readonly Draft[],
  sentence: { start: number; end: number },
  document: LinkDocument
): { date: DateDraft; subject: EventDraft[] } | undefined {
  const words = languageWords[group[0]!.lang].events
  const text = document.text.slice(sentence.start, sentence.end)
  const opening = words.retelling?.exec(text.trimStart())
  if (!opening) return undefined
  const subjectEnd = sentence.start + (text.length - text.trimStart().length) + opening[0].length
  const date = group
    .filter((draft): draft is DateDraft => isKind(draft, 'date') && draft.fields.value !== null && draft.start >= subjectEnd)
    .find((candidate) => !words.notWhen.test(document.text.slice(Math.max(sentence.start, candidate.start - cueReach), candidate.start)))
  return date && { date, subject: eventsOf(group).filter((event) => event.start < subjectEnd) }
}

/**
 * Gives an event made of a trigger the date a sentence next to it gives, and why: in place, so that what else is known of the event
 * (the happening its noun mentions again, `backReferences`) still holds for it.
 */
function giveDate(event: EventDraft, date: DateRef, reason: LinkReason): void {
  event.fields = { ...event.fields, date }
  giveReasons(event, { date: reason })
}
