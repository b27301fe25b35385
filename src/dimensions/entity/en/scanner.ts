import type { Scanner } from '../../../engine/rule.js'
import { choose, ranks, toTokens, type Candidate } from '../candidates.js'
import { acronymCues, acronymsInContext } from '../frame/acronyms.js'
import { byline, credits, newsSites, sourceTags } from '../frame/index.js'
import { demonymAt, longestAt } from '../gazetteer/index.js'
import { gazetteerCandidates, lookupFor, startsSentence } from '../helpers.js'
import { directedPlaces, listedPlaces, placeGrammar, stateForms } from '../places.js'
import { capitalizedRuns, isGluedTail, isNameWord, joinsByHyphen, type Run } from '../runs.js'
import { Coverage, pieces, type Piece } from '../text.js'
import { teams } from '../teams.js'
import { brandedBodies, companyUnits } from '../brands.js'
import { phraseSet } from '../trie.js'
import { clubs } from './clubs.js'
import { cuedCompanies, exampledCompanies, incorporated, partnerships } from './companies.js'
import { isCommonOpener, isNameLike, lazyModel, lexiconTags, type Model } from './model.js'
import { datelines } from './datelines.js'
import { handles } from './handles.js'
import { signatures } from './signatures.js'
import { listInName } from './lists.js'
import { basedBodies, cutAtBased } from './based.js'
import { joinsDoubleSurname, personEnd } from './names.js'
import { publications } from './publications.js'
import { brandProducts } from './products.js'
import { isDictionaryWord } from './dictionary.js'
import { spelledBodies } from './initials.js'
import { acronymThings, documentTitles, nonNames } from './non-names.js'
import { bracketedNames, ministryAcronyms, numberedBodies } from './short-names.js'
import { cutTitleCase } from './title-case.js'
import { chambersAlone, lowerCaseBodies, namedByHead } from './organizations.js'
import {
  attributed,
  chineseNamed,
  honoredPeople,
  introducedPeople,
  isPlainName,
  speakers,
  titledPeople,
  vietnameseNamed,
  type PeopleScan
} from './people.js'
import { opensTitle, titleAt } from './titles.js'
import {
  abbreviatedClosers,
  abbreviatedGivenNames,
  bodyNounsAfter,
  commonEndings,
  connectors,
  degrees,
  directions,
  notNames,
  officersAfter,
  placeCuesAfter,
  malayPlaceHeads,
  possessiveNameWords,
  speechVerbs,
  stateFormsEn,
  organizationHeadSet
} from './words.js'

