import { createRequire } from 'node:module'
import type { GazetteerEntry } from './entry.js'

type Names = Readonly<Record<string, string | readonly string[]>>

// Each a call of its own: the bundle of the startup snapshot (bin/snapshot.js) takes in what `createRequire(import.meta.url)(…)` loads.
/** i18n-iso-countries' names of every country and territory (ISO 3166-1), in English and Vietnamese, by alpha-2 code. */
const english = (createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as { countries: Names }).countries
const vietnamese = (createRequire(import.meta.url)('i18n-iso-countries/langs/vi.json') as { countries: Names }).countries

/** Codes whose names in the package share none with the hand list's entry for the same country. */
const sameAs: Readonly<Record<string, string>> = {
  LA: 'Laos',
  FM: 'Micronesia',
  MD: 'Moldova',
  SY: 'Syria',
  VA: 'Vatican',
  CI: "Côte d'Ivoire"
}

/** The usable names of a code: neither "Korea, Republic of" nor "Falkland Islands (Malvinas)". */
function namesOf(names: Names, code: string): string[] {
  const value = names[code] ?? []
  return (typeof value === 'string' ? [value] : [...value]).filter((name) => name !== '' && !/[,()]/u.test(name))
}

/**
 * The hand list's countries with the package's names added, and the
 * package's other countries and territories as entries of their own: the
 * package keeps the official names in both languages, the hand list the
 * short names and Vietnamese transliterations news uses ("Ô-xtrây-li-a").
 */
export function withIsoCountries(hand: readonly GazetteerEntry[], others: readonly GazetteerEntry[] = []): GazetteerEntry[] {
  const merged = hand.map((entry) => ({ ...entry, en: [...entry.en], vi: [...entry.vi] }))
  // A territory another list already holds ("Antarctica" among the regions) keeps that entry.
  const elsewhere = new Set(others.map((entry) => entry.canonical))
  for (const code of Object.keys(english).sort()) {
    const en = namesOf(english, code)
    const vi = namesOf(vietnamese, code)
    if (en.length === 0 && vi.length === 0) continue
    const entry =
      merged.find((candidate) => candidate.canonical === sameAs[code]) ??
      merged.find((candidate) => candidate.en.some((name) => en.includes(name)) || candidate.vi.some((name) => vi.includes(name)))
    if (entry) {
      for (const name of en) if (!entry.en.includes(name)) entry.en.push(name)
      for (const name of vi) if (!entry.vi.includes(name)) entry.vi.push(name)
    } else if (en.length > 0 && !elsewhere.has(en[0]!)) {
      merged.push({ type: 'place', canonical: en[0]!, en, vi: vi.length > 0 ? vi : en })
    }
  }
  return merged
}
