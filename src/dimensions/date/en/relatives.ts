import type { Unit } from '../helpers.js'
import type { DayPartWords, Hours, TimeCountWords } from '../times.js'
import { shiftedPhraseTable, type CurrentPart, type PeriodPartWords } from '../rules.js'
import type { DateGrain } from '../types.js'

/** Phrases naming one period counted from the day of writing, per unit and count of periods away. */
export const shiftedPhrases = shiftedPhraseTable({
  year: [
    [-1, ['last year', 'last yr']],
    [0, ['this year', 'the current year', 'current year', 'this yr']],
    [1, ['next year', 'next yr', 'the coming year']]
  ],
  month: [
    [-1, ['last month', 'the past month']],
    [0, ['this month', 'current month', 'the current month']],
    [1, ['next month', 'the coming month']]
  ],
  week: [
    [-1, ['last week', 'past week', 'the past week', 'previous week', 'the previous week', 'the preceding week']],
    [0, ['current week', 'the current week', 'this week']],
    [1, ['coming week', 'the coming week', 'upcoming week', 'next week']]
  ],
  day: [
    [-2, ['the day before yesterday', 'day before yesterday']],
    [-1, ['yesterday']],
    [0, ['today']],
    [1, ['tomorrow']],
    [2, ['the day after tomorrow', 'day after tomorrow']]
  ]
})

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
  'recent days': 'day',
  recently: 'day',
  lately: 'day',
  'of late': 'day',
  // A fiscal year's months depend on the country the story is about.
  'the current fiscal year': 'year',
  'this fiscal year': 'year',
  'last fiscal year': 'year',
  'the last fiscal year': 'year',
  'the previous fiscal year': 'year',
  'next fiscal year': 'year',
  'the next fiscal year': 'year',
  'the coming fiscal year': 'year',
  'the outgoing fiscal year': 'year',
  'the first half of the fiscal year': 'month',
  'the second half of the fiscal year': 'month',
  // A sports season runs across the turn of a year in some leagues and not in others.
  'this season': 'year',
  'last season': 'year',
  'next season': 'year',
  'the current season': 'year',
  'the previous season': 'year',
  'the coming season': 'year',
  // A market's trading day before the one reported: the day of writing's, or the last before it.
  'the previous session': 'day',
  'the previous trading session': 'day',
  'the previous trading day': 'day',
  // The latest period a report covers, whichever its unit is.
  'the latest quarter': 'month',
  'the most recent quarter': 'month',
  // A year counted back from the one the story speaks of, not from the day of writing: no value.
  'the previous year': 'year',
  'the preceding year': 'year',
  'the year before': 'year',
  'the previous month': 'month',
  'the preceding month': 'month',
  'the month before': 'month',
  'the year-earlier period': 'month',
  'the year-ago period': 'month',
  'the year-earlier quarter': 'month',
  'the year-ago quarter': 'month',
  // The months a figure is compared with, a year back: which months, its sentence says.
  'the same period last year': 'month',
  'the same period of last year': 'month',
  'the same period in the previous year': 'month',
  'the same period of the previous year': 'month',
  'the same period the previous year': 'month',
  'the same period a year earlier': 'month',
  'the same period a year ago': 'month',
  'the same time last year': 'month',
  'the same quarter last year': 'month',
  'the same month last year': 'month'
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

/** Parts of a day and the hours they cover, first and last. */
const partHours: Readonly<Record<string, Hours>> = {
  morning: [0, 11],
  lunch: [12, 13],
  afternoon: [12, 18],
  evening: [18, 23],
  night: [18, 23]
}

/** Days a part of the day is placed on, counted from the day of writing. */
const partDays: Readonly<Record<string, number>> = { this: 0, today: 0, tomorrow: 1, yesterday: -1 }

/** "tomorrow evening", "this morning", "today at lunch", "tonight", "last night". */
export const dayParts: DayPartWords = {
  phrases: {
    ...Object.fromEntries(
      Object.entries(partDays).flatMap(([day, by]) =>
        Object.entries(partHours).flatMap(([part, hours]) => [
          [`${day} ${part}`, { by, hours }],
          [`${day} at ${part}`, { by, hours }]
        ])
      )
    ),
    tonight: { by: 0, hours: partHours.evening! },
    tonite: { by: 0, hours: partHours.evening! },
    'last night': { by: -1, hours: partHours.evening! }
  },
  unplaced: {
    'in the morning': partHours.morning!,
    'in the afternoon': partHours.afternoon!,
    'in afternoon': partHours.afternoon!,
    'in the evening': partHours.evening!,
    // Not "in the PM": the Prime Minister ("3 in the PM's office").
    'in the am': partHours.morning!
  },
  ofDay: {
    ...Object.fromEntries(
      Object.entries(partHours)
        .filter(([part]) => part !== 'lunch')
        .flatMap(([part, hours]) => [
          [part, hours],
          [`in the ${part}`, hours]
        ])
    ),
    'in the early hours of the morning': [0, 8]
  },
  edges: { early: 'early', late: 'late' },
  quotedDays: ['today', 'tomorrow', 'yesterday'],
  joins: ['at', '@', 'on', 'for', 'from', ','],
  names: {
    dayAtTime: '<day> at <time>',
    timeOnDay: '<time> on <day>',
    partOfShiftedDay: 'this|today|tomorrow|yesterday <part of day>'
  },
  hourOfPart: { at: ['at', '@'], atHourOfPart: 'at <hour> <part of day>', dayAtHourOfPart: '<day> at <hour> <part of day>' }
}

/** "the end of 2019", "early March", "mid-2024", "the beginning of next week" (not "EOY": in a headline's capitals "BOY" is a word). */
export const periodParts: PeriodPartWords = {
  prefix: String.raw`(?:the[ \t]+)?`,
  // A hedge between the part and its period: "the end of around next month".
  between: String.raw`(?:around|about|roughly)`,
  names: {
    period: 'the start|middle|end of <period>',
    between: 'the start|middle|end of around <period>',
    current: 'the start|middle|end of the <unit>'
  },
  before: {
    'beginning of': 'start',
    'start of': 'start',
    early: 'start',
    'middle of': 'middle',
    mid: 'middle',
    'end of': 'end',
    late: 'end'
  },
  unquoted: ['early', 'mid', 'late'],
  current: Object.fromEntries(
    (['month', 'year', 'week'] as const).flatMap((unit) =>
      (
        [
          ['beginning', 'start'],
          ['start', 'start'],
          ['middle', 'middle'],
          ['end', 'end']
        ] as const
      ).flatMap(([word, part]) => [
        [`${word} of the ${unit}`, { part, unit }],
        [`${word} of ${unit}`, { part, unit }]
      ])
    )
  )
}

/**
 * Abbreviations of the end of the current period, read only in capitals:
 * "EOM", "EOY". Not their beginnings: "BOM" is a bill of materials and
 * "BOY" a word in a headline's capitals.
 */
export const periodEndAbbreviations: Readonly<Record<string, CurrentPart>> = {
  EOM: { part: 'end', unit: 'month' },
  EOY: { part: 'end', unit: 'year' }
}

/** "the last 3 minutes", "the next 4 hours". */
export const timeCounts: TimeCountWords = {
  units: {
    hour: 'hour',
    hours: 'hour',
    minute: 'minute',
    minutes: 'minute',
    min: 'minute',
    mins: 'minute',
    second: 'second',
    seconds: 'second',
    sec: 'second',
    secs: 'second'
  },
  directions: { last: -1, past: -1, next: 1, coming: 1 },
  directionFirst: true
}
