import type { Scanner, Token } from '../../../engine/rule.js'
import { entityToken, gazetteerTokens, isDefinedAcronym, lookupFor, startsSentence } from '../helpers.js'
import { longestAt } from '../gazetteer/index.js'
import { capitalizedRuns, isNameWord, type Run } from '../runs.js'
import { Coverage, pieces, type Piece } from '../text.js'
import { isNameLike, lazyModel, lexiconTags, type Model } from './model.js'
import { opensTitle, titleAt, type Title } from './titles.js'
import { phraseSet } from '../trie.js'
import { agreementHeads, commonEndings, connectors, degrees, notNames, organizationHeads, speechVerbs } from './words.js'

const grammar = { connectors: new Set<string>(connectors), maxConnectors: 2 }
const organizationHeadSet = new Set<string>(organizationHeads)
const agreementHeadSet = new Set<string>(agreementHeads)
const speechVerbSet = new Set<string>(speechVerbs)
const notNameSet = new Set<string>(notNames)
const degreeSet = phraseSet(degrees)
/** A word ending like a common noun or adjective. */
const commonEnding = new RegExp(`(?:${commonEndings.join('|')})$`, 'iu')
/** Parts of speech that never open a name: "Under the Ministry ..." starts at "Ministry". */
const notNameTags = ['Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'QuestionWord']

type EntityToken = Token<'entity'>

/**
 * English people, places, organizations and agreements: the gazetteer,
 * capitalized runs with their head words, titles and speech verbs, and
 * compromise for the people no rule names. The compromise document is built
 * once per text, and only for texts with capital letters.
 */
export const scanEnglish: Scanner<'entity'> = ({ text }) => {
  if (!/\p{Lu}/u.test(text)) return []
  const list = pieces(text)
  const model = lazyModel(text, list)
  const inDegree = degreePieces(list)
  const runs = capitalizedRuns(text, list, grammar)
    .filter((run) => !inDegree.has(run.from))
    .map((run) => trimOpeners(list, run))
  const found: EntityToken[] = [...gazetteerTokens(text, list, 'en')]
  for (const run of runs) found.push(...namedByHead(text, list, run))
  found.push(...titledPeople(text, list))
  found.push(...introducedPeople(text, list, runs))
  found.push(...speakers(text, list, runs))
  found.push(...attributed(text, list, runs))
  found.push(...modelPeople(text, list, runs, found, model))
  found.push(...unknownNames(text, list, runs, found, model))
  return found
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

/** Drops opening words that cannot start a name (a sentence's "The", "Under", "According"). */
function trimOpeners(list: readonly Piece[], run: Run): Run {
  let from = run.from
  // The lexicon's tag is enough: a sentence-initial word is a function word whatever its sentence.
  while (
    from < run.to - 1 &&
    (notNameSet.has(list[from]!.text) || (startsSentence(list, from) && isFunctionWord(lexiconTags(list[from]!.text))))
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

/** Runs with an organization head ("Ministry of ...", "... Committee") or ending in an agreement head. */
function namedByHead(text: string, list: readonly Piece[], run: Run): EntityToken[] {
  let agreementEnd = -1
  let organizationAt = -1
  for (let index = run.from; index < run.to; index++) {
    const word = list[index]!.text
    if (agreementHeadSet.has(word)) agreementEnd = index + 1
    if (organizationAt < 0 && organizationHeadSet.has(word) && !isDefinedAcronym(text, list, index)) organizationAt = index
  }
  if (agreementEnd > 0) {
    const from = nameStart(list, run.from, agreementEnd - 1)
    return from < agreementEnd - 1 ? [entityToken(text, list, from, agreementEnd, { type: 'agreement' }, 'entity/en/<name> Agreement')] : []
  }
  if (organizationAt < 0) return []
  const from = nameStart(list, run.from, organizationAt)
  const to = nameEnd(list, organizationAt, run.to)
  // A bare head ("the Ministry", "The Chamber") names nothing in particular.
  if (to - from < 2) return []
  return [entityToken(text, list, from, to, { type: 'organization' }, 'entity/en/<organization head> of <name>')]
}

/**
 * Where the name holding the head at `head` starts: after "and the" or after a
 * known name and "and" ("Pakistan and the Ministry of ..."), after a title
 * ("Deputy Director of the Institute ..."), never on "the".
 */
function nameStart(list: readonly Piece[], from: number, head: number): number {
  const lookup = lookupFor('en')
  let start = from
  for (let index = from; index < head; index++) {
    if (isAnd(list[index]) && (list[index + 1]?.text === 'the' || endsKnownName(list, start, index))) start = index + 1
    const title = opensTitle(list[index]) ? titleAt(list, index) : undefined
    if (title?.complementAt !== undefined && title.complementAt <= head) start = title.complementAt
  }
  while (start < head && (list[start]!.text === 'the' || list[start]!.text === 'The')) start++
  return start

  function endsKnownName(pieces: readonly Piece[], at: number, end: number): boolean {
    return longestAt(lookup, pieces, at)?.to === end
  }
}

/**
 * Where the name holding the head at `head` ends: before "and the" or "and" a
 * known name ("World Bank and the IMF"), before a title ("State Bank Governor X").
 */
function nameEnd(list: readonly Piece[], head: number, to: number): number {
  for (let index = head + 1; index < to; index++) {
    if (isAnd(list[index]) && (list[index + 1]?.text === 'the' || longestAt(lookupFor('en'), list, index + 1))) return index
    if (opensTitle(list[index]) && titleAt(list, index)) return index
  }
  return to
}

function isAnd(piece: Piece | undefined): boolean {
  return piece?.text === 'and' || piece?.text === '&'
}

/** People after a title: "Minister of Commerce Jam Kamal Khan", "Ambassador Samina Mehtab", "Dr. Usman". */
function titledPeople(text: string, list: readonly Piece[]): EntityToken[] {
  const found: EntityToken[] = []
  for (let index = 0; index < list.length; index++) {
    if (!opensTitle(list[index]) || opensTitle(list[index - 1])) continue
    const title = titleAt(list, index)
    if (!title || title.complementAt !== undefined) continue
    const end = personEnd(list, title.to)
    if (end === undefined) continue
    const role = title.honorific ? undefined : text.slice(list[title.from]!.start, list[title.to - 1]!.end)
    found.push(entityToken(text, list, title.to, end, { type: 'person', ...(role ? { role } : {}) }, 'entity/en/<title> <person>'))
    index = end - 1
  }
  return found
}

/** The end of a person's name starting at `from`: capitalized words and initials, not a known place or body. */
function personEnd(list: readonly Piece[], from: number): number | undefined {
  if (!isNameWord(list[from]) || notNameSet.has(list[from]!.text) || longestAt(lookupFor('en'), list, from)) return undefined
  let end = from
  while (end - from < 8) {
    const piece = list[end]
    if (isNameWord(piece) && !organizationHeadSet.has(piece!.text) && !opensTitle(piece)) end++
    else if (piece?.text === '.' && list[end - 1]!.text.length === 1 && isNameWord(list[end + 1])) end++
    else break
  }
  return end > from ? end : undefined
}

/** People introduced by a title or a degree after them: "Le Thi Thu Hang, Assistant Minister, ...", "X – Deputy Director of ...", "X, Ph.D.". */
function introducedPeople(text: string, list: readonly Piece[], runs: readonly Run[]): EntityToken[] {
  const found: EntityToken[] = []
  const byPiece: (Run | undefined)[] = []
  for (const run of runs) for (let index = run.from; index < run.to; index++) byPiece[index] = run
  const runAt = (index: number) => byPiece[index]
  for (const run of runs) {
    const separator = list[run.to]
    if (!separator || !/^[,–—-]$/u.test(separator.text) || !isPlainName(list, run)) continue
    if (degreeSet.longest(list, run.to + 1)) {
      found.push(entityToken(text, list, run.from, run.to, { type: 'person' }, 'entity/en/<person>, Ph.D.'))
      continue
    }
    const title = opensTitle(list[run.to + 1]) ? titleAt(list, run.to + 1) : undefined
    if (!title) continue
    const role = text.slice(list[title.from]!.start, roleEnd(list, title, runAt))
    found.push(entityToken(text, list, run.from, run.to, { type: 'person', role }, 'entity/en/<person>, <title>'))
  }
  return found
}

/** Where a role ends: after its named complement, or after ", <organization>" ("Assistant Minister, Ministry of Foreign Affairs"). */
function roleEnd(list: readonly Piece[], title: Title, runAt: (index: number) => Run | undefined): number {
  if (title.complementAt !== undefined) return list[(runAt(title.complementAt)?.to ?? title.to) - 1]!.end
  const next = list[title.to + 1]
  if (list[title.to]?.text === ',' && next && organizationHeadSet.has(next.text)) return list[runAt(title.to + 1)!.to - 1]!.end
  return list[title.to - 1]!.end
}

/** A run that can be a person's name: short, no head word, not a known place or body. */
function isPlainName(list: readonly Piece[], run: Run): boolean {
  const words = list.slice(run.from, run.to).filter((piece) => piece.word)
  if (words.length === 0 || words.length > 6 || notNameSet.has(words[0]!.text) || opensTitle(words[0])) return false
  if (words.some((piece) => organizationHeadSet.has(piece.text) || agreementHeadSet.has(piece.text) || !/^\p{Lu}/u.test(piece.text)))
    return false
  const known = longestAt(lookupFor('en'), list, run.from)
  return !known
}

/** Speakers: a short name before a verb of saying ("Hang expressed", "Cuong said"). */
function speakers(text: string, list: readonly Piece[], runs: readonly Run[]): EntityToken[] {
  return runs
    .filter((run) => run.to - run.from <= 4 && speechVerbSet.has(list[run.to]?.text ?? '') && isPlainName(list, run))
    .map((run) => entityToken(text, list, run.from, run.to, { type: 'person' }, 'entity/en/<person> said'))
}

/** Sources of a statement with a full name: "According to Le Thi Thu Hang, ...". */
function attributed(text: string, list: readonly Piece[], runs: readonly Run[]): EntityToken[] {
  return runs
    .filter((run) => /^according$/iu.test(list[run.from - 2]?.text ?? '') && list[run.from - 1]?.text === 'to')
    .filter((run) => run.to - run.from >= 2 && list[run.to]?.text === ',' && isPlainName(list, run))
    .map((run) => entityToken(text, list, run.from, run.to, { type: 'person' }, 'entity/en/according to <person>'))
}

/** People compromise finds where no rule found anything, trimmed to capitalized words that are not titles. */
function modelPeople(
  text: string,
  list: readonly Piece[],
  runs: readonly Run[],
  found: readonly EntityToken[],
  model: Model
): EntityToken[] {
  const taken = new Coverage(text.length)
  for (const token of found) taken.mark(token.start, token.end)
  const tokens: EntityToken[] = []
  for (const run of runs) {
    const start = list[run.from]!.start
    const end = list[run.to - 1]!.end
    // Ask compromise (slow) only of runs holding a word its lexicon takes for a name or does not know.
    const nameLike = list.slice(run.from, run.to).some((piece) => piece.word && isNameLike(piece.text))
    if (taken.covers(start, end) || !isPlainName(list, run) || !nameLike || !model.seesPerson(start, end)) continue
    const personal = list.slice(run.from, run.to).some((piece, offset) => piece.word && isPersonal(model.tagsAt(run.from + offset)))
    if (run.to - run.from < 2 && !personal) continue
    tokens.push(entityToken(text, list, run.from, run.to, { type: 'person' }, 'entity/en/<person>'))
  }
  return tokens
}

function isPersonal(tags: readonly string[]): boolean {
  return !tags.includes('Honorific') && tags.some((tag) => /^(?:Person|FirstName|LastName|MaleName|FemaleName)$/u.test(tag))
}

/**
 * Names no list holds: two to four capitalized words inside a sentence, each
 * unknown to the lexicon or known as a name ("his counterpart Shehbaz Sharif").
 */
function unknownNames(
  text: string,
  list: readonly Piece[],
  runs: readonly Run[],
  found: readonly EntityToken[],
  model: Model
): EntityToken[] {
  const taken = new Coverage(text.length)
  for (const token of found) taken.mark(token.start, token.end)
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
      .map((run) => entityToken(text, list, run.from, run.to, { type: 'person' }, 'entity/en/<unknown name>'))
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
