import type { Draft, DateFields, FigureFields, Linked } from '../facts/draft.js'
import type { Lang } from '../lang.js'
import type { DateRef } from '../schema/fact.js'
import type { Range } from './clauses.js'
import { dateRole, periodPatterns, type DateRole } from './period/index.js'

/** The date of the period a figure measures, and the period a change is measured against. */
export interface FigureDates {
  date?: Linked<DateRef>
  baseline?: Linked<DateRef>
  /** The figure's clause has a period of its own (a baseline or a date without a value is none). */
  clauseHasPeriod?: boolean
  /** The date is a comparison base the figure is the level of, in brackets after it: "the same period in 2018 (0.48%)". */
  ofBaseline?: boolean
  /** The period named last before the figure in its sentence, taken by no other figure: what a bare change after it is measured over. */
  earlier?: DateRef
}

/** A gap longer than this between a figure and a date is not "right after it". */
const maxGap = 60
/** How far before a date its cue words are read ("so với cùng kỳ năm"). */
const tailReach = 60

interface DateInSentence {
  readonly draft: Draft<DateFields>
  readonly value: DateRef
  readonly role: DateRole
  /** Nothing but lead words ("In", "Năm") stands before it in its clause. */
  readonly opensClause: boolean
  /** A baseline said as the same months of its year: "so với cùng kỳ năm 2023". */
  readonly samePeriod: boolean
  /** It ends the clause that opens the sentence, or an as-of day ends a clause, before any figure: "Theo báo cáo quý III/2025, ...", "According to data for 2024, ...". */
  readonly introduces: boolean
  /** A day that closes a cumulative period: "as of March 20, 2024", "tính đến ngày 20/3/2024". */
  readonly asOf: boolean
}

/**
 * Dates of the figures of one sentence. A figure takes, in order: the date
 * right after it ("$850 million in 2024"; "so với năm 2023" makes that date
 * its baseline instead), else the nearest date before it that frames its
 * clause ("Kim ngạch năm 2024 đạt ...") or opens a clause of the sentence
 * ("Năm 2024, ..."). A date already taken by the figure it follows frames
 * nothing else; a day ("On 14 October 2025, ...") dates an event, not a
 * period, so it frames nothing. Only dates with a value count: an
 * unresolved "last year" dates nothing. `figures` are in text order.
 */
