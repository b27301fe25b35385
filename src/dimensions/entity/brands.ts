import type { Lang } from '../../lang.js'
import { ranks, type Candidate } from './candidates.js'
import { countries } from './gazetteer/countries.js'
import { longestAt } from './gazetteer/index.js'
import { lookupFor } from './helpers.js'
import { isNameWord } from './runs.js'
import { companies } from './gazetteer/companies.js'
import { isAllCaps, spacedBefore, type Piece } from './text.js'
import { plainAcronyms } from './frame/words.js'

const countryNames = new Set(countries.map((entry) => entry.canonical))
const plainAcronymSet = new Set<string>(plainAcronyms)
const companyNames = new Set(companies.map((entry) => entry.canonical))
/**
 * Words of a company's unit or line of business between its brand and its
 * country ("Samsung Electronics Vietnam", "Toyota Motor Vietnam", "Intel
 * Products Vietnam"); written in English in both languages' news.
 */
const unitWords = new Set(['Electronics', 'Motor', 'Motors', 'Products', 'Display', 'Pharma', 'Energy', 'Finance', 'Logistics'])
/** Words that with a country name a body of it ("Tourism Malaysia", "Bursa Malaysia", "Enterprise Singapore"). */
const countryBodyWords = new Set(['Tourism', 'Bursa', 'Enterprise', 'Invest'])
/** Prefixes of family names written with an inner capital ("McDonald", "DeSantis"): no brands. */
const namePrefix = /^(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|O)\p{Lu}/u
/** "AirAsia"; "SpaceX" (one capital closing a word of four letters or more: "MoU", "HoSE" are acronyms); "GTNFoods": an acronym glued to a word of four letters or more ("LOTUSat" is a satellite's). */
const intercapped = /^(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+|\p{Lu}\p{Ll}{3,}\p{Lu}|\p{Lu}{2,}\p{Lu}\p{Ll}{3,})$/u
/** Words of a brand's name after its intercapped word, at most ("CapitaLand Development", "AirAsia X"). */
const maxTail = 2
/** Words that may follow an intercapped brand in its name; a single letter may too ("AirAsia X"). */
const brandTails = new Set(['Development', 'Group', 'Holdings', 'Capital', 'Land', 'Digital', 'Properties', 'Property', ...unitWords])

/**
 * A word written with a capital inside ("AirAsia", "SoftBank", "ExxonMobil",
 * "CapitaLand"): a brand, not a person's name. Family names with such a
 * prefix ("McDonald") are not, nor plurals of acronyms that name no body ("MoUs").
 */
export function isIntercapped(piece: Piece | undefined): boolean {
  return (
    piece !== undefined &&
    piece.word &&
    intercapped.test(piece.text) &&
    !namePrefix.test(piece.text) &&
    !plainAcronymSet.has(piece.text.replace(/s$/u, ''))
  )
}

