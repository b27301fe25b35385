import { describe, expect, test } from 'vitest'
import { findReferenceDate } from '../src/text/dateline.js'

describe('findReferenceDate', () => {
  test('should read an English dateline that opens the lead paragraph', () => {
    expect(findReferenceDate('Friendship grows\n\nHanoi, Nov. 9, 2022 — The two countries met.', 'en')).toBe('2022-11-09')
  })

  test('should read a publication line in either language', () => {
    expect(findReferenceDate('Title\nPublished: 14/10/2025\n\nBody text.', 'en')).toBe('2025-10-14')
    expect(findReferenceDate('Tiêu đề\nThứ Hai, 14/10/2025 10:30\n\nNội dung.', 'vi')).toBe('2025-10-14')
  })

  test('should not take a date from a sentence of the story', () => {
    const story =
      'Title\n\nThe two countries, which have been partners for many years, officially launched negotiations on 14 October 2025 in Islamabad.'
    expect(findReferenceDate(story, 'en')).toBeUndefined()
  })

  test('should not take a month, a year or a relative date as the reference day', () => {
    expect(findReferenceDate('Title\nTháng 10/2000\nNăm 2024\n', 'vi')).toBeUndefined()
    expect(findReferenceDate('Title\nUpdated yesterday\n', 'en')).toBeUndefined()
  })

  test('should read a dash after a day in the head of a long line, however many blanks come before it', () => {
    const lead = `Posted by the trade office in Hanoi on November 9, 2022${' '.repeat(150)}— The two countries met. ${'They talked. '.repeat(20)}`
    expect(findReferenceDate(`Title\n\n${lead}`, 'en')).toBe('2022-11-09')
    // The day ends past the head: the line is the story's.
    expect(findReferenceDate(`Title\n\n${'x'.repeat(150)} on November 9, 2022 — The two countries met.`, 'en')).toBeUndefined()
  })

  test('should look only at the top of the article', () => {
    const body = ['Title', 'One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Published: 14/10/2025'].join('\n')
    expect(findReferenceDate(body, 'en')).toBeUndefined()
  })
})
