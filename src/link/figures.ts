import { giveReasons, isKind, type DateFields, type Draft, type EntityFields, type FigureFields, type Linked } from '../facts/draft.js'
import type { LinkDocument } from '../facts/document.js'
import type { DateRef } from '../schema/fact.js'
import { clauseFinder, type Range } from './clauses.js'
import { datesOfSentence } from './figure-dates.js'
import { changeDirection, joinsChange, levelDirection, qualify } from './qualifier/index.js'
import type { Direction, Qualifier } from '../schema/vocabulary.js'
import { bySentence, storyStart } from './sentences.js'
import { subjectIn } from './subject/find.js'

/** How far after a figure its qualifier and subject words are read. */
const afterWindow = 60
/** How far before a figure its clause is read. */
const maxReach = 300

/** Most words a clause may have before its figure and still continue the figure before it. */
const ellipticalWords = 3

/** Entity types that can be the parties of a trade flow. */
const partyTypes = new Set(['place', 'organization'])

/**
 * Links each figure to what its own sentence says of it: `date` (the period
 * it measures) and `baseline` (the period a change is measured against),
 * `qualifier` (actual, target, forecast, change) and `subject` (what it
 * measures, as a short English phrase). Nothing is borrowed from another
 * sentence.
 */
export function linkFigures(drafts: Draft[], document: LinkDocument): void {
  for (const group of bySentence(drafts).values()) {
    const figures = group.filter((draft) => isKind(draft, 'figure'))
    if (figures.length === 0) continue
    const dates = group.filter((draft) => isKind(draft, 'date'))
    const entities = group.filter((draft) => isKind(draft, 'entity') && partyTypes.has(draft.fields.type)) as Draft<EntityFields>[]
    linkSentence(figures, dates, entities, document)
  }
}

function linkSentence(
  figures: Draft<FigureFields>[],
  dates: Draft<DateFields>[],
  entities: Draft<EntityFields>[],
  document: LinkDocument
): void {
  const { text } = document
  const first = figures[0]!
  const whole = document.sentences[first.sentence] ?? { start: first.start, end: first.end }
  // A dateline before the story ("Hà Nội, ngày 5/11/2024 - Trong 10 tháng ...") opens no clause of it.
  const sentence = { start: storyStart(text, whole, dates), end: whole.end }
  const lang = first.lang
  const clauseOf = clauseFinder(text, sentence, lang)
  const dated = datesOfSentence(text, clauseOf, figures, dates, lang, sentence.start)
  let previous: Previous | undefined

  /** The period the last figure of the sentence was said for: the figures after it, of no date of their own, are of it too. */
  let periodBefore: DateRef | undefined
  for (const figure of figures) {
    // A clause longer than any natural one (a run of digits) is read near the figure only.
    const full = clauseOf(figure.start)
    const clause = { start: Math.max(full.start, figure.start - maxReach), end: full.end }
    const next = figures.find((other) => other.start >= figure.end)
    const afterEnd = Math.max(figure.end, Math.min(clause.end, next?.start ?? Infinity, figure.end + afterWindow))
    const around: Around = { before: text.slice(clause.start, figure.start), after: text.slice(figure.end, afterEnd) }
    // "up 12.9 percent in volume and 23 percent in value": a figure joined to a change of its kind is one too.
    const joined =
      previous?.figure.fields.qualifier === 'change' &&
      previous.figure.fields.type === figure.fields.type &&
      joinsChange(text.slice(previous.figure.end, figure.start), lang)
    const qualifier: Linked<Qualifier> = joined
      ? { value: 'change', reason: 'joined to a change' }
      : qualify(around.before, around.after, lang)
    const elliptical = joined || isElliptical(around.before)
    const direction = directionOf(text, figure, qualifier.value, joined, around, previous, lang)

    const own = subjectIn(text, { start: clause.start, end: afterEnd }, figure, entities, lang)
    const subject = own ?? inherited(text, sentence, clause, figure, previous?.subject, elliptical, entities, lang)
    const { baseline, clauseHasPeriod, earlier, ofBaseline, ...found } = dated.get(figure) ?? {}
    const date = found.date ?? dateBefore(qualifier.value, elliptical, Boolean(baseline) || Boolean(clauseHasPeriod), periodBefore, earlier)

    Object.assign(figure.fields, {
      ...(date ? { date: date.value } : {}),
      ...(baseline ? { baseline: baseline.value } : {}),
      qualifier: qualifier.value,
      ...(direction ? { direction: direction.value } : {}),
      ...(subject ? { subject: subject.value } : {})
    })
    giveReasons(figure, {
      date: date?.reason,
      baseline: baseline?.reason,
      qualifier: qualifier.reason,
      direction: direction?.reason,
      subject: subject?.reason
    })
    previous = { figure, subject: subject?.value, date: date?.value, direction: direction?.value }
    // A comparison base's own level ('the same period in 2018 (0.48%)') is no period for the figures after it.
    if (found.date && qualifier.value !== 'target' && qualifier.value !== 'forecast' && !ofBaseline) periodBefore = found.date.value
  }
}

