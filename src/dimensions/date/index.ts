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
 * A rule that builds on a date ("from Wednesday evening to Friday") copies
 * its value, and with it the words that date's record would quote: those
 * belong to the date it was built on, not to the longer one.
 */
function quotingOwnWords(dateRule: Rule<'date'>): Rule<'date'> {
  return {
    ...dateRule,
    produce: (matches, context) => {
      const produced = dateRule.produce(matches, context)
      const quoted = produced?.value.quoted
      if (!quoted) return produced
      const inherited = matches.some(
        (match) => match.kind === 'token' && match.dimension === 'date' && (match.value as DateValue).quoted === quoted
      )
      if (!inherited) return produced
      const { quoted: _inherited, ...value } = produced.value
      return { ...produced, value }
    }
  }
}

/** The rules of a language, each keeping a year implied and quoting its own words. */
function wrapped(rules: readonly Rule<'date'>[]): Rule<'date'>[] {
  return rules.map((dateRule) => quotingOwnWords(keepingYearImplied(dateRule)))
}

/**
 * Dates as precise as the text says them: days, months, years, their
 * ranges, quarters, fiscal years and decades, and dates said relative to
 * the day of writing, resolved only against a known reference day.
 */
export const date = defineDimension({
  name: 'date',
  dependsOn: ['numeral', 'ordinal', 'clock'],
  rules: { en: wrapped(en), vi: wrapped(vi) },
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
    }),
    quoted: ({ value }) => value.quoted
  }
})
