import { describe, expect, test } from 'vitest'
import { createParser } from '../src/dimensions/parse.js'
import type { Token } from '../src/engine/rule.js'

const en = createParser('en', ['date'])
const vi = createParser('vi', ['date'])
const read = (parser: typeof en, text: string, reference?: string) =>
  parser
    .parse(text, reference)
    .tokens.filter((token): token is Token<'date'> => token.dimension === 'date')
    .map((token) => ({ quote: text.slice(token.start, token.end), value: token.value }))

describe('times of day', () => {
  test('should put a time said without its day on the day of writing when only the day is known', () => {
    expect(read(en, 'The vote closed at 3am.', '2025-06-01')).toEqual([
      { quote: '3am', value: { value: '2025-06-01T03', grain: 'hour', relative: true, yearImplied: true } }
    ])
  })

  test('should read a time as the next such time when the time of writing is known', () => {
    expect(read(en, '3am', '2013-02-12T04:30:00-02:00')[0]!.value.value).toBe('2013-02-13T03')
    expect(read(en, '4:23am', '2013-02-12T04:30:00-02:00')[0]!.value.value).toBe('2013-02-12T04:23')
    // An ambiguous 3:30 has passed in the morning: the afternoon's is next.
    expect(read(en, '3:30', '2013-02-12T04:30:00-02:00')[0]!.value.value).toBe('2013-02-12T15:30')
  })

  test('should read an hour in a part of whichever day as the next such hour when the time of writing is known', () => {
    expect(read(en, '3 in the morning', '2013-02-12T04:30:00-02:00')[0]!.value.value).toBe('2013-02-13T03')
    expect(read(en, '3:20 in the afternoon', '2013-02-12T04:30:00-02:00')[0]!.value.value).toBe('2013-02-12T15:20')
  })

  test('should leave a time unresolved without a reference day', () => {
    expect(read(vi, 'lúc 15h30', undefined)).toEqual([
      { quote: '15h30', value: { value: null, grain: 'minute', relative: true, yearImplied: true } }
    ])
  })

  test('should read an ambiguous hour in an evening as after noon', () => {
    expect(read(en, 'tonight at 8', '2025-06-01')[0]!.value.value).toBe('2025-06-01T20')
    expect(read(en, 'this morning at 8', '2025-06-01')[0]!.value.value).toBe('2025-06-01T08')
  })

  test('should count hours, minutes and seconds only from a known time of writing', () => {
    expect(read(en, 'the last 2 minutes', '2013-02-12T04:30:00-02:00')[0]!.value.value).toBe('2013-02-12T04:28/2013-02-12T04:29')
    expect(read(vi, '3 giờ tới', '2017-02-02T03:55:00-02:00')[0]!.value.value).toBe('2017-02-02T04/2017-02-02T06')
    expect(read(en, '20 minutes from now', '2013-02-12T04:30:00-02:00')[0]!.value.value).toBe('2013-02-12T04:50:00')
    expect(read(en, 'the last 2 minutes', '2013-02-12')[0]!.value).toEqual({ value: null, grain: 'minute', relative: true })
    // News gives only the day of writing, so "in 24 hours" is read as nothing: mostly a span, never a moment.
    expect(read(en, 'the second attack in 24 hours', '2013-02-12')).toEqual([])
    expect(read(en, 'in 1/2h', '2013-02-12T04:30:00-02:00')).toEqual([])
  })

  test('should read a count of periods from a known time of writing to one grain finer than its unit', () => {
    const now = '2013-02-12T04:30:00-02:00'
    expect(read(en, '7 days ago', now)[0]!.value).toEqual({ value: '2013-02-05T04', grain: 'hour', relative: true })
    expect(read(en, 'three months hence', now)[0]!.value.value).toBe('2013-05-12')
    expect(read(en, 'two years ago', now)[0]!.value).toEqual({ value: '2011-02', grain: 'month', relative: true })
    expect(read(en, 'a fortnight hence', now)[0]!.value.value).toBe('2013-02-26T04')
    // With only the day known, the count keeps its unit; "in" a count is a span, never a date.
    expect(read(en, '7 days ago', '2013-02-12')[0]!.value).toEqual({ value: '2013-02-05', grain: 'day', relative: true })
    expect(read(en, 'the highest in two years', '2013-02-12')).toEqual([])
    expect(read(en, 'in a week', now)).toEqual([])
  })

  test('should not read hours of work or two-way trade as times', () => {
    expect(read(vi, 'Kim ngạch hai chiều đạt 850 triệu USD, làm việc 8 giờ mỗi ngày.', '2025-06-01')).toEqual([])
    expect(read(en, 'Output grew five to ten times in 1h.', '2025-06-01')).toEqual([])
  })
})

describe('parts of a period', () => {
  test('should keep the value of the period and name its part', () => {
    expect(read(en, 'by the end of 2025', undefined)).toEqual([
      { quote: 'the end of 2025', value: { value: '2025', grain: 'year', part: 'end' } }
    ])
    expect(read(vi, 'vào cuối năm 2024', undefined)).toEqual([
      { quote: 'cuối năm 2024', value: { value: '2024', grain: 'year', part: 'end' } }
    ])
  })

  test('should read "giữa" before two years as "between", not "the middle of"', () => {
    expect(read(vi, 'giữa năm 2023 và năm 2025', undefined)).toEqual([
      { quote: '2023 và năm 2025', value: { value: '2023/2025', grain: 'year' } }
    ])
    expect(read(en, 'between 2010 and 2020', undefined)).toEqual([{ quote: '2010 and 2020', value: { value: '2010/2020', grain: 'year' } }])
    // Without "between", two years joined by "and" are two dates unless they follow each other.
    expect(read(en, 'in 2010 and 2020', undefined).map((date) => date.quote)).toEqual(['2010', '2020'])
  })
})