/** The figure said before in the sentence, with what was linked to it. */
interface Previous {
  readonly figure: Draft<FigureFields>
  readonly subject: string | undefined
  readonly date: DateRef | undefined
  readonly direction: Direction | undefined
}

/** The words of a figure's clause before it, and those after it up to the next figure. */
interface Around {
  readonly before: string
  readonly after: string
}

/**
 * A figure's date when nothing in its clause dates it. A bare change after a
 * figure ("đạt 850 triệu USD vào năm 2024, tăng 20,5%") is that figure's
 * change, over its period, or over the period said before it ("cases
 * recorded from 1 January to 17 August 2019, 107% above the 2018 figure");
 * a figure said after others of the sentence, in a list or a comparison,
 * with no period of its own, is of theirs.
 */
function dateBefore(
  qualifier: Qualifier,
  elliptical: boolean,
  periodOfItsOwn: boolean,
  periodBefore: DateRef | undefined,
  earlier: DateRef | undefined
): Linked<DateRef> | undefined {
  if (qualifier === 'change' && elliptical) {
    if (periodBefore) return { value: periodBefore, reason: 'period of the figure before' }
    return earlier && { value: earlier, reason: 'period said before it' }
  }
  if (qualifier === 'target' || qualifier === 'forecast' || periodOfItsOwn || !periodBefore) return undefined
  return { value: periodBefore, reason: 'period of the figure before' }
}

/** Which way a change went, from its words or the change it is joined to; which way a level moved from the one before. */
function directionOf(
  text: string,
  figure: Draft<FigureFields>,
  qualifier: Qualifier,
  joined: boolean,
  around: Around,
  previous: Previous | undefined,
  lang: Draft['lang']
): Linked<Direction> | undefined {
  if (qualifier !== 'change') return movedFrom(text, previous?.figure, figure, lang)
  const own = changeDirection(around.before, around.after, lang)
  if (own) return own
  return joined && previous?.direction ? { value: previous.direction, reason: 'joined to a change' } : undefined
}

/** The way a level moved from the level said right before it, of the same kind: "from $5m to $9m", "từ 5 lên 3 triệu USD". */
function movedFrom(text: string, before: Draft<FigureFields> | undefined, figure: Draft<FigureFields>, lang: Draft['lang']) {
  if (!before || before.fields.type !== figure.fields.type || before.fields.unit !== figure.fields.unit) return undefined
  const [first, second] = [before.fields.value, figure.fields.value]
  if (first === undefined || second === undefined) return undefined
  const opening = text.slice(Math.max(0, before.start - 30), before.start)
  return levelDirection(opening, text.slice(before.end, figure.start), first, second, lang)
}

/** A clause with so few words before its figure has no subject of its own: "tăng 20,5%", "up 9%". */
function isElliptical(before: string): boolean {
  return before.split(/\s+/u).filter(Boolean).length <= ellipticalWords
}

/**
 * A clause that names no subject measures what the sentence measured just
 * before: "kim ngạch hai bên tăng nhanh, từ dưới 10 triệu USD năm 1999 tăng
 * lên 149 triệu USD" (the second figure continues the first), "đạt 850 triệu
 * USD, tăng 20,5%" (a bare change). A clause naming a party of its own is not
 * a continuation.
 */
function inherited(
  text: string,
  sentence: Range,
  clause: Range,
  figure: Draft,
  previous: string | undefined,
  elliptical: boolean,
  entities: readonly Draft<EntityFields>[],
  lang: Draft['lang']
): Linked<string> | undefined {
  if (entities.some((entity) => entity.start >= clause.start && entity.end <= figure.start)) return undefined
  if (previous) return { value: previous, reason: 'subject of the figure before' }
  if (!elliptical) return undefined
  const read = subjectIn(text, { start: Math.max(sentence.start, figure.start - maxReach), end: figure.end }, figure, entities, lang)
  return read && { value: read.value, reason: 'read before a bare figure' }
}
