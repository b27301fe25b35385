import { regex, rule } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { dayDigits, fullYear } from '../digits.js'
import { dayOfMonth, int, named, point } from '../helpers.js'
import { monthNumber, months } from './months.js'

/**
 * Days and months listed before the year they share: "1 January and 17
 * August 2019", "January, February and March 2023", "March 5 and April 7,
 * 2024". Each but the last is read alone, with the year said after the last
 * one (the last is read by the rules of its own form).
 */

const month = alternation(Object.keys(months))
const day = `${dayDigits}(?:st|nd|rd|th)?`
/** A day and its month in either order, without a group: "17 August", "the 3rd of March", "Aug. 17". */
const anyDayMonth = `(?:(?:the[ \\t]+)?${day}(?:[ \\t]+of)?[ \\t]+(?:${month})\\.?|(?:${month})\\.?[ \\t]+${day})`
/** The rest of the list up to its year: more items, then "and" or "or" and the last item with the year. */
const listTail = (item: string) =>
  `(?=(?:,[ \\t]*${item})*,?[ \\t]+(?:and|or|&)[ \\t]+${item},?[ \\t]+(?<listYear>${fullYear})(?![.,]?\\d))`

const dayMonthInList = new RegExp(
  `(?:(?:the[ \\t]+)?(?<day>${dayDigits})(?:st|nd|rd|th)?(?:[ \\t]+of)?[ \\t]+(?<month>${month})\\.?|(?<monthFirst>${month})\\.?[ \\t]+(?<dayAfter>${dayDigits})(?:st|nd|rd|th)?)${listTail(anyDayMonth)}`,
  'iu'
)
const monthInList = new RegExp(`(?<month>${month})\\.?${listTail(`(?:${month})\\.?`)}`, 'iu')

export const dayMonthListed = rule({
  name: '<day> <month> and <day> <month> <year>',
  dimension: 'date',
  pattern: [regex(dayMonthInList)],
  produce: ([match], context) => {
    const groups = named(match)
    const number = monthNumber(groups.month ?? groups.monthFirst)
    return number === undefined ? undefined : dayOfMonth(context, number, int(groups.day ?? groups.dayAfter), int(groups.listYear))
  }
})

export const monthListed = rule({
  name: '<month> and <month> <year>',
  dimension: 'date',
  pattern: [regex(monthInList)],
  produce: ([match]) => {
    const { month: name, listYear } = named(match)
    const number = monthNumber(name)
    return number === undefined ? undefined : point({ year: int(listYear), month: number })
  }
})

export const listRules = [dayMonthListed, monthListed]
