/** Periods counted from the day of writing: "the past 3 years", "two weeks ago", "a month from now", "next March", "the following week", "EOM". */
import { dimension, regex, regexOf, rule, tokenOf, type Context, type Produced } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { ago, counted, isCount, named, monthOf, shifted, vague } from '../helpers.js'
import { countedFromDay } from '../from-day.js'
import { monthNumber, months } from './months.js'
import { futureWords, periodEndAbbreviations, pastWords, unitWords, vagueCounts } from './relatives.js'
import { pastBefore, futureBefore } from './patterns.js'

/** A vague count of periods: "the past few years", "the next several months", "the last couple of decades". */
const vagueCountText = new RegExp(
  `(?:the[ \\t]+)?(?:${alternation([...pastWords, ...futureWords])})[ \\t]+(?:${alternation(vagueCounts)})[ \\t]+(?<unit>${alternation([...Object.keys(unitWords), 'decades'])})`,
  'iu'
)

/** A period noun after a count: "years", "months". */
const unitText = new RegExp(`(${alternation(Object.keys(unitWords))})`, 'iu')

/** "ago" after a count of periods. */
const agoText = /ago/iu

/** After a count of periods, the direction from the day of writing: "ago", "hence", "from now", "from today". */
const fromNowText = /(?<direction>ago|hence|from[ \t]+(?:now|today))/iu

/** One period said with an article: "a week", "an hour", "a fortnight". */
const oneUnitText = new RegExp(`(?:a|an)[ \\t]+(?<unit>${alternation([...Object.keys(unitWords), 'fortnight'])})`, 'iu')

/** A month of the coming or past year: "next March", "last June", "this October". */
const shiftedMonthText = new RegExp(`(?<shift>this|next|last)[ \\t]+(?<month>${alternation(Object.keys(months))})(?![ \\t]*\\d)`, 'iu')

/** "EOM", "the EOY": in capitals only, as abbreviations are written. */
const periodEndText = new RegExp(`(?:[Tt]he[ \\t]+)?(?<word>${alternation(Object.keys(periodEndAbbreviations))})`, 'u')

/** The grain a vague count of a unit speaks in: years and decades in years, weeks and days in days. */
function unitGrainOf(word: string | undefined): 'year' | 'month' | 'day' {
  const unit = unitWords[word?.toLowerCase() ?? '']
  return unit === 'month' ? 'month' : unit === 'week' || unit === 'day' ? 'day' : 'year'
}

export const vagueCount = rule({
  name: 'the past|next few <unit>',
  dimension: 'date',
  pattern: [regex(vagueCountText)],
  produce: ([match]) => vague(unitGrainOf(named(match).unit))
})

function countedPeriod(name: string, before: RegExp, direction: -1 | 1) {
  return rule({
    name,
    dimension: 'date',
    pattern: [regex(before), dimension('numeral', isCount), regex(unitText)],
    produce: ([, count, unit], context) =>
      counted(context, unitWords[regexOf(unit).groups[1]!.toLowerCase()]!, tokenOf(count, 'numeral').value.value, direction)
  })
}

export const pastCount = countedPeriod('the past <n> <unit>', pastBefore, -1)

export const nextCount = countedPeriod('the next <n> <unit>', futureBefore, 1)

/**
 * `count` periods before the day of writing ("ago") or after it ("hence",
 * "from now"); a fortnight is fourteen days. Counted "from today", it is a
 * day: "2 years from today" is the same day three years on.
 */
function fromNow(context: Context, unit: string, count: number, direction: string): Produced<'date'> | undefined {
  const word = unit.toLowerCase()
  const [by, period] = word === 'fortnight' ? [14 * count, 'day' as const] : [count, unitWords[word]!]
  const signed = direction.toLowerCase() === 'ago' ? -by : by
  if (/today$/iu.test(direction)) return countedFromDay(shifted(context, 'day', 0).value, period, signed)
  return ago(context, period, -signed)
}

export const countFromNow = rule({
  name: '<n> <unit> from now',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(unitText), regex(/(?<direction>hence|from[ \t]+(?:now|today))/iu)],
  produce: ([count, unit, direction], context) =>
    fromNow(context, regexOf(unit).groups[1]!, tokenOf(count, 'numeral').value.value, named(direction).direction!)
})

export const oneUnitFromNow = rule({
  name: 'a <unit> ago|from now',
  dimension: 'date',
  pattern: [regex(oneUnitText), regex(fromNowText)],
  produce: ([unit, direction], context) => fromNow(context, named(unit).unit!, 1, named(direction).direction!)
})

/** "earlier", "later" after a count of periods: counted from a time the story tells, which it does not name. */
const earlierText = /earlier|later/iu

/** "ten years earlier", "a week later": relative to the story's own time, so too vague to resolve. */
export const countEarlier = rule({
  name: '<n> <unit> earlier|later',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(unitText), regex(earlierText)],
  produce: ([, unit]) => vague(unitGrainOf(regexOf(unit).groups[1]))
})

export const oneUnitEarlier = rule({
  name: 'a <unit> earlier|later',
  dimension: 'date',
  pattern: [regex(oneUnitText), regex(earlierText)],
  produce: ([unit]) => {
    const word = named(unit).unit!
    return vague(word.toLowerCase() === 'fortnight' ? 'day' : unitGrainOf(word))
  }
})

/** "the past year": the twelve months to the day of writing, as "the past 12 months". */
const pastYearText = /the[ \t]+past[ \t]+year/iu

export const pastYear = rule({
  name: 'the past year',
  dimension: 'date',
  pattern: [regex(pastYearText)],
  produce: (_matches, context) => counted(context, 'year', 1, -1)
})

export const countAgo = rule({
  name: '<n> <unit> ago',
  dimension: 'date',
  pattern: [dimension('numeral', isCount), regex(unitText), regex(agoText)],
  produce: ([count, unit], context) =>
    ago(context, unitWords[regexOf(unit).groups[1]!.toLowerCase()]!, tokenOf(count, 'numeral').value.value)
})

export const shiftedMonth = rule({
  name: 'next|last <month>',
  dimension: 'date',
  pattern: [regex(shiftedMonthText)],
  produce: ([match], context) => {
    const { shift, month } = named(match)
    const number = monthNumber(month)
    if (number === undefined) return undefined
    const word = shift!.toLowerCase()
    return monthOf(context, number, word === 'next' ? 1 : word === 'last' ? -1 : 'same')
  }
})

export const periodEnd = rule({
  name: 'EO<unit>',
  dimension: 'date',
  pattern: [regex(periodEndText)],
  produce: ([match], context) => {
    const { part, unit } = periodEndAbbreviations[named(match).word!]!
    return { value: { ...shifted(context, unit, 0).value, part } }
  }
})

/** "the following week", "the following month": the period after one the text has told, or, in a plan, after the day of writing. */
const followingText = new RegExp(`(?:the[ \\t]+)?following[ \\t]+(?<unit>week|month|year)`, 'iu')

/**
 * News tells "the following week" after a time of the story ("Talks broke
 * down in May; the following week ..."), which it does not name, so it is
 * read only under the `next` reading, where plans and requests mean the week
 * after the one of writing.
 */
export const followingPeriod = rule({
  name: 'the following <unit>',
  dimension: 'date',
  pattern: [regex(followingText)],
  produce: ([match], context) =>
    context.reading === 'next' ? shifted(context, named(match).unit!.toLowerCase() as 'week' | 'month' | 'year', 1) : undefined
})