const grammar = {
  connectors: new Set<string>(connectors),
  maxConnectors: 2,
  possessives: new Set<string>(possessiveNameWords),
  shortNames: new Set<string>(abbreviatedGivenNames),
  quotedNicknames: true,
  endsName: (list: readonly Piece[], index: number) => opensTitle(list[index]) && titleAt(list, index) !== undefined,
  listInName
}
const notNameSet = new Set<string>(notNames)
const abbreviatedCloserSet = new Set<string>(abbreviatedClosers)
const degreeSet = phraseSet(degrees)
const places = placeGrammar(stateFormsEn, directions)
const placeCueSet = new Set<string>(placeCuesAfter)
const malayPlaceHeadSet = new Set<string>(malayPlaceHeads)
const bodyNounSet = new Set<string>(bodyNounsAfter)
const cues = acronymCues(['the'], [...speechVerbs, ...officersAfter])
const units = {
  isTitle: (list: readonly Piece[], at: number) => opensTitle(list[at]) && titleAt(list, at) !== undefined,
  isCommonWord: isDictionaryWord
}
/** A word ending like a common noun or adjective. */
const commonEnding = new RegExp(`(?:${commonEndings.join('|')})$`, 'iu')
/** Parts of speech that never open a name: "Under the Ministry ..." starts at "Ministry". */
const notNameTags = ['Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'QuestionWord']

/**
 * English people, places, organizations and agreements: each rule proposes
 * readings with how sure it is (a title, a cue, a head word, a list, a
 * word's shape, compromise), and the surest reading of each word wins
 * (`choose`). The compromise document is built once per text, only for the
 * runs no other rule reads, and only for texts with capital letters.
 */
export const scanEnglish: Scanner<'entity'> = ({ text }) => {
  if (!/\p{Lu}/u.test(text)) return []
  const list = pieces(text)
  const model = lazyModel(text, list)
  const inDegree = degreePieces(list)
  const runs = cutTitleCase(text, list, capitalizedRuns(text, list, grammar))
    .filter((run) => !inDegree.has(run.from))
    .map((run) => trimOpeners(list, run))
    .flatMap((run) => cutAtBased(list, run))
  const scan: PeopleScan = { text, list, runs: splitAtDashes(list, runs) }
  const known = gazetteerCandidates(text, list, 'en')
  const found: Candidate[] = [
    ...known,
    ...stateForms(list, 'en', places),
    ...directedPlaces(list, 'en', places),
    ...listedPlaces(list, known, new Set(['and'])),
    ...cuedPlaces(list, runs),
    ...malayPlaces(list, runs),
    ...basedBodies(list, runs),
    ...teams(list, 'en'),
    ...cuedBodies(list, runs),
    ...publications(list, runs),
    ...cuedCompanies(list, runs),
    ...partnerships(list),
    ...incorporated(list, runs),
    ...exampledCompanies(list, scan.runs),
    ...companyUnits(list, 'en', units).filter((unit) => insideRun(runs, unit)),
    ...clubs(list, runs),
    ...chambersAlone(list, runs),
    ...spelledBodies(list, runs),
    ...brandedBodies(list, 'en', { byShape: true, anyPlace: true }),
    ...datelines(list),
    ...handles(list),
    ...signatures(list),
    ...credits(text, list, 'en'),
    ...byline(text, list),
    ...sourceTags(list, (word) => lexiconTags(word).length > 0),
    ...newsSites(text, list),
    // "VN30", "COP29": letters and a number name an index or a meeting, no body; "DENV-2", "ML-1", "LTMS-PIP": a code's first part.
    ...acronymsInContext(text, list, 'en', cues).filter(
      (acronym) => !/\d/u.test(list[acronym.from]!.text) && !isCodeOpener(list, acronym.to)
    ),
    ...nonNames(list, runs),
    ...acronymThings(list),
    ...brandProducts(list),
    ...documentTitles(list),
    ...numberedBodies(list),
    ...bracketedNames(text, list, runs),
    ...ministryAcronyms(list),
    ...runs.flatMap((run) => namedByHead(text, list, run)),
    ...lowerCaseBodies(list),
    ...titledPeople(scan),
    ...honoredPeople(scan),
    ...introducedPeople(scan),
    ...speakers(scan),
    ...attributed(scan),
    ...vietnameseNamed(scan),
    ...chineseNamed(scan)
  ]
  const taken = new Coverage(text.length)
  for (const candidate of choose(found, list)) taken.mark(list[candidate.from]!.start, list[candidate.to - 1]!.end)
  found.push(...modelPeople(list, scan.runs, taken, model), ...unknownNames(list, scan.runs, taken, model))
  return toTokens(
    text,
    list,
    choose(found, list).map((candidate) => withStop(list, candidate)),
    'en'
  )
}

/**
 * "Jollibee Foods Corp.": the stop glued to a company's abbreviated closing
 * word is part of its name; the stop that ends the paragraph ("the appeal
 * of Sunrise Capital Markets Ltd.") is the sentence's.
 */
function withStop(list: readonly Piece[], candidate: Candidate): Candidate {
  const stop = list[candidate.to]
  return candidate.type === 'organization' &&
    abbreviatedCloserSet.has(list[candidate.to - 1]!.text) &&
    stop?.text === '.' &&
    stop.start === list[candidate.to - 1]!.end &&
    candidate.to + 1 < list.length
    ? { ...candidate, to: candidate.to + 1 }
    : candidate
}

/** Does one run hold the reading ("Vietnam Airlines Posts Record Profit": a title-case headline's run is cut after the brand)? */
function insideRun(runs: readonly Run[], reading: Run): boolean {
  return runs.some((run) => run.from <= reading.from && reading.to <= run.to)
}

/** A hyphen glued to the acronym before `at` and to a number or capitals after it: the acronym opens a code ("DENV-2", "LTMS-PIP"). */
function isCodeOpener(list: readonly Piece[], at: number): boolean {
  return joinsByHyphen(list, at, /^[\p{Lu}\d]+$/u)
}

/** Indexes of the pieces of degrees ("Ph.D."), which no name starts in. */
function degreePieces(list: readonly Piece[]): Set<number> {
  const inside = new Set<number>()
  for (let index = 0; index < list.length; index++) {
    const degree = degreeSet.longest(list, index)
    if (!degree) continue
    for (let at = index; at < degree.to; at++) inside.add(at)
    index = degree.to - 1
  }
  return inside
}

/** "People's Action Party": a word whose possessive the run holds opens a name, though "People" alone does not. */
function opensPossessiveName(list: readonly Piece[], from: number): boolean {
  return grammar.possessives.has(list[from]!.text) && /^['’]$/u.test(list[from + 1]?.text ?? '') && list[from + 2]?.text === 's'
}

/** Drops opening words that cannot start a name (a sentence's "The", "Under", "According"). */
function trimOpeners(list: readonly Piece[], run: Run): Run {
  let from = run.from
  // The lexicon's tag is enough: a sentence-initial word is a function word whatever its sentence.
  while (
    from < run.to - 1 &&
    (notNameSet.has(list[from]!.text) || (startsSentence(list, from) && isFunctionWord(lexiconTags(list[from]!.text)))) &&
    !opensPossessiveName(list, from)
  ) {
    from++
    while (from < run.to - 1 && !isNameWord(list[from])) from++
  }
  return { from, to: run.to }
}

function isFunctionWord(tags: readonly string[]): boolean {
  const nominal = tags.some((tag) => tag === 'Noun' || tag === 'ProperNoun' || tag === 'Adjective')
  return !nominal && tags.some((tag) => notNameTags.includes(tag))
}

/** '<name> province': a run before a word for a part of a country is a place ("Hainan province", "Chong Jom checkpoint"). */
function cuedPlaces(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  return runs
    .filter(
      (run) => placeCueSet.has(list[run.to]?.text ?? '') && run.to - run.from <= 3 && list[run.to]!.start - list[run.to - 1]!.end === 1
    )
    .map((run) => ({ ...run, type: 'place' as const, rank: ranks.known - 1, rule: '<name> province' }))
}

/**
 * '<Malay place head> <name>': "Kota", "Sungai", "Bukit" and their kind open
 * a place's name ("Kota Tinggi", "Bukit Mertajam"): the head and the name
 * word after it, or the two after it when they close the run ("Bandar Seri
 * Begawan"); a longer run goes on past the place ("Bukit Mertajam MP Steven").
 */
function malayPlaces(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  return runs.flatMap((run) => {
    const found: Candidate[] = []
    for (let head = run.from; head < run.to - 1; head++) {
      if (!malayPlaceHeadSet.has(list[head]!.text) || !isNameWord(list[head + 1])) continue
      const to = run.to === head + 3 ? run.to : head + 2
      found.push({ from: head, to, type: 'place', rank: ranks.known - 1, rule: '<Malay place head> <name>' })
      head = to - 1
    }
    return found
  })
}

/**
 * Runs cut where a dash joins two capitals without blanks, and at "and" in a
 * run no head or other connector makes a body's name: people's names are
 * apart ("Prabowo Subianto-Gibran Rakabuming Raka", "Muhaimin Iskandar and
 * Ganjar Pranowo").
 */
function splitAtDashes(list: readonly Piece[], runs: readonly Run[]): Run[] {
  return runs.flatMap((run) => {
    const parts: Run[] = []
    let from = run.from
    const names = namesOnly(list, run)
    for (let index = run.from + 1; index < run.to - 1; index++) {
      // "Tehreek-e-Insaf": a dash after a glued syllable (the Urdu "-e-") joins one name's words.
      const dash =
        /^[-–—]$/u.test(list[index]!.text) &&
        list[index]!.start === list[index - 1]!.end &&
        !isGluedTail(list, index - 1) &&
        !joinsDoubleSurname(list, index)
      if ((dash || (names && list[index]!.text === 'and')) && isNameWord(list[index + 1])) {
        parts.push({ from, to: index })
        from = index + 1
      }
    }
    parts.push({ from, to: run.to })
    return parts
  })
}

/**
 * Does the run hold names and "and" only: no head word, no other connector
 * ("Ministry of Industry and Trade"), no word of the dictionary ("Hoang Mai
 * and Dong Da", "Ayala Land and SM Prime")?
 */
function namesOnly(list: readonly Piece[], run: Run): boolean {
  const words = list.slice(run.from, run.to)
  // The dictionary is asked only of runs that "and" could part.
  return (
    words.some((piece) => piece.text === 'and') &&
    words.every(
      (piece) =>
        !piece.word || piece.text === 'and' || (isNameWord(piece) && !organizationHeadSet.has(piece.text) && !isDictionaryWord(piece.text))
    )
  )
}

/** '<name> newspaper': a run before a word for a kind of body is one ("Tuoi Tre (Youth) newspaper", "Antara news agency"). */
function cuedBodies(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  return runs
    .filter((run) => {
      let after = run.to
      // A gloss in brackets may stand between: "Tuoi Tre (Youth) newspaper".
      if (list[after]?.text === '(') while (after < list.length && list[after - 1]?.text !== ')') after++
      return (
        bodyNounSet.has(list[after]?.text ?? '') &&
        run.to - run.from <= 4 &&
        // "The Vietnamese firm": a people's name says whose the body is, and names none; so does a place's ("the Ho Chi Minh City broadcaster").
        demonymAt(lookupFor('en'), list, run.from) !== run.to &&
        !isPlaceRun(list, run) &&
        hasNameWord(list, run) &&
        // "Securities firm SSI": the noun's own name follows it; the words before only say what kind it is.
        !isNameWord(list[after + 1]) &&
        !isCommonOpener(list, run) &&
        !isAdjectiveOpener(list, run)
      )
    })
    .map((run) => ({ ...run, type: 'organization' as const, rank: ranks.framed, rule: '<name> newspaper' }))
}

/** Is the whole run one place the gazetteer knows? */
function isPlaceRun(list: readonly Piece[], run: Run): boolean {
  const place = longestAt(lookupFor('en'), list, run.from)
  return place?.entry.type === 'place' && place.to === run.to
}

/** A sentence's first word alone shaped like a common word ("Environmental group Greenpeace ...") or a compound of common words: an adjective of the noun, no name. */
function isAdjectiveOpener(list: readonly Piece[], run: Run): boolean {
  if (!startsSentence(list, run.from)) return false
  if (run.to - run.from === 1) return commonEnding.test(list[run.from]!.text)
  // "Low-cost carrier Cebu Pacific", "State-owned lender ...": a compound of two common words.
  return (
    run.to - run.from === 3 &&
    isGluedTail(list, run.from + 2) &&
    isDictionaryWord(list[run.from]!.text) &&
    isDictionaryWord(list[run.from + 2]!.text)
  )
}

/** Does the run hold a word that can be a name ("The" alone cannot)? */
function hasNameWord(list: readonly Piece[], run: Run): boolean {
  return list.slice(run.from, run.to).some((piece) => piece.word && !notNameSet.has(piece.text))
}

/** People compromise finds in a run no other rule read, trimmed to capitalized words that are not titles. */
function modelPeople(list: readonly Piece[], runs: readonly Run[], taken: Coverage, model: Model): Candidate[] {
  const found: Candidate[] = []
  for (const run of runs) {
    const start = list[run.from]!.start
    const end = list[run.to - 1]!.end
    // Ask compromise (slow) only of runs holding a word its lexicon takes for a name or does not know.
    const nameLike = list.slice(run.from, run.to).some((piece) => piece.word && isNameLike(piece.text))
    if (taken.covers(start, end) || !isPlainName(list, run) || !nameLike || !model.seesPerson(start, end)) continue
    const personal = list.slice(run.from, run.to).some((piece, offset) => piece.word && isPersonal(model.tagsAt(run.from + offset)))
    if (run.to - run.from < 2 && !personal) continue
    // "Jose Lim Jr.", "Rosa T. de la Paz": the name goes on past the run over a suffix's stop or particles.
    const to = Math.max(run.to, personEnd(list, run.from) ?? run.to)
    found.push({ from: run.from, to, type: 'person', rank: ranks.model, rule: '<person>' })
  }
  return found
}

function isPersonal(tags: readonly string[]): boolean {
  return !tags.includes('Honorific') && tags.some((tag) => /^(?:Person|FirstName|LastName|MaleName|FemaleName)$/u.test(tag))
}

/**
 * Names no list holds: two to four capitalized words inside a sentence, each
 * unknown to the lexicon or known as a name ("his counterpart Shehbaz Sharif").
 */
function unknownNames(list: readonly Piece[], runs: readonly Run[], taken: Coverage, model: Model): Candidate[] {
  return (
    runs
      .filter((run) => run.to - run.from >= 2 && run.to - run.from <= 4 && !startsSentence(list, run.from))
      .filter((run) => !taken.covers(list[run.from]!.start, list[run.to - 1]!.end) && isPlainName(list, run))
      // The words' shapes first: compromise tags a sentence in context only when they leave the question open.
      .filter((run) =>
        list
          .slice(run.from, run.to)
          .every((piece, offset) => piece.word && (isUnknownWord(piece.text) || model.mayHoldPerson(run.from + offset)))
      )
      .filter((run) => list.slice(run.from, run.to).every((piece, offset) => isUnknownName(piece.text, model.tagsAt(run.from + offset))))
      .map((run) => ({ ...run, type: 'person' as const, rank: ranks.model, rule: '<unknown name>' }))
  )
}

/** A word that may be part of a name nobody listed: tagged as a person's, or unknown and not used as an adjective, verb or adverb. */
function isUnknownName(word: string, tags: readonly string[]): boolean {
  if (isPersonal(tags)) return true
  return isUnknownWord(word) && !tags.some((tag) => tag === 'Adjective' || tag === 'Verb' || tag === 'Adverb')
}

/** Not a known word, not shaped like a common noun or adjective. */
function isUnknownWord(word: string): boolean {
  return isNameLike(word) && !commonEnding.test(word)
}