export function datesOfSentence(
  text: string,
  clauseOf: (offset: number) => Range,
  figures: readonly Draft<FigureFields>[],
  dateDrafts: readonly Draft<DateFields>[],
  lang: Lang,
  sentenceStart: number
): Map<Draft<FigureFields>, FigureDates> {
  const firstClause = clauseOf(sentenceStart)
  const firstFigure = figures[0]?.start ?? Infinity
  const described = dateDrafts
    .filter((date) => !figures.some((figure) => overlaps(figure, date)))
    .sort((a, b) => a.start - b.start)
    .map((draft) => {
      const clause = clauseOf(draft.start)
      const opening = clause.start === firstClause.start && draft.start < firstFigure
      return describe(text, clause, draft, lang, opening, draft.end <= firstFigure)
    })
  const dates = described.filter((date) => date.draft.fields.value !== null)
  const found = new Map<Draft<FigureFields>, FigureDates>(figures.map((figure) => [figure, {}]))
  const baselines = new Map<Draft<FigureFields>, DateInSentence>()
  const taken = new Set<DateInSentence>()

  for (const figure of figures) {
    // "the same period in 2018 (0.48%)": a figure in brackets right after a date is that date's, baseline or not.
    const before = dates[firstFrom(dates, (date) => date.draft.start, figure.start) - 1]
    if (before && isPeriod(before) && /^\s*\(\s*$/u.test(text.slice(before.draft.end, figure.start))) {
      taken.add(before)
      Object.assign(found.get(figure)!, {
        date: { value: before.value, reason: 'bracketed after its date' },
        ...(before.role === 'baseline' ? { ofBaseline: true } : {})
      })
      continue
    }
    const after = dateAfter(text, figure, figures, dates, lang)
    if (!after) continue
    taken.add(after)
    if (after.role === 'baseline') {
      found.get(figure)!.baseline = { value: after.value, reason: 'compared period after it' }
      baselines.set(figure, after)
    } else found.get(figure)!.date = { value: after.value, reason: 'date right after' }
  }

  // One walk over the dates, in step with the figures: the last period not taken, and the last that opens or introduces a clause.
  const ownPeriods = described.filter((date) => date.role === 'period' && !date.draft.fields.yearless)
  let next = 0
  let lastPeriod: DateInSentence | undefined
  let lastOpener: DateInSentence | undefined
  let nextOwn = 0
  let lastUnvalued: DateInSentence | undefined
  for (const figure of figures) {
    for (; nextOwn < ownPeriods.length && ownPeriods[nextOwn]!.draft.end <= figure.start; nextOwn++) {
      if (ownPeriods[nextOwn]!.draft.fields.value === null) lastUnvalued = ownPeriods[nextOwn]
    }
    for (; next < dates.length && dates[next]!.draft.end <= figure.start; next++) {
      const date = dates[next]!
      if (date.role !== 'period' || !isPeriod(date) || taken.has(date)) continue
      lastPeriod = date
      if (date.opensClause || date.introduces) lastOpener = date
    }
    const dated = found.get(figure)!
    if (dated.date) continue
    const clause = clauseOf(figure.start)
    // The latest period before the figure in its clause, else the latest that opens or introduces one.
    const inClause = lastPeriod !== undefined && lastPeriod.draft.start >= clause.start
    const latest = inClause ? lastPeriod : lastOpener
    // "đạt 5 tỷ USD (bình quân mỗi tháng trong 9 tháng là 4,1 tỷ USD)": a relative period nearer the figure is its own.
    const frame = latest && lastUnvalued && lastUnvalued.draft.start > latest.draft.start ? undefined : latest
    if (frame) dated.date = { value: frame.value, reason: inClause ? 'period of its clause' : 'period opening a clause' }
    // A period of its own, even one only relative ("trong 7 tháng"), keeps a figure from the period said before it.
    const first = firstFrom(ownPeriods, (date) => date.draft.start, clause.start)
    dated.clauseHasPeriod = ownPeriods.slice(first, first + 2).some((date) => date.draft.end <= clause.end && date !== frame)
    if (lastPeriod) dated.earlier = lastPeriod.value
  }

  // "grew by 23 per cent to $187.6 million during July-April FY24": a change on its way to a level is measured over the level's period;
  // "tăng 194%, từ 5,1 tỉ USD vào năm 2013 lên 14,2 tỉ USD vào năm 2022": a change from one level to another, over the second's.
  const patterns = periodPatterns[lang]
  figures.forEach((figure, index) => {
    const [level, next] = [figures[index + 1], figures[index + 2]]
    const dated = found.get(figure)!
    if (dated.date || !level || !isChange(figure) || isChange(level)) return
    const towards = found.get(level)!.date
    if (towards && patterns.towardsGap.test(text.slice(figure.end, level.start)))
      dated.date = { ...towards, reason: 'period of the level it reaches' }
    else if (next && !isChange(next) && patterns.fromGap.test(text.slice(figure.end, level.start))) {
      const to = found.get(next)!.date
      if (to && next.start - level.end <= maxGap && patterns.towardsTail.test(text.slice(level.end, next.start))) {
        dated.date = { ...to, reason: 'period of the level it reaches' }
      }
    }
  })

  // "tăng 5,3% so với cùng kỳ năm 2024" after "2 tháng đầu năm 2025": the baseline is January and February of 2024.
  for (const [figure, dated] of found) {
    const baseline = baselines.get(figure)
    if (!dated.date || !dated.baseline || !baseline?.samePeriod) continue
    const same = samePeriodOf(dated.date.value, dated.baseline.value)
    if (same) dated.baseline = { value: same, reason: 'same months of the compared year' }
  }
  return found
}

/** The months (or days) of a period within one year, in the year of a baseline; undefined when the period spans years or the baseline is no single year. */
function samePeriodOf(period: DateRef, baseline: DateRef): DateRef | undefined {
  if (baseline.grain !== 'year' || !/^\d{4}$/u.test(baseline.value) || period.grain === 'year') return undefined
  const years = new Set(period.value.match(/\d{4}(?=-)/gu) ?? [])
  if (years.size !== 1) return undefined
  const [year] = years
  return { value: period.value.replaceAll(`${year}-`, `${baseline.value}-`), grain: period.grain }
}

/** `opening`: the date stands in the clause that opens the sentence, before any figure; `beforeFigures`: before any figure. */
function describe(
  text: string,
  clause: Range,
  draft: Draft<DateFields>,
  lang: Lang,
  opening: boolean,
  beforeFigures: boolean
): DateInSentence {
  const tail = text.slice(clause.start, draft.start)
  const asOf = draft.fields.grain === 'day' && periodPatterns[lang].asOfTail.test(tail.slice(-tailReach))
  const endsItsClause = endsClause(text, draft.end, clause.end) && /^\s*,/u.test(text.slice(clause.end, clause.end + 8))
  return {
    draft,
    value: { value: draft.fields.value ?? '', grain: draft.fields.grain, ...(draft.fields.relative ? { relative: true as const } : {}) },
    // The cue words stand right before the date: the end of a long clause is enough. "from" before a span opens it.
    role:
      draft.fields.value?.includes('/') && periodPatterns[lang].fromTail.test(tail.slice(-tailReach))
        ? 'period'
        : dateRole(tail.slice(-tailReach), lang),
    opensClause: tail.length <= tailReach && periodPatterns[lang].openerTail.test(tail),
    samePeriod: periodPatterns[lang].samePeriodTail.test(tail.slice(-tailReach)),
    // "Theo thống kê của Cục ..., cập nhật đến ngày 20/3/2024, ...": a day closing a cumulative period may end a later clause.
    introduces: endsItsClause && (opening || (asOf && beforeFigures)),
    asOf
  }
}

/** Does nothing but blanks and brackets stand between `from` and the clause's `end`? Read up to the first other character only. */
function endsClause(text: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) if (!/[\s)]/u.test(text[at]!)) return false
  return true
}

