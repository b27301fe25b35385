import { dimension, regex, regexOf, rule, tokenOf, type Context } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { named, quarterOfReference, shifted } from '../helpers.js'
import { countFrom, isYearSaidRelatively, monthsOfCurrentYear, monthsOfYearSaid } from '../report-periods.js'
import { monthsOfYear } from '../rules.js'
import { monthNumber } from './months.js'

/**
 * The periods English reports give figures for, said without their year:
 * "the first nine months", "over three quarters", "for nine months",
 * "nine-month growth data", "third-quarter results", "June this year".
 */

/** A count of months a year's report covers. */
const monthCount = countFrom(2, 11)
/** A count of quarters a year's report covers. */
const quarterCount = countFrom(2, 3)
/** "the first", "the opening", "those first": the start of the period. */
const firstText = /(?:the|those|these)[ \t]+(?:first|opening)/iu
/** "the", "those", "these" before a count of months a report covers. */
const determinerText = /the|those|these/iu
const unitText = /(?<unit>months|quarters)/iu
/** Words right before the period a figure is reported for: "for nine months", "over three quarters", "in the nine months". */
const periodCue = /(?<![\p{L}\p{N}])(?:for|over|in|during|across|through|after|of)[ \t]+$/iu
/** A verb of lasting before the cue: "jailed for nine months" is a term, not a report's period. */
const lastingBefore =
  /(?<![\p{L}\p{N}])(?:jailed|sentenced|imprisoned|banned|suspended|detained|held|lasted|lasting|lasts?|took|takes?|spent|spends?|waited|waits?|served|serves?|extended|closed|stayed|lived|worked|delayed|postponed|paused|halted)(?:[ \t]+\p{L}+)?[ \t]+(?:for|over|after)[ \t]+$/iu
/**
 * What after the count of months makes it something else: a year ("of
 * 2024", read by another rule), a share ("three quarters of voters"), a
 * span counted from the day ("nine months ago"), an age or a sentence.
 */
const notAfterPeriod =
  /^[ \t]*(?:of|ago|earlier|later|before|after|old|in[ \t]+(?:jail|prison)|behind|to[ \t]+come|ahead|from[ \t]+now)(?![\p{L}])/iu
/** "nine-month", "three-month" before what a report gives: the months of the year of writing. */
const monthsAdjective = /-month/iu
/** "third-quarter", "second-quarter": a quarter of the year of writing, before what is reported of it. */
const quarterAdjective = /(?<ordinal>first|second|third|fourth)-quarter/iu
const ordinals: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 }
/**
 * "Q2" without its year, where a report gives it: after a word that places a
 * figure in it ("in Q2", "for Q3") or before what is reported ("Q2 profit");
 * not "a Q3 meeting", nor "Q2 2024" or "Q2 FY24", which other rules read.
 */
