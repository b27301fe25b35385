import { isKind, type DateFields, type Draft, type EntityFields, type FigureFields } from '../facts/draft.js'
import type { LinkDocument } from '../facts/document.js'
import type { DateRef } from '../schema/fact.js'
import { clauseFinder, type Range } from './clauses.js'
import { datesOfSentence } from './figure-dates.js'
import { changeDirection, joinsChange, levelDirection, qualify } from './qualifier/index.js'
import type { Direction } from '../schema/vocabulary.js'
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
  let previous:
    { figure: Draft<FigureFields>; subject: string | undefined; date: DateRef | undefined; direction: Direction | undefined } | undefined

  /** The period the last figure of the sentence was said for: the figures after it, of no date of their own, are of it too. */
  let periodBefore: DateRef | undefined
  for (const figure of figures) {
    // A clause longer than any natural one (a run of digits) is read near the figure only.
    const full = clauseOf(figure.start)
    const clause = { start: Math.max(full.start, figure.start - maxReach), end: full.end }
    const next = figures.find((other) => other.start >= figure.end)
    const afterEnd = Math.max(figure.end, Math.min(clause.end, next?.start ?? Infinity, figure.end + afterWindow))
    // "up 12.9 percent in volume and 23 percent in value": a figure joined to a change of its kind is one too.
    const joined =
      previous?.figure.fields.qualifier === 'change' &&
      previous.figure.fields.type === figure.fields.type &&
      joinsChange(text.slice(previous.figure.end, figure.start), lang)
    const qualifier = joined ? 'change' : qualify(text.slice(clause.start, figure.start), text.slice(figure.end, afterEnd), lang)
    const elliptical = joined || isElliptical(text.slice(clause.start, figure.start))
    const direction =
      qualifier === 'change'
        ? (changeDirection(text.slice(clause.start, figure.start), text.slice(figure.end, afterEnd), lang) ??
          (joined ? previous?.direction : undefined))
        : movedFrom(text, previous?.figure, figure, lang)

    const own = subjectIn(text, { start: clause.start, end: afterEnd }, figure, entities, lang)
    const subject = own ?? inherited(text, sentence, clause, figure, previous?.subject, elliptical, entities, lang)
    const { baseline, clauseHasPeriod, earlier, ofBaseline, ...found } = dated.get(figure) ?? {}
    // A bare change after a figure ("đạt 850 triệu USD vào năm 2024, tăng 20,5%") is that figure's change, over its period,
    // or over the period said before it ("cases recorded from 1 January to 17 August 2019, 107% above the 2018 figure");
    // a figure said after others of the sentence, in a list or a comparison, with no period of its own, is of theirs.
    const bareChange = qualifier === 'change' && elliptical
    const date =
      found.date ??
      (bareChange
        ? (periodBefore ?? earlier)
        : qualifier !== 'target' && qualifier !== 'forecast' && !baseline && !clauseHasPeriod
          ? periodBefore
          : undefined)

    Object.assign(figure.fields, {
      ...(date ? { date } : {}),
      ...(baseline ? { baseline } : {}),
      qualifier,
      ...(direction ? { direction } : {}),
      ...(subject ? { subject } : {})
    })
    previous = { figure, subject, date, direction }
    // A comparison base's own level ('the same period in 2018 (0.48%)') is no period for the figures after it.
    if (found.date && qualifier !== 'target' && qualifier !== 'forecast' && !ofBaseline) periodBefore = found.date
  }
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
): string | undefined {
  if (entities.some((entity) => entity.start >= clause.start && entity.end <= figure.start)) return undefined
  if (previous) return previous
  if (!elliptical) return undefined
  return subjectIn(text, { start: Math.max(sentence.start, figure.start - maxReach), end: figure.end }, figure, entities, lang)
}
