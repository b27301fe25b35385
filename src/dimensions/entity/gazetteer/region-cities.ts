import { createRequire } from 'node:module'
import { isDictionaryWord } from '../en/dictionary.js'
import type { GazetteerEntry } from './entry.js'
import { minSingleWord, vietnameseSyllable } from './iso-subdivisions.js'

/** A row of city-timezones' table: the city's name in ASCII, its country (ISO 3166-1) and population. */
interface CityRow {
  readonly city_ascii: string
  readonly iso2: string
  readonly pop: number
}

// A call of its own: the bundle of the startup snapshot (bin/snapshot.js) takes in what `createRequire(import.meta.url)(…)` loads.
const rows = createRequire(import.meta.url)('city-timezones/data/cityMap.json') as readonly CityRow[]

/**
 * Countries whose cities the desk's news names: Southeast and South Asia and
 * the East Asian partners. Vietnam's are in the hand list, with their
 * Vietnamese names.
 */
const region = new Set(['KH', 'LA', 'TH', 'MM', 'MY', 'SG', 'ID', 'PH', 'BN', 'TL', 'PK', 'IN', 'BD', 'LK', 'NP', 'CN', 'JP', 'KR', 'TW'])

/** Towns smaller than this are left out: their names are more often other things than the town. */
const minPopulation = 100_000

/**
 * A city named by one word needs this many people: a smaller one's name is
 * too often also a given name that would open a person's ("Sagar Sharma").
 */
const minPopulationOfOneWord = 500_000

/**
 * The cities of the region from the city-timezones package ("Kota
 * Kinabalu", "Hat Yai", "Kuching", "Hiroshima"), by their ASCII names; a
 * single word that is short, a common English word or a Vietnamese syllable
 * ("Trang") is left out.
 */
export function regionCities(): GazetteerEntry[] {
  const found = new Map<string, GazetteerEntry>()
  for (const row of rows) {
    const name = row.city_ascii
    if (!region.has(row.iso2) || row.pop < minPopulation || found.has(name)) continue
    const oneWord = !/\s/u.test(name)
    if (
      oneWord &&
      (row.pop < minPopulationOfOneWord || name.length < minSingleWord || isDictionaryWord(name) || vietnameseSyllable.test(name))
    )
      continue
    found.set(name, { type: 'place', canonical: name, en: [name], vi: [name] })
  }
  return [...found.values()]
}