const quarterShortAlone = /(?<ordinal>Q[1-4])(?![ \t]*['’/-]?[ \t]*(?:\d|FY))/u
const quarterShortCue = /(?<![\p{L}])(?:in|for|during|over|since|from|to|by|than)[ \t]+$/iu
const quarterShortIndex: Readonly<Record<string, number>> = { Q1: 1, Q2: 2, Q3: 3, Q4: 4 }
/** "first-half", "second-half": a half of the year of writing, before what is reported of it ("first-half profit", not "a first-half goal"). */
const halfAdjective = /(?<ordinal>first|second)-half/iu
/** What a "nine-month" period names after it (data only): "nine-month growth data", "nine-month and third-quarter results". */
const reportedAfter =
  /^(?:[ \t]+(?:and|&)[ \t]+[\p{L}-]+)?[ \t]+(?:growth|data|results?|profits?|revenues?|period|figures|sales|earnings|totals?|performance|output|exports?|imports?|turnover|reports?|GDP|net|loss(?:es)?|income|trade|tally)(?![\p{L}])/iu
/** A month named before a year said in words: "June this year", "March last year". */
const monthBeforeYearWords = new RegExp(
  `(?<month>${alternation(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])})\\.?(?=[ \\t]+(?:of[ \\t]+)?(?:this|last|next|the[ \\t]+current)[ \\t]+year)`,
  'iu'
)
const ofText = /of/iu

/** Months in a count of months or quarters. */
function monthsIn(count: number, unit: string): number {
  return unit.toLowerCase() === 'quarters' ? 3 * count : count
}

/** Is the count of months at `start`..`end` the period a figure is reported for? */
function isReportedPeriod(context: Context, start: number, end: number, cued: boolean): boolean {
  if (notAfterPeriod.test(context.text.slice(end))) return false
  const before = context.text.slice(Math.max(0, start - 40), start)
  return cued || (periodCue.test(before) && !lastingBefore.test(before))
}

export const firstMonths = rule({
  name: 'the first <n> months',
  dimension: 'date',
  pattern: [regex(firstText), dimension('numeral', (token) => monthCount.test!(token) || quarterCount.test!(token)), regex(unitText)],
  produce: ([first, count, unit], context) => {
    const end = regexOf(unit).end
    if (!isReportedPeriod(context, regexOf(first).start, end, true)) return undefined
    return monthsOfCurrentYear(context, monthsIn(tokenOf(count, 'numeral').value.value, regexOf(unit).named.unit!))
  }
})

/** "nine months", "the nine months", "three quarters" after a word that makes them a report's period. */
const countedMonths = (name: string, withDeterminer: boolean) =>
  rule({
    name,
    dimension: 'date',
    pattern: [
      ...(withDeterminer ? [regex(determinerText)] : []),
      dimension('numeral', (token) => monthCount.test!(token) || quarterCount.test!(token)),
      regex(unitText)
    ],
    produce: (matches, context) => {
      const count = tokenOf(matches[matches.length - 2], 'numeral')
      const unit = regexOf(matches[matches.length - 1])
      const months = monthsIn(count.value.value, unit.named.unit!)
      if (months > 11 || !isReportedPeriod(context, matches[0]!.start, unit.end, false)) return undefined
      return monthsOfCurrentYear(context, months)
    }
  })

export const monthsOfReport = countedMonths('<n> months', false)
export const theMonthsOfReport = countedMonths('the <n> months', true)

export const monthsAdjectiveRule = rule({
  name: '<n>-month',
  dimension: 'date',
  pattern: [monthCount, regex(monthsAdjective)],
  produce: ([count, word], context) => {
    if (!reportedAfter.test(context.text.slice(regexOf(word).end))) return undefined
    return monthsOfCurrentYear(context, tokenOf(count, 'numeral').value.value)
  }
})

export const quarterAdjectiveRule = rule({
  name: '<ordinal>-quarter',
  dimension: 'date',
  pattern: [regex(quarterAdjective)],
  produce: ([match], context) => quarterOfReference(context, ordinals[named(match).ordinal!.toLowerCase()]!)
})

export const halfAdjectiveRule = rule({
  name: '<ordinal>-half',
  dimension: 'date',
  pattern: [regex(halfAdjective)],
  produce: ([match], context) => {
    if (!reportedAfter.test(context.text.slice(regexOf(match).end))) return undefined
    return monthsOfYear(shifted(context, 'year', 0).value, 6, named(match).ordinal!.toLowerCase() === 'first' ? 'first' : 'last')
  }
})

export const quarterShortRule = rule({
  name: 'in Q<n>',
  dimension: 'date',
  pattern: [regex(quarterShortAlone)],
  produce: ([match], context) => {
    const { start, end } = regexOf(match)
    const cued = quarterShortCue.test(context.text.slice(Math.max(0, start - 12), start)) || reportedAfter.test(context.text.slice(end))
    return cued ? quarterOfReference(context, quarterShortIndex[named(match).ordinal!]!) : undefined
  }
})

export const monthOfYearSaidRelatively = rule({
  name: '<month> this year',
  dimension: 'date',
  pattern: [regex(monthBeforeYearWords), dimension('date', isYearSaidRelatively)],
  produce: ([match, year]) => {
    const month = monthNumber(named(match).month)
    return month === undefined ? undefined : monthsOfYearSaid(tokenOf(year, 'date').value, month, month)
  }
})

export const monthOfYearSaidRelativelyWithOf = rule({
  name: '<month> of this year',
  dimension: 'date',
  pattern: [regex(monthBeforeYearWords), regex(ofText), dimension('date', isYearSaidRelatively)],
  produce: ([match, , year]) => {
    const month = monthNumber(named(match).month)
    return month === undefined ? undefined : monthsOfYearSaid(tokenOf(year, 'date').value, month, month)
  }
})

export const periodRules = [
  firstMonths,
  monthsOfReport,
  theMonthsOfReport,
  monthsAdjectiveRule,
  quarterAdjectiveRule,
  halfAdjectiveRule,
  quarterShortRule,
  monthOfYearSaidRelatively,
  monthOfYearSaidRelativelyWithOf
]
