import type { Unit } from '../helpers.js'
import type { DateGrain } from '../types.js'

/** Phrases naming one period counted from the day of writing: its unit and how many of them away. */
export const shiftedPhrases: Readonly<Record<string, { readonly unit: Unit; readonly by: number }>> = {
  'last year': { unit: 'year', by: -1 },
  'this year': { unit: 'year', by: 0 },
  'the current year': { unit: 'year', by: 0 },
  'next year': { unit: 'year', by: 1 },
  'last month': { unit: 'month', by: -1 },
  'this month': { unit: 'month', by: 0 },
  'next month': { unit: 'month', by: 1 },
  'last week': { unit: 'week', by: -1 },
  'this week': { unit: 'week', by: 0 },
  'next week': { unit: 'week', by: 1 },
  'the day before yesterday': { unit: 'day', by: -2 },
  yesterday: { unit: 'day', by: -1 },
  today: { unit: 'day', by: 0 },
  tomorrow: { unit: 'day', by: 1 },
  'the day after tomorrow': { unit: 'day', by: 2 }
}

/** Relative periods with no edges to resolve to, with the grain they speak in. */
export const vaguePhrases: Readonly<Record<string, DateGrain>> = {
  'the near future': 'year',
  'the foreseeable future': 'year',
  'the coming time': 'year',
  'the time to come': 'year',
  'the coming years': 'year',
  'the years ahead': 'year',
  'the years to come': 'year',
  'the coming decades': 'year',
  'recent years': 'year',
  'recent decades': 'year',
  'the coming months': 'month',
  'the months ahead': 'month',
  'recent months': 'month',
  'the coming weeks': 'day',
  'the coming days': 'day',
  'recent weeks': 'day',
  'recent days': 'day'
}

/** Words before a count of periods back from the day of writing: "the past 50 years". */
export const pastWords = ['past', 'last', 'previous'] as const

/** Words before a count of periods ahead: "the next 5 years". */
export const futureWords = ['next', 'coming', 'upcoming'] as const

/** Counts too vague to resolve: "the past few years". */
export const vagueCounts = ['few', 'several', 'couple of'] as const

/** Period nouns, singular and plural, to their unit. */
export const unitWords: Readonly<Record<string, Exclude<Unit, 'quarter'>>> = {
  year: 'year',
  years: 'year',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  day: 'day',
  days: 'day'
}

/** Decades as units of a vague count: "the past few decades". */
export const decadeWords = ['decade', 'decades'] as const
