import { countries as world } from 'countries-list'
import { alternation } from '../../engine/alternation.js'
import { countries as gazetteer } from '../entity/gazetteer/countries.js'
import { matchesOf } from '../../text/matches.js'

/**
 * The countries a document is about, for the signs several currencies share
 * ("Rs" is the Pakistani rupee in a Pakistani article). A country counts
 * each time its name, a capital, its people's word or its currency code is
 * written; in the headline and dateline (the first lines), more.
 */

type CountryCode = keyof typeof world

/**
 * What the people of a country are called, for the countries whose currency
 * shares its sign with others (data only): "Pakistani exporters", "Filipino
 * workers", "Sri Lankan tea".
 */
const peoples: Readonly<Record<string, CountryCode>> = {
  Pakistani: 'PK',
  Pakistanis: 'PK',
  Indian: 'IN',
  Indians: 'IN',
  'Sri Lankan': 'LK',
  'Sri Lankans': 'LK',
  Nepali: 'NP',
  Nepalese: 'NP',
  Mauritian: 'MU',
  Seychellois: 'SC',
  Filipino: 'PH',
  Filipinos: 'PH',
  Philippine: 'PH',
  Japanese: 'JP',
  Chinese: 'CN',
  Danish: 'DK',
  Norwegian: 'NO',
  Swedish: 'SE',
  Icelandic: 'IS',
  'người Pakistan': 'PK',
  'người Ấn Độ': 'IN',
  'người Philippines': 'PH',
  'người Nhật': 'JP',
  'người Trung Quốc': 'CN'
}

/** Major cities of those countries that datelines name besides the capitals ("KARACHI:", "MUMBAI, Sept 5"). */
const cities: Readonly<Record<string, CountryCode>> = {
  Karachi: 'PK',
  Lahore: 'PK',
  Rawalpindi: 'PK',
  Faisalabad: 'PK',
  Peshawar: 'PK',
  Quetta: 'PK',
  Multan: 'PK',
  Mumbai: 'IN',
  Delhi: 'IN',
  Kolkata: 'IN',
  Chennai: 'IN',
  Bengaluru: 'IN',
  Bangalore: 'IN',
  Hyderabad: 'IN',
  'Makati City': 'PH',
  Cebu: 'PH',
  'Quezon City': 'PH',
  Davao: 'PH',
  Osaka: 'JP',
  Shanghai: 'CN',
  Shenzhen: 'CN',
  Guangzhou: 'CN'
}

/** A name shorter than this, unless written in capitals ("US", "UAE"), is too often a word ("Anh", "Mali" in a name). */
const shortestName = 4

/** Every name that points to a country, as it is written (case matters), to the country's code. */
function namesOfCountries(): Map<string, CountryCode> {
  const names = new Map<string, CountryCode>()
  const add = (name: string, code: CountryCode) => {
    const written = name.normalize('NFC').trim()
    if (written.length < shortestName && !/^\p{Lu}{2,}$/u.test(written)) return
    if (!names.has(written)) names.set(written, code)
  }
  const byName = new Map<string, CountryCode>()
  for (const [code, country] of Object.entries(world) as [CountryCode, (typeof world)[CountryCode]][]) {
    for (const name of [country.name, ...(country.alias ?? [])]) {
      add(name, code)
      byName.set(name, code)
    }
    if (/^[\p{Script=Latin}\s.'-]+$/u.test(country.native)) add(country.native, code)
    if (country.capital) add(country.capital, code)
  }
  // The gazetteer's Vietnamese names ("Ấn Độ", "Nhật Bản"), by the English name they share.
  for (const entry of gazetteer) {
    const code = entry.en.map((name) => byName.get(name)).find((found) => found !== undefined)
    if (!code) continue
    for (const name of [...entry.en, ...entry.vi]) add(name, code)
  }
  for (const [name, code] of [...Object.entries(peoples), ...Object.entries(cities)]) add(name, code)
  // A currency code names its country when one country alone uses it ("PKR", "INR").
  const users = new Map<string, CountryCode[]>()
  for (const [code, country] of Object.entries(world) as [CountryCode, (typeof world)[CountryCode]][]) {
    for (const currency of country.currency) users.set(currency, [...(users.get(currency) ?? []), code])
  }
  for (const [currency, codes] of users) if (codes.length === 1) add(currency, codes[0]!)
  return names
}

const names = namesOfCountries()
/**
 * Any of the names, whole words; capitals as written ("KARACHI" in a dateline) are tried too.
 * Case-sensitive: two names that differ only by case stay apart, and the list keeps a trie's shape.
 */
const nameRegex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(names.keys(), { caseSensitive: true })})(?![\\p{L}\\p{N}])`, 'gu')
const upperNames = new Map(
  [...names].flatMap(([name, code]) => (names.has(name.toUpperCase()) ? [] : [[name.toUpperCase(), code] as const]))
)
const upperRegex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(upperNames.keys(), { caseSensitive: true })})(?![\\p{L}\\p{N}])`, 'gu')

/** The first non-blank lines, where the headline and the dateline stand. */
const headLines = 3
/** A mention there counts this many times. */
const headWeight = 3

/**
 * The countries `text` is about, as ISO 3166-1 alpha-2 codes, the most
 * named first (ties: the first named first); empty when it names none.
 */
export function documentCountries(text: string): string[] {
  const normalized = text.normalize('NFC')
  const headEnd = endOfHead(normalized)
  const weights = new Map<CountryCode, { weight: number; first: number }>()
  const count = (regex: RegExp, lookup: ReadonlyMap<string, CountryCode>) => {
    for (const match of matchesOf(regex, normalized)) {
      const code = lookup.get(match[0])
      if (!code) continue
      const seen = weights.get(code) ?? { weight: 0, first: match.index }
      seen.weight += match.index < headEnd ? headWeight : 1
      seen.first = Math.min(seen.first, match.index)
      weights.set(code, seen)
    }
  }
  count(nameRegex, names)
  count(upperRegex, upperNames)
  return [...weights].sort(([, a], [, b]) => b.weight - a.weight || a.first - b.first).map(([code]) => code)
}

/** Where the first `headLines` non-blank lines end. */
function endOfHead(text: string): number {
  let seen = 0
  for (const line of text.matchAll(/[^\n]*\S[^\n]*/gu)) {
    if (++seen === headLines) return line.index + line[0].length
  }
  return text.length
}

/** The currencies each country uses, from the data package. */
export function currenciesOf(country: string): readonly string[] {
  return world[country as CountryCode]?.currency ?? []
}
