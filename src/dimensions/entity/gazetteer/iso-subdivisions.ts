import { iso31662 } from 'iso-3166'
import type { GazetteerEntry } from './entry.js'

/** Countries of the region whose provinces, states and regions (ISO 3166-2) the news of the desk names. */
const region = ['VN', 'KH', 'LA', 'TH', 'MM', 'MY', 'SG', 'ID', 'PH', 'BN', 'TL', 'PK', 'IN', 'BD', 'LK', 'NP', 'CN']

/** Words of the administrative kind that ISO 3166-2 writes after a Chinese name ("Guangdong Sheng"). */
const chineseKind = / (?:Sheng|Shi|(?:\p{L}+ )?Zizhiqu|Tebiexingzhengqu)$/u

/** Subdivisions named after a person, whose bare name is the person's ("Hồ Chí Minh"): the city keeps its own entry. */
const namedAfterPeople = new Set(['Hồ Chí Minh'])

/** Single words shorter than this are too often common words or given names ("Mon", "Nan", "Tak", "Chin"). */
export const minSingleWord = 5

/** The name as English text writes it: diacritics and macrons left out ("Balōchistān" → "Balochistan", "Đắk Lắk" → "Dak Lak"). */
export function plainLatin(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').normalize('NFC')
}

/** A word Vietnamese could spell as a syllable ("Trang", "Nan"). */
export const vietnameseSyllable = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/iu

/** The subdivisions of the region as gazetteer entries: Vietnam's in both languages, the others' by their Latin names in both. */
export function isoSubdivisions(): GazetteerEntry[] {
  const found: GazetteerEntry[] = []
  for (const { parent, name } of iso31662) {
    if (!region.includes(parent) || namedAfterPeople.has(name)) continue
    const written = name.replace(chineseKind, '')
    const en = plainLatin(written)
    if (!/\s/u.test(en) && en.length < minSingleWord) continue
    // A one-word name Vietnamese could spell as a syllable would be read inside Vietnamese people's names: left out.
    if (parent !== 'VN' && !/\s/u.test(en) && vietnameseSyllable.test(en)) continue
    found.push({ type: 'place', canonical: en, en: en === written ? [en] : [en, written], vi: [parent === 'VN' ? written : en] })
  }
  return found
}

/**
 * The hand lists' places with the packages' places merged in: a place the
 * hand lists already hold by one of its names adds its other names there
 * ("Thừa Thiên-Huế"); the others become entries of their own, whose
 * single-word names count only where they stand alone (`alone`).
 */
export function withPackagedPlaces(
  hand: readonly GazetteerEntry[],
  packaged: readonly GazetteerEntry[]
): { entries: GazetteerEntry[]; alone: Set<string> } {
  const entries = hand.map((entry) => ({ ...entry, en: [...entry.en], vi: [...entry.vi] }))
  const byName = new Map<string, GazetteerEntry & { en: string[]; vi: string[] }>()
  for (const entry of entries) for (const name of [...entry.en, ...entry.vi]) byName.set(keyOf(name), entry)
  const alone = new Set<string>()
  for (const subdivision of packaged) {
    const known = byName.get(keyOf(subdivision.canonical))
    if (known?.type === 'place') {
      for (const name of subdivision.en) if (!known.en.includes(name)) known.en.push(name)
      for (const name of subdivision.vi) if (!known.vi.includes(name)) known.vi.push(name)
      continue
    }
    if (known) continue
    const entry = { ...subdivision, en: [...subdivision.en], vi: [...subdivision.vi] }
    entries.push(entry)
    byName.set(keyOf(subdivision.canonical), entry)
    for (const name of [...entry.en, ...entry.vi]) if (!/\s/u.test(name)) alone.add(name)
  }
  return { entries, alone }
}

/** A name compared without case, diacritics or the dashes and blanks between its words ("Ba Ria - Vung Tau" = "Bà Rịa-Vũng Tàu"). */
function keyOf(name: string): string {
  return plainLatin(name)
    .toLowerCase()
    .replace(/\s*-\s*|\s+/gu, ' ')
}
