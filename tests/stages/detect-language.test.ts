import { describe, expect, test } from 'vitest'
import { detectLanguage } from '../../src/language/detect.js'

describe('detectLanguage', () => {
  test.each([
    ['Trade between the two countries reached a record high last year, officials said.', 'en'],
    ['Kim ngạch thương mại hai chiều giữa hai nước đạt mức cao kỷ lục trong năm ngoái.', 'vi'],
    ['Tổng số bài đăng 417.', 'vi'],
    ['Hà Nội', 'vi'],
    ['Delegates at the conference.', 'en'],
    ['Vie\u0323\u0302t Nam', 'vi']
  ] as const)('should read «%s» as %s', (text, lang) => {
    expect(detectLanguage(text, ['en', 'vi'], 'en')).toBe(lang)
  })

  test('should fall back when the text has no letters', () => {
    expect(detectLanguage('2024 — 12/5', ['en', 'vi'], 'vi')).toBe('vi')
  })

  // A byline or an agency in a Vietnamese article has no Vietnamese letter, and is too short for franc to tell.
  test.each(['Kim Phong', '(Vietnam+)', 'Theo TTXVN'])("should read the short unmarked block «%s» in its document's language", (text) => {
    expect(detectLanguage(text, ['en', 'vi'], 'vi')).toBe('vi')
    expect(detectLanguage(text, ['en', 'vi'], 'en')).toBe('en')
  })

  test('should still read an English sentence long enough to tell as English in a Vietnamese document', () => {
    expect(detectLanguage('Trade between the two countries reached a record high last year, officials said.', ['en', 'vi'], 'vi')).toBe(
      'en'
    )
  })

  test('should return the only allowed language', () => {
    expect(detectLanguage('Kim ngạch thương mại', ['en'], 'en')).toBe('en')
  })
})
