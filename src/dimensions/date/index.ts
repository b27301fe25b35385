import type { Rule } from '../../engine/rule.js'
import { defineDimension } from '../dimension.js'
import { rules as en } from './en/rules.js'
import { rules as vi } from './vi/rules.js'
import type { DateValue } from './types.js'

/**
 * A date built on one named without its year, and still relative ("May 18
 * evening", "7h50 ngày 17/1", "the end of July"), is without its year too;
 * one a year completes ("Nov. 8, 2024") is not relative any more.
 */
function keepingYearImplied(dateRule: Rule<'date'>): Rule<'date'> {
  return {
    ...dateRule,
    produce: (matches, context) => {
      const produced = dateRule.produce(matches, context)
      if (!produced?.value.relative || produced.value.yearImplied) return produced
      const implied = matches.some(
        (match) => match.kind === 'token' && match.dimension === 'date' && (match.value as DateValue).yearImplied
      )
      return implied ? { ...produced, value: { ...produced.value, yearImplied: true } } : produced
    }
  }
}

/**
 * Dates as precise as the text says them: days, months, years, their
 * ranges, quarters, fiscal years and decades, and dates said relative to
 * the day of writing, resolved only against a known reference day.
 */
export const date = defineDimension({
  name: 'date',
  dependsOn: ['numeral', 'ordinal', 'clock'],
  rules: { en: en.map(keepingYearImplied), vi: vi.map(keepingYearImplied) },
  output: {
    group: 'date',
    toFields: ({ value }) => ({
      kind: 'date',
      type: value.value?.includes('/') ? 'interval' : 'point',
      value: value.value,
      grain: value.grain,
      ...(value.part ? { part: value.part } : {}),
      ...(value.relative ? { relative: true as const } : {}),
      ...(value.yearImplied ? { yearless: true as const } : {})
    })
  }
})
