/** The gazetteer is data: every entry has a type, a canonical name and names in both languages. */
import { describe, expect, test } from 'vitest'
import { gazetteer } from '../src/dimensions/entity/gazetteer/index.js'
import { ambiguous } from '../src/dimensions/entity/gazetteer/ambiguous.js'
import { demonyms } from '../src/dimensions/entity/gazetteer/demonyms.js'
import { cities } from '../src/dimensions/entity/gazetteer/cities.js'
import { countries } from '../src/dimensions/entity/gazetteer/countries.js'
import { entityTypes } from '../src/schema/vocabulary.js'

describe('gazetteer', () => {
  test.each(gazetteer.map((entry) => [entry.canonical, entry] as const))(
    'should give «%s» a type and names in both languages',
    (_, entry) => {
      expect(entityTypes).toContain(entry.type)
      expect(entry.canonical.trim()).not.toBe('')
      expect(entry.en).toContain(entry.canonical)
      expect(entry.en.length).toBeGreaterThan(0)
      expect(entry.vi.length).toBeGreaterThan(0)
      for (const name of [...entry.en, ...entry.vi]) expect(name.trim()).toBe(name)
      for (const name of [...entry.en, ...entry.vi]) expect(name).not.toBe('')
    }
  )

  test('should hold every UN member state and at least 150 cities', () => {
    expect(countries.length).toBeGreaterThanOrEqual(193)
    expect(cities.length).toBeGreaterThanOrEqual(150)
  })

  test('should give one canonical name to both spellings of a place', () => {
    const canonicalOf = (lang: 'en' | 'vi', name: string) => gazetteer.find((entry) => entry[lang].includes(name))?.canonical
    expect(canonicalOf('vi', 'Hà Nội')).toBe(canonicalOf('en', 'Hanoi'))
    expect(canonicalOf('vi', 'Bắc Kinh')).toBe(canonicalOf('en', 'Beijing'))
    expect(canonicalOf('vi', 'Liên hợp quốc')).toBe(canonicalOf('en', 'United Nations'))
    expect(canonicalOf('vi', 'Hàn Quốc')).toBe('South Korea')
  })

  test('should never list a canonical name twice', () => {
    const names = gazetteer.map((entry) => entry.canonical)
    expect(names.length).toBe(new Set(names).size)
  })

  test('should keep demonyms and ambiguous words apart from entries', () => {
    const english = new Set(gazetteer.flatMap((entry) => entry.en))
    for (const word of demonyms.en) expect(english.has(word), word).toBe(false)
    const all = new Set(gazetteer.flatMap((entry) => [...entry.en, ...entry.vi]))
    for (const word of [...ambiguous.en, ...ambiguous.vi]) expect(all.has(word), word).toBe(true)
  })
})
