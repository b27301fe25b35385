import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/cli.js'
import { tempProject } from './helpers/project.js'
import { parseConfig } from '../src/config/load.js'
import { dimensions } from '../src/dimensions/index.js'
import { reportingDimensions } from '../src/dimensions/reporting.js'

describe('parseConfig', () => {
  test('should know as extractors exactly the dimensions that report facts', () => {
    const reporting = dimensions.filter((dimension) => dimension.output).map((dimension) => dimension.name)
    expect([...reportingDimensions].sort()).toEqual(reporting.sort())
  })

  test('should name the field of a wrong value', () => {
    expect(() => parseConfig({ extractors: ['date'], limits: { maxFileBytes: 'big' } }, 'pipeline.config.ts')).toThrow(
      /pipeline\.config\.ts: invalid config\n {2}limits\.maxFileBytes: /u
    )
  })

  test('should name an unknown extractor with the file and its place in the list', () => {
    expect(() => parseConfig({ extractors: ['date', 'weather'] }, 'pipeline.config.ts')).toThrow(
      /^pipeline\.config\.ts: invalid config\n {2}extractors\.1: unknown extractor "weather", expected one of money, /u
    )
  })

  test('should refuse an unknown field', () => {
    expect(() => parseConfig({ extractors: ['date'], sourcez: 'x' })).toThrow(/Unrecognized key/u)
  })

  test('should name a reading of dates it does not know', () => {
    expect(() => parseConfig({ extractors: ['date'], dateReading: 'future' })).toThrow(/dateReading/u)
  })

  test('should refuse a reference date that is not a day of the calendar', () => {
    for (const day of ['2024-13-45', '0000-00-00', '2023-02-29', '2024-04-31']) {
      expect(() => parseConfig({ extractors: ['date'], referenceDates: { 'sources/a.txt': day } }), day).toThrow(
        /referenceDates\.sources\/a\.txt: .*day/u
      )
    }
    expect(parseConfig({ extractors: ['date'], referenceDates: { 'sources/a.txt': '2024-02-29' } }).referenceDates).toEqual({
      'sources/a.txt': '2024-02-29'
    })
  })

  test('should take a config of only what differs from the defaults, every extractor among them', () => {
    expect(parseConfig({ dateReading: 'next' })).toEqual({ ...parseConfig({ extractors: [...reportingDimensions] }), dateReading: 'next' })
    expect(parseConfig({}).extractors).toEqual([...reportingDimensions])
  })

  test('should fill defaults', () => {
    expect(parseConfig({ extractors: ['date'] })).toEqual({
      sources: 'sources',
      output: 'output',
      languages: ['en', 'vi'],
      referenceDates: {},
      dateReading: 'nearest',
      extractors: ['date'],
      limits: { maxFileBytes: 8 * 1024 * 1024, maxLineLength: 20_000, maxFactsPerFile: 100_000 }
    })
  })
})

describe('referenceDates in a run', () => {
  test('should refuse a key that names no source, with the key and what a key looks like', async () => {
    const root = tempProject({ 'a.txt': 'Trade grew 5 percent last year.\n' }, { referenceDates: { 'a.txt': '2024-05-01' } })
    const result = await runCli(root, ['run'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('referenceDates')
    expect(result.stderr).toContain('"a.txt" names no source')
    expect(result.stderr).toContain('sources/a.txt')
  })

  test('should resolve the dates of the source a key names', async () => {
    const root = tempProject({ 'a.txt': 'Trade grew 5 percent last year.\n' }, { referenceDates: { 'sources/a.txt': '2024-05-01' } })
    expect((await runCli(root, ['run'])).code).toBe(0)
  })
})
