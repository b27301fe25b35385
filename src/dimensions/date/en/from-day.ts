import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { closestWeekday, countedFromDay, isOneDay, weekdayFromDay } from '../from-day.js'
import { isCount, named } from '../helpers.js'
import { ranks, weekdays } from './months.js'
import { unitWords } from './relatives.js'

/** The direction from a day: "after" counts forward, "before" back. */
const directionText = /(?<direction>after|before)/iu
const sign = (direction: string) => (direction.toLowerCase() === 'before' ? -1 : 1)
const countUnitText = new RegExp(`(?<unit>${alternation(Object.keys(unitWords))})`, 'iu')
/**
 * One period from a day: "a week from Christmas", "a week before May 5".
 * "from" is read after one period only: "10 days from March 5" is as often
 * how long something runs from that day as the day it ends.
 */
const oneUnitDirectionText = new RegExp(
  `(?:a|an)[ \\t]+(?<unit>${alternation(Object.keys(unitWords))})[ \\t]+(?<direction>after|before|from)`,
  'iu'
)
/** "the third Tuesday after", "the first Monday before": the rank of a weekday counted from a day ("last" is not a count). */
const rankedWeekdayText = new RegExp(
  `(?:the[ \\t]+)?(?<rank>${alternation(Object.keys(ranks).filter((rank) => ranks[rank]! > 0))})[ \\t]+(?<name>${alternation(Object.keys(weekdays))})[ \\t]+(?<direction>after|before)`,
  'iu'
)

/** "the closest Monday to", "the second closest Mon to": a weekday near a day. */
const closestWeekdayText = new RegExp(
  `the[ \\t]+(?:(?<rank>${alternation(Object.keys(ranks).filter((rank) => ranks[rank]! > 0))})[ \\t]+)?(?:closest|nearest)[ \\t]+(?<name>${alternation(Object.keys(weekdays))})\\.?[ \\t]+to`,
  'iu'
)

/** Days counted from a day the text names: "two days after Easter", "a week from Christmas", "the second Monday after Christmas 2016". */
export const fromDayRules = [
  rule({
    name: '<n> <unit> after|before <day>',
    dimension: 'date',
    pattern: [dimension('numeral', isCount), regex(countUnitText), regex(directionText), dimension('date', isOneDay)],
    produce: ([count, unit, direction, day]) =>
      countedFromDay(
        tokenOf(day, 'date').value,
        unitWords[named(unit).unit!.toLowerCase()]!,
        sign(named(direction).direction!) * tokenOf(count, 'numeral').value.value
      )
  }),
  rule({
    name: 'a <unit> after|before <day>',
    dimension: 'date',
    pattern: [regex(oneUnitDirectionText), dimension('date', isOneDay)],
    produce: ([unit, day]) =>
      countedFromDay(tokenOf(day, 'date').value, unitWords[named(unit).unit!.toLowerCase()]!, sign(named(unit).direction!))
  }),
  rule({
    name: 'the <ordinal> <weekday> after|before <day>',
    dimension: 'date',
    pattern: [regex(rankedWeekdayText), dimension('date', isOneDay)],
    produce: ([match, day]) => {
      const { rank, name, direction } = regexOf(match).named
      return weekdayFromDay(tokenOf(day, 'date').value, weekdays[name!.toLowerCase()]!, sign(direction!) * ranks[rank!.toLowerCase()]!)
    }
  }),
  rule({
    name: 'the closest <weekday> to <day>',
    dimension: 'date',
    pattern: [regex(closestWeekdayText), dimension('date', isOneDay)],
    produce: ([match, day]) => {
      const { rank, name } = regexOf(match).named
      return closestWeekday(tokenOf(day, 'date').value, weekdays[name!.toLowerCase()]!, rank === undefined ? 1 : ranks[rank.toLowerCase()]!)
    }
  })
]
