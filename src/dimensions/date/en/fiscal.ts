import { dimension, regex, rule, tokenOf, type Token } from '../../../engine/rule.js'
import { alternation } from '../../../engine/alternation.js'
import { interval, named, shift } from '../helpers.js'
import { fiscalStartOf, isFiscalYear } from '../fiscal-years.js'
import { quarterWords } from './months.js'

/**
 * Parts of a fiscal year and of a year written short, as company and
 * market reports write them: "Q2 FY24", "the second quarter of FY24",
 * "H1 FY25", "1HFY25", "H1'25", "Q3'24", "1H2025".
 */

/** "Q2", "2Q", "the second quarter of", "second-quarter" before a fiscal year. */
const quarterBefore = new RegExp(
  `(?:Q(?<q>[1-4])|(?<qAfter>[1-4])Q|(?:the[ \\t]+)?(?<word>${alternation(Object.keys(quarterWords))})[ \\t-]+(?:quarter|qtr))(?:[ \\t]+of|[ \\t]*[/-])?`,
  'iu'
)
/** "H1", "1H", "the first half of" before a fiscal year. */
const halfBefore = /(?:H(?<h>[12])|(?<hAfter>[12])H|(?:the[ \t]+)?(?<edge>first|second)[ \t-]+half)(?:[ \t]+of|[ \t]*[/-])?/u
/** "H1'25", "1H'25", "Q3'24", "3Q'24", "1H2025", "Q2’25": a half or a quarter glued to its year. */
const partOfShortYear =
  /(?:H(?<h>[12])|(?<hAfter>[12])H|Q(?<q>[1-4])|(?<qAfter>[1-4])Q)(?:['’](?<short>\d{2})|(?<full>(?:19|20)\d{2}))(?![\p{L}\p{N}])/u

/** The months `first`..`last` (1-based, counted from the start of the fiscal year) of a resolved fiscal year. */
function monthsOfFiscal(fiscal: Token<'date'>, first: number, last: number) {
  const start = fiscalStartOf(fiscal)
  const from = shift({ year: start.year, month: start.month, day: 1 }, 'month', first - 1)
  const to = shift({ year: start.year, month: start.month, day: 1 }, 'month', last - 1)
  return interval({ year: from.year, month: from.month! }, { year: to.year, month: to.month! })
}

function quarterIndex(groups: Record<string, string | undefined>): number {
  const { q, qAfter, word } = groups
  return word !== undefined ? quarterWords[word.toLowerCase()]! : Number(q ?? qAfter)
}

export const quarterOfFiscalYear = rule({
  name: 'Q<n> FY<year>',
  dimension: 'date',
  pattern: [regex(quarterBefore), dimension('date', isFiscalYear)],
  produce: ([match, fiscal]) => {
    const index = quarterIndex(named(match))
    return monthsOfFiscal(tokenOf(fiscal, 'date'), 3 * index - 2, 3 * index)
  }
})

export const halfOfFiscalYear = rule({
  name: 'H<n> FY<year>',
  dimension: 'date',
  pattern: [regex(halfBefore), dimension('date', isFiscalYear)],
  produce: ([match, fiscal]) => {
    const { h, hAfter, edge } = named(match)
    const first = edge !== undefined ? edge.toLowerCase() === 'first' : (h ?? hAfter) === '1'
    return first ? monthsOfFiscal(tokenOf(fiscal, 'date'), 1, 6) : monthsOfFiscal(tokenOf(fiscal, 'date'), 7, 12)
  }
})

export const partOfShortYearRule = rule({
  name: "H<n>'<yy>",
  dimension: 'date',
  pattern: [regex(partOfShortYear)],
  produce: ([match]) => {
    const groups = named(match)
    const year = groups.full !== undefined ? Number(groups.full) : 2000 + Number(groups.short)
    const { h, hAfter } = groups
    if (h !== undefined || hAfter !== undefined) {
      const first = (h ?? hAfter) === '1'
      return interval({ year, month: first ? 1 : 7 }, { year, month: first ? 6 : 12 })
    }
    const index = quarterIndex(groups)
    return interval({ year, month: 3 * index - 2 }, { year, month: 3 * index })
  }
})

export const fiscalRules = [quarterOfFiscalYear, halfOfFiscalYear, partOfShortYearRule]
