import { describe, expect, test } from 'vitest'
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

  test('should name an unknown extractor', () => {
    expect(() => parseConfig({ extractors: ['date', 'weather'] })).toThrow(/extractors: unknown weather/u)
  })

  test('should refuse an unknown field', () => {
    expect(() => parseConfig({ extractors: ['date'], sourcez: 'x' })).toThrow(/Unrecognized key/u)
  })

  test('should name a reading of dates it does not know', () => {
    expect(() => parseConfig({ extractors: ['date'], dateReading: 'future' })).toThrow(/dateReading/u)
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
