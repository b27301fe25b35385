import type { Lang } from '../../../lang.js'
import { languageWords } from '../../../languages/index.js'
import { PhraseTrie, phraseSet } from '../trie.js'
import type { Piece } from '../text.js'
import { agreements } from './agreements.js'
import { ambiguous, sentenceSafe } from './ambiguous.js'
import { bodies } from './bodies.js'
import { cities } from './cities.js'
import { companies } from './companies.js'
import { countries } from './countries.js'
import { demonyms } from './demonyms.js'
import type { GazetteerEntry } from './entry.js'
import { isoSubdivisions, withPackagedPlaces } from './iso-subdivisions.js'
import { provinces } from './provinces.js'
import { regionCities } from './region-cities.js'
import { regions } from './regions.js'

export type { GazetteerEntry } from './entry.js'

/** Names of the hand lists' bodies and companies: a package's place of the same name is left to them ("Masan" is the group). */
const bodyNames = new Set([...bodies, ...companies, ...agreements].flatMap((entry) => [...entry.en, ...entry.vi]))

const places = withPackagedPlaces(
  [...countries, ...cities, ...provinces, ...regions],
  [...isoSubdivisions(), ...regionCities()].filter((place) => !place.en.some((name) => bodyNames.has(name)))
)

/** Every entry of the gazetteer. */
export const gazetteer: readonly GazetteerEntry[] = [...places.entries, ...bodies, ...companies, ...agreements]

/** A name of the gazetteer found in a text, over pieces `from` to `to` (exclusive). */
export interface GazetteerHit {
  readonly entry: GazetteerEntry
  readonly from: number
  readonly to: number
  /** The name is also a common word or given name. */
  readonly ambiguous: boolean
  /** The name as the gazetteer writes it. */
  readonly name: string
}

/** The names of one language, compiled for lookups. */
export interface Lookup {
  /** Entries by name, with the name as the gazetteer writes it (its case matters for acronyms). */
  readonly names: PhraseTrie<{ entry: GazetteerEntry; name: string }>
  readonly ambiguous: ReadonlySet<string>
  /** Ambiguous names that may still open a sentence ("Mỹ đứng đầu"): given names, not common words. */
  readonly sentenceSafe: ReadonlySet<string>
  readonly demonyms: PhraseTrie<string>
}

/** Names are matched folded in a language whose text may drop their diacritics (`plainNames`), else as written. */
export function compileLookup(lang: Lang): Lookup {
  const names = new PhraseTrie<{ entry: GazetteerEntry; name: string }>({ plain: languageWords[lang].plainNames })
  for (const entry of gazetteer) for (const name of entry[lang]) names.add(name, { entry, name })
  return {
    names,
    ambiguous: new Set([...ambiguous[lang], ...sentenceSafe[lang], ...places.alone]),
    // A province's one-word name may open a sentence ("Sindh was hit ..."), but not stand inside a longer name.
    sentenceSafe: new Set([...sentenceSafe[lang], ...places.alone]),
    demonyms: phraseSet(demonyms[lang])
  }
}

/** The longest name starting at piece `from`, written with the case the name allows. */
export function longestAt(lookup: Lookup, list: readonly Piece[], from: number): GazetteerHit | undefined {
  const found = lookup.names.longest(list, from)
  if (!found) return undefined
  const { entry, name } = found.value
  // "US" is a country, "us" is not; "châu Á" may stay lower case, "Pakistan" may not.
  if (/^[\p{Lu}\p{N}.]+$/u.test(name) && name.length <= 6 && !caseEqual(list, from, found.to, name)) return undefined
  if (startsUpper(name) !== startsUpper(list[from]!.text)) return undefined
  // "The Diplomat", "The Star": a paper's name of common words is one only in capitals ("The diplomat said ..." is a person).
  if (name.startsWith('The ') && !capitalsEqual(list, from, found.to, name)) return undefined
  if (currencyPrefix(list, found.to)) return undefined
  return { entry, from, to: found.to, ambiguous: lookup.ambiguous.has(name), name }
}

/** The end (exclusive piece index) of a demonym starting at `from`, if any. */
export function demonymAt(lookup: Lookup, list: readonly Piece[], from: number): number | undefined {
  const found = lookup.demonyms.longest(list, from)
  return found && startsUpper(found.value) === startsUpper(list[from]!.text) ? found.to : undefined
}

/** A name written against a dollar sign is a currency's prefix: "US$5.75 billion", "S$1 million", "HK$". */
function currencyPrefix(list: readonly Piece[], to: number): boolean {
  const next = list[to]
  return next !== undefined && next.text === '$' && next.start === list[to - 1]!.end
}

function caseEqual(list: readonly Piece[], from: number, to: number, written: string): boolean {
  return (
    list
      .slice(from, to)
      .map((piece) => piece.text)
      .join('') === written.replace(/\s+/gu, '')
  )
}

/** Does every word of the text start with a capital where the written name's word does? */
function capitalsEqual(list: readonly Piece[], from: number, to: number, written: string): boolean {
  const words = written.split(/\s+/u)
  const pieces = list.slice(from, to).filter((piece) => piece.word)
  return pieces.length === words.length && pieces.every((piece, index) => startsUpper(piece.text) === startsUpper(words[index]!))
}

function startsUpper(text: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(text)
}