/** The date right after a figure, before any other figure, if the words between tie them. */
function dateAfter(
  text: string,
  figure: Draft,
  figures: readonly Draft[],
  dates: readonly DateInSentence[],
  lang: Lang
): DateInSentence | undefined {
  const next = dates[firstFrom(dates, (date) => date.draft.start, figure.end)]
  if (!next || next.role === 'since') return undefined
  const gap = text.slice(figure.end, next.draft.start)
  if (gap.length > maxGap || /[,;:!?]/u.test(gap)) return undefined
  const other = figures[firstFrom(figures, (draft) => draft.start, figure.end)]
  if (other && other.start < next.draft.start) return undefined
  // A baseline carries its own cue ("so với", "compared with"); a period needs a connector.
  return next.role === 'baseline' || periodPatterns[lang].connectorGap.test(gap) ? next : undefined
}

/** Index of the first item (sorted by `start`) starting at or after `offset`; `items.length` if none. */
function firstFrom<T>(items: readonly T[], start: (item: T) => number, offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (start(items[middle]!) < offset) low = middle + 1
    else high = middle
  }
  return low
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end
}

/** A figure that measures a change rather than a level: a percentage or a multiple. */
function isChange(figure: Draft<FigureFields>): boolean {
  return figure.fields.type === 'percent' || figure.fields.type === 'multiplier'
}

/**
 * A date a figure can measure over: a year, months, a span of days ("from 1
 * January to 17 August 2019"), or the day a cumulative period closes ("as of
 * March 20"); not a single day or a time of day, which dates an event.
 */
function isPeriod(date: DateInSentence): boolean {
  const { grain, value } = date.value
  return grain === 'year' || grain === 'month' || (grain === 'day' && (value.includes('/') || date.asOf))
}
