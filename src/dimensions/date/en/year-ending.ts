import { dimension, regex, rule, tokenOf, type Token } from '../../../engine/rule.js'
import { interval, shift } from '../helpers.js'

/** "the fiscal year ending", "the 12 months to", "the year ended": twelve months named by the month they end in. */
const yearEndingText =
  /(?:the[ \t]+)?(?:(?:fiscal|financial)[ \t]+year|year|(?:12|twelve)[ \t]+months)[ \t]+(?:ending|ended|to|through|till|until)(?:[ \t]+(?:in|on))?/iu

/** A month of a known year, or a day of one (a year ends on its last day: "June 30, 2024"). */
function isMonthOrDayOfYear(token: Token<'date'>): boolean {
  const { value, grain } = token.value
  return value !== null && !value.includes('/') && (grain === 'month' || grain === 'day')
}

/**
 * Twelve months ending in a month of a year: "the fiscal year ending June
 * 2024" is July 2023 to June 2024, whatever a country's fiscal calendar, and
 * "the 12 months to March 2025" is April 2024 to March 2025.
 */
export const yearEnding = rule({
  name: 'the fiscal year ending <month>',
  dimension: 'date',
  pattern: [regex(yearEndingText), dimension('date', isMonthOrDayOfYear)],
  produce: ([, end]) => {
    const date = tokenOf(end, 'date').value
    const [year, month] = date.value!.split('-').map(Number) as [number, number]
    const first = shift({ year, month, day: 1 }, 'month', -11)
    const produced = interval({ year: first.year, month: first.month! }, { year, month })
    return produced && { value: { ...produced.value, ...(date.relative ? { relative: true as const } : {}) } }
  }
})
