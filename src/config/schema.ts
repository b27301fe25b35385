import { z } from 'zod'
import { readings } from '../engine/rule.js'
import { reportingDimensions } from '../dimensions/reporting.js'
import { langs } from '../lang.js'

/** An ISO 8601 day of the calendar: reference dates are days (`extract --reference-date` takes one too), and "2024-13-45" is none. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected an ISO day such as 2025-10-14')
  .refine(isCalendarDay, 'expected a day of the calendar such as 2025-10-14 (year 0001 to 9999, month 01 to 12, a day the month has)')

function isCalendarDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  if (year < 1 || month < 1 || month > 12 || date < 1) return false
  // Day 0 of the next month is the last day of this one (proleptic Gregorian).
  const last = new Date(0)
  last.setUTCFullYear(year, month, 0)
  return date <= last.getUTCDate()
}

export const limitsSchema = z
  .object({
    /** Larger files are skipped with a message. */
    maxFileBytes: z
      .number()
      .int()
      .positive()
      .default(8 * 1024 * 1024),
    /** Longer lines are read in pieces of this length, cut at a blank where possible. */
    maxLineLength: z.number().int().positive().default(20_000),
    /** Facts beyond this many in one file are dropped with a message. */
    maxFactsPerFile: z.number().int().positive().default(100_000)
  })
  .strict()

export const configSchema = z
  .object({
    /** Folder of the articles, relative to the project root. */
    sources: z.string().min(1).default('sources'),
    /** Folder of the dataset, relative to the project root. */
    output: z.string().min(1).default('output'),
    /** Languages to detect and extract; a block in none of them gets the document's language. */
    languages: z
      .array(z.enum(langs))
      .min(1)
      .default([...langs]),
    /** Reference day per source path (as in records' `source`), to resolve "last year". */
    referenceDates: z.record(z.string(), isoDay).default({}),
    /**
     * How a date said without its year or week ("Nov. 8", "on Monday") is
     * placed: `nearest` the day of writing (news), or the `next` one after it
     * (plans, schedules, requests).
     */
    dateReading: z.enum(readings).default('nearest'),
    /** Dimensions to report (default: every one); their dependencies run too. A name of none is a config error at its index. */
    extractors: z
      .array(
        z.enum(reportingDimensions, {
          error: (issue) => `unknown extractor ${JSON.stringify(issue.input)}, expected one of ${reportingDimensions.join(', ')}`
        })
      )
      .min(1)
      .default([...reportingDimensions]),
    limits: limitsSchema.default(limitsSchema.parse({}))
  })
  .strict()

export type ConfigInput = z.input<typeof configSchema>
export type Config = z.output<typeof configSchema>
export type Limits = z.output<typeof limitsSchema>