/** A handle or a tag ("@StateBank_Pak", "#VinFast"): glued to a mark, no name of its own. */
function isHandle(list: readonly Piece[], index: number): boolean {
  const before = list[index - 1]
  const after = list[index + 1]
  return (
    (before !== undefined && /^[@#]$/u.test(before.text) && before.end === list[index]!.start) ||
    (after !== undefined && after.text === '_' && after.start === list[index]!.end)
  )
}

/** How a language names its companies by their brands. */
export interface BrandReading {
  /**
   * Whether a brand is read by its shape alone (Vietnamese news names its
   * satellites and products so, "vệ tinh MicroDragon", and its companies
   * after a noun of their kind).
   */
  readonly byShape: boolean
  /**
   * Whether the place a known or shaped brand works in may also be a
   * province, a city or a region, as English names units and clubs
   * ("Becamex Binh Duong", "Greenpeace Southeast Asia", "VinFast Asia":
   * '<company> <place>'), and an airline by the place it flies from ("Air
   * India", "Air Astana": 'Air <place>'), and a company by its brand after
   * its country ("Korea Eximbank": '<country> <company>').
   */
  readonly anyPlace: boolean
}

/**
 * Companies and bodies named by their shape or their country, in both
 * languages: '<intercapped brand>' ("AirAsia X", "CapitaLand Development")
 * and '<company> <country>', a known company, a brand or a body word with
 * the country it works in ("Samsung Electronics Vietnam", "Honda Vietnam",
 * "Samsung Việt Nam", "Tourism Malaysia"): the country is then part of the
 * name, no place. A capitalized word alone does not
 * name a company ("per Region Philippines").
 */
export function brandedBodies(list: readonly Piece[], lang: Lang, { byShape, anyPlace }: BrandReading): Candidate[] {
  const lookup = lookupFor(lang)
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const piece = list[index]!
    if (!isNameWord(piece) || isHandle(list, index)) continue
    const hit = longestAt(lookup, list, index)
    const known = hit?.entry.type === 'organization'
    const shaped = isIntercapped(piece)
    if (!hit || known) {
      let at = known ? hit.to : index + 1
      if (known || shaped || countryBodyWords.has(piece.text)) {
        while (at < index + 1 + maxTail && unitWords.has(list[at]?.text ?? '') && spacedBefore(list, at)) at++
        const country = spacedBefore(list, at) ? longestAt(lookup, list, at) : undefined
        if (country && countryNames.has(country.entry.canonical) && !isNameWord(list[country.to])) {
          found.push({ from: index, to: country.to, type: 'organization', rank: ranks.grammar, rule: '<company> <country>' })
          index = country.to - 1
          continue
        }
        if (anyPlace && (known || shaped) && country?.entry.type === 'place' && !isNameWord(list[country.to])) {
          found.push({ from: index, to: country.to, type: 'organization', rank: ranks.grammar, rule: '<company> <place>' })
          index = country.to - 1
          continue
        }
      }
    }
    // "Korea Eximbank": a country before a known company's brand is the first word of its name.
    if (anyPlace && hit?.entry.type === 'place' && countryNames.has(hit.entry.canonical) && spacedBefore(list, hit.to)) {
      const company = longestAt(lookup, list, hit.to)
      if (company?.entry.type === 'organization' && companyNames.has(company.entry.canonical) && !isNameWord(list[company.to])) {
        found.push({ from: index, to: company.to, type: 'organization', rank: ranks.grammar, rule: '<country> <company>' })
        index = company.to - 1
        continue
      }
    }
    // "Air India", "Air Astana": an airline named by the place it flies from.
    if (anyPlace && piece.text === 'Air' && spacedBefore(list, index + 1)) {
      const place = longestAt(lookup, list, index + 1)
      if (place?.entry.type === 'place' && !isNameWord(list[place.to])) {
        found.push({ from: index, to: place.to, type: 'organization', rank: ranks.grammar, rule: 'Air <place>' })
        index = place.to - 1
        continue
      }
    }
    if (shaped && byShape) {
      let to = index + 1
      while (to < index + 1 + maxTail && spacedBefore(list, to) && isBrandTail(list[to]!)) to++
      found.push({ from: index, to, type: 'organization', rank: ranks.grammar, rule: '<intercapped brand>' })
      index = to - 1
    }
  }
  return found
}

function isBrandTail(piece: Piece): boolean {
  return brandTails.has(piece.text) || /^\p{Lu}$/u.test(piece.text)
}

/** Words of a unit's own name after its company's brand, at most. */
const maxUnitWords = 3

/** What a language's grammar says of the words after a brand. */
export interface UnitGrammar {
  /** Does a title open at `at` ("Vingroup Chairman ...")? */
  readonly isTitle: (list: readonly Piece[], at: number) => boolean
  /** A common word, which may stand after "and" in a unit's name ("Exploration and Production"). */
  readonly isCommonWord: (word: string) => boolean
}

/**
 * '<company> <unit>': a known company's brand opening a longer capitalized
 * name is the name of its unit or subsidiary ("Masan Consumer", "Masan
 * High-Tech Materials", "PTT Exploration and Production", "FPT Software").
 * A title ("Vingroup Chairman"), an acronym ("VinFast VF 6") or a known name
 * ("Tata Motors and Mahindra", "FPT Hà Nội") ends it.
 */
export function companyUnits(list: readonly Piece[], lang: Lang, grammar: UnitGrammar): Candidate[] {
  const lookup = lookupFor(lang)
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const hit = longestAt(lookup, list, index)
    if (hit?.entry.type !== 'organization' || !companyNames.has(hit.entry.canonical)) continue
    let to = hit.to
    let words = 0
    while (words < maxUnitWords && isUnitWord(list, to, lang, grammar)) {
      to++
      words++
      // "High-Tech": a word glued to the one before by a dash; "Exploration and Production": a common word after "and"
      // that closes the name ("Sime Darby Plantation and Top Glove" are two companies).
      while (
        (list[to]?.text === '-' && list[to]!.start === list[to - 1]!.end && isUnitWord(list, to + 1, lang, grammar)) ||
        (list[to]?.text === 'and' &&
          isUnitWord(list, to + 1, lang, grammar) &&
          grammar.isCommonWord(list[to + 1]!.text) &&
          !isUnitWord(list, to + 2, lang, grammar))
      )
        to++
    }
    if (words > 0) found.push({ from: index, to, type: 'organization', rank: ranks.grammar, rule: '<company> <unit>' })
    index = to - 1
  }
  return found
}

/** A capitalized word of a unit's name at `at`, a blank or a dash after the word before: no acronym, title or known name. */
function isUnitWord(list: readonly Piece[], at: number, lang: Lang, grammar: UnitGrammar): boolean {
  const piece = list[at]
  return (
    isNameWord(piece) &&
    !isAllCaps(piece!.text) &&
    // "Airbus A321neo": a word with digits is a model's code, no unit's name.
    !/\d/u.test(piece!.text) &&
    list[at - 1] !== undefined &&
    piece!.start - list[at - 1]!.end <= 1 &&
    !grammar.isTitle(list, at) &&
    longestAt(lookupFor(lang), list, at) === undefined
  )
}
