import { ranks, type Candidate } from '../candidates.js'
import { companies } from '../gazetteer/companies.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor } from '../helpers.js'
import { isNameWord, type Run } from '../runs.js'
import { isAllCaps, type Piece } from '../text.js'
import { isDictionaryWord } from './dictionary.js'
import { vietnameseNameEnd } from './people.js'
import { opensTitle, titleAt } from './titles.js'
import { businessNounsAfterPossessive, businessNounsBefore, businessNounsBeforeOf } from './words.js'

const before = new Set<string>(businessNounsBefore)
const afterPossessive = new Set<string>(businessNounsAfterPossessive)
const beforeOf = new Set<string>(businessNounsBeforeOf)
/** Words of a company's name at most, when nothing but its context says it is one. */
const maxWords = 4

/**
 * Companies and bodies named by their context, not by a head word: brands
 * like "Vinamilk" or "Foxconn". '<business noun> <name>' ("lender
 * Vietcombank", "carmaker VinFast"), 'shares of <name>' ("shares of
 * Sacombank"), "<name>'s <business noun>" ("Jollibee's net income",
 * "Masan's chief executive"). A known place ("Vietnam's exports") or a
 * Vietnamese person's name is left to its own rules.
 */
export function cuedCompanies(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = []
  for (const whole of runs) {
    // "Shares of Sabeco" opening a sentence is one capitalized run: the name is after "of".
    const opensWithShares = beforeOf.has(list[whole.from]!.text.toLowerCase()) && list[whole.from + 1]?.text === 'of'
    const run = opensWithShares ? { from: whole.from + 2, to: whole.to } : whole
    if (run.from >= run.to || run.to - run.from > maxWords || opensTitle(list[run.from]) || isOtherName(list, run)) continue
    const previous = list[run.from - 1]?.text ?? ''
    if (before.has(previous)) {
      found.push({ ...run, type: 'organization', rank: ranks.grammar, rule: '<business noun> <name>' })
    } else if (previous === 'of' && beforeOf.has(list[run.from - 2]?.text.toLowerCase() ?? '')) {
      found.push({ ...run, type: 'organization', rank: ranks.grammar, rule: 'shares of <name>' })
    } else if (isPossessive(list, run.to) && afterPossessive.has(list[run.to + 2]?.text ?? '')) {
      found.push({ ...run, type: 'organization', rank: ranks.known - 2, rule: "<name>'s <business noun>" })
    }
  }
  return found
}

/** Is the run a known place or body, or a Vietnamese person's name? */
function isOtherName(list: readonly Piece[], run: Run): boolean {
  return longestAt(lookupFor('en'), list, run.from) !== undefined || vietnameseNameEnd(list, run.from) === run.to
}

/** "'s" glued to the word before `at`. */
function isPossessive(list: readonly Piece[], at: number): boolean {
  const mark = list[at]
  return mark !== undefined && /^['’]$/u.test(mark.text) && mark.start === list[at - 1]!.end && list[at + 1]?.text === 's'
}

const companyNames = new Set(companies.map((entry) => entry.canonical))
/** Words of a unit's own name after its company's brand, at most. */
const maxUnitWords = 3

/**
 * '<company> <unit>': a known company's brand opening a longer capitalized
 * name is the name of its unit or subsidiary ("Masan Consumer", "VinFast
 * Asia", "Masan High-Tech Materials", "PTT Exploration and Production").
 * A title ("Vingroup Chairman"), an acronym ("VinFast VF 6") or a known name
 * ("Tata Motors and Mahindra") ends it.
 */
export function companyUnits(list: readonly Piece[]): Candidate[] {
  const lookup = lookupFor('en')
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const hit = longestAt(lookup, list, index)
    if (hit?.entry.type !== 'organization' || !companyNames.has(hit.entry.canonical)) continue
    let to = hit.to
    let words = 0
    while (words < maxUnitWords && isUnitWord(list, to, lookup)) {
      to++
      words++
      // "High-Tech": a word glued to the one before by a dash; "Exploration and Production": a common word after "and".
      while (
        (list[to]?.text === '-' && list[to]!.start === list[to - 1]!.end && isUnitWord(list, to + 1, lookup)) ||
        (list[to]?.text === 'and' && isUnitWord(list, to + 1, lookup) && isDictionaryWord(list[to + 1]!.text))
      )
        to++
    }
    if (words > 0) found.push({ from: index, to, type: 'organization', rank: ranks.grammar, rule: '<company> <unit>' })
    index = to - 1
  }
  return found
}

/** A capitalized word of a unit's name at `at`: no acronym, title or known name. */
function isUnitWord(list: readonly Piece[], at: number, lookup: ReturnType<typeof lookupFor>): boolean {
  const piece = list[at]
  return (
    isNameWord(piece) &&
    !isAllCaps(piece!.text) &&
    list[at - 1] !== undefined &&
    piece!.start - list[at - 1]!.end <= 1 &&
    !(opensTitle(piece) && titleAt(list, at)) &&
    longestAt(lookup, list, at) === undefined
  )
}
