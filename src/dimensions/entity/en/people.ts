import { ranks, type Candidate } from '../candidates.js'
import { lookupFor } from '../helpers.js'
import { longestAt } from '../gazetteer/index.js'
import { isGluedTail, isNameWord, type Run } from '../runs.js'
import { isAllCaps, type Piece } from '../text.js'
import { phraseSet } from '../trie.js'
import { isVietnameseName, isVietnameseSyllable } from '../vietnamese-names.js'
import { isChineseName } from './chinese-names.js'
import { isDictionaryWord } from './dictionary.js'
import { compromiseLexicon } from './lexicon.js'
import { personEnd } from './names.js'
import { headsName, honorificEnd, honorificsEnd, opensTitle, titleAt, type Title } from './titles.js'
import { portfoliosEnd } from './lists.js'
import { agreementHeads, degrees, notNames, speechVerbs, thingClosers, organizationHeadSet } from './words.js'

const agreementHeadSet = new Set<string>(agreementHeads)
const speechVerbSet = new Set<string>(speechVerbs)
const notNameSet = new Set<string>(notNames)
const thingCloserSet = new Set<string>(thingClosers)
/** A day of the week, no one's name ("on Thursday, Governor ..."). */
const weekday = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u
const degreeSet = phraseSet(degrees)

/** Where the rules of people read: the text, its pieces and its capitalized runs. */
export interface PeopleScan {
  readonly text: string
  readonly list: readonly Piece[]
  readonly runs: readonly Run[]
}

/**
 * '<title> <person>': a person after a title, its honorifics left out:
 * "Minister of Commerce Asad Ali Shah", "Prime Minister Datuk Seri Ahmad
 * Rahman", "deputy chairman Budi Santoso", "Malaysian ambassador to
 * Nepal, Rina Hashim", "Head of the GSO Le Thi Mai".
 */
export function titledPeople({ text, list }: PeopleScan): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (!opensTitle(list[index]) || opensTitle(list[index - 1])) continue
    const title = titleAt(list, index)
    if (!title) continue
    let from = title.complementAt === undefined ? title.to : complementEnd(list, title.complementAt)
    // "ambassador to Pakistan, Iwan Suyudhie Amri": a comma between the title and the name.
    if (list[from]?.text === ',' && isNameWord(list[from + 1])) from++
    from = honorificsEnd(list, from)
    const end = personEnd(list, from)
    if (end === undefined) continue
    const role = text.slice(list[title.from]!.start, roleEndOf(list, title, from))
    found.push({ from, to: end, type: 'person', rank: ranks.framed, rule: '<title> <person>', ...(role ? { role } : {}) })
    index = end - 1
  }
  return found
}

/** The end of the role: its last piece before the name (no comma). */
function roleEndOf(list: readonly Piece[], title: Title, nameFrom: number): number {
  let end = nameFrom
  while (end > title.from + 1 && !list[end - 1]!.word && list[end - 1]!.text !== '.') end--
  const honorificFrom = honorificStart(list, title.to, end)
  return list[(honorificFrom ?? end) - 1]!.end
}

/** Where honorifics between a title and a name start, if any ("Prime Minister Datuk Seri ..."). */
function honorificStart(list: readonly Piece[], from: number, end: number): number | undefined {
  for (let at = from; at < end; at++) if (honorificEnd(list, at) !== undefined) return at
  return undefined
}

/**
 * Where the named complement of a title ends and the person's name starts:
 * "Head of the GSO | Nguyen Thi Huong", "Chairwoman of the National Assembly
 * | Nguyen Thi X", "President of the Karachi Chamber of Commerce and Industry
 * | Zubair Motiwala"; at a comma when there is one.
 */
function complementEnd(list: readonly Piece[], from: number): number {
  const known = longestAt(lookupFor('en'), list, from)
  // "head of the Viet Nam National Authority of Tourism": a place opening the body's name is part of it.
  if (known && !(known.entry.type === 'place' && headsName(list, from))) return known.to
  if (isAllCaps(list[from]!.text)) return from + 1
  let end = from
  let lastHead = -1
  while (end < list.length && (isNameWord(list[end]) || /^(?:of|for|and|the|&)$/u.test(list[end]!.text))) {
    if (organizationHeadSet.has(list[end]!.text)) lastHead = end
    end++
  }
  if (lastHead < 0) return end
  if (!/^(?:of|for)$/u.test(list[lastHead + 1]?.text ?? '')) return lastHead + 1
  // "... Chamber of Commerce and Industry | Zubair Motiwala", "... Bank of Pakistan | X"; else the whole run names the body.
  let at = lastHead + 2
  if (list[at]?.text === 'the') at++
  const place = longestAt(lookupFor('en'), list, at)
  if (place) return place.to
  const portfolioEnd = portfoliosEnd(list, at)
  return portfolioEnd > at ? portfolioEnd : end
}

/** '<honorific> <person>': "Mr Jatuporn", "Dr. Usman", "Tan Sri Muhyiddin Yassin", "Dato' Seri Anwar". */
export function honoredPeople({ list }: PeopleScan): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (honorificEnd(list, index) === undefined || (index > 0 && honorificEnd(list, index - 1) !== undefined)) continue
    // "Sri Lanka": a known name that opens with an honorific's word is that name.
    if ((longestAt(lookupFor('en'), list, index)?.to ?? index) > honorificEnd(list, index)!) continue
    const from = honorificsEnd(list, index)
    if (from === index || followsTitle(list, index)) continue
    const end = personEnd(list, from)
    // "Lady Ridgeway Hospital", "Sir Ganga Ram Hospital": a body named after a person; its head reads it.
    if (end === undefined || organizationHeadSet.has(list[end]?.text ?? '')) continue
    found.push({ from, to: end, type: 'person', rank: ranks.framed, rule: '<honorific> <person>' })
    index = end - 1
  }
  return found
}

/** Words a title before an honorific spans at most ("Deputy Prime Minister", "Minister of Home Affairs"). */
const maxTitlePieces = 6

/**
 * "Deputy Minister Datuk Seri ...": a capitalized title right before the
 * honorific reads the person with the role; a lower-case one may not ("former
 * prime minister Sheikh ..."), and the honorific reads the person then.
 */
function followsTitle(list: readonly Piece[], honorific: number): boolean {
  for (let at = Math.max(0, honorific - maxTitlePieces); at < honorific; at++) {
    const title = opensTitle(list[at]) ? titleAt(list, at) : undefined
    if (title?.to === honorific && !title.lower) return true
  }
  return false
}

/** '<person>, <title>': "Le Thi Thu Hang, Assistant Minister, ...", "X – Deputy Director of ...", "X, Ph.D.". */
export function introducedPeople({ text, list, runs }: PeopleScan): Candidate[] {
  const found: Candidate[] = []
  for (const run of runs) {
    const separator = list[run.to]
    if (!separator || !/^[,–—-]$/u.test(separator.text) || !isPlainName(list, run)) continue
    if (degreeSet.longest(list, run.to + 1)) {
      found.push({ ...run, type: 'person', rank: ranks.grammar, rule: '<person>, Ph.D.' })
      continue
    }
    const title = opensTitle(list[run.to + 1]) ? titleAt(list, run.to + 1) : undefined
    // "Do Ha Nam, vice chairman of the Vietnam Food Association": a lower-case title names a role when a body follows it.
    if (!title || (title.lower && (title.complementAt === undefined || run.to - run.from < 2))) continue
    const role = text.slice(list[title.from]!.start, roleAfterEnd(list, title))
    found.push({ ...run, type: 'person', rank: ranks.grammar, rule: '<person>, <title>', role })
  }
  return found
}

/** Where a role after a name ends: after its named complement's capitalized words, or after ", <organization>". */
function roleAfterEnd(list: readonly Piece[], title: Title): number {
  let end = title.complementAt ?? title.to
  if (title.complementAt === undefined) {
    const next = list[title.to + 1]
    if (list[title.to]?.text !== ',' || !next || !organizationHeadSet.has(next.text)) return list[title.to - 1]!.end
    end = title.to + 1
  }
  while (isNameWord(list[end]) || (/^(?:of|for|and|the|&)$/u.test(list[end]?.text ?? '') && isNameWord(list[end + 1]))) end++
  return list[end - 1]!.end
}

/**
 * A run that can be a person's name: short, no head word, no acronym, not a
 * known place or body, not closed by a word for a place, a thing or an
 * event ("Ben Thanh Market", "Bach Dang Wave", "Anh Minh Trading") or by a
 * letter ("Sputnik V"), nor before a number ("Nhon Trach 3"); nor a weekday.
 */
export function isPlainName(list: readonly Piece[], run: Run): boolean {
  // "Sang-sik": a glued syllable belongs to the word before it.
  const words = list.slice(run.from, run.to).filter((piece, at) => piece.word && !isGluedTail(list, run.from + at))
  if (words.length === 0 || words.length > 6 || notNameSet.has(words[0]!.text) || opensTitle(words[0])) return false
  const last = words[words.length - 1]!
  if (words.length > 1 && thingCloserSet.has(last.text)) return false
  // "Sputnik V", "Galaxy Z": a letter closing the run without its stop is a model's, no initial.
  if (words.length > 1 && /^\p{Lu}$/u.test(last.text) && list[run.to]?.text !== '.') return false
  // "Nhon Trach 3": a number after the name makes it a plant's or a unit's; a score after a player's does not ("Wang Chang 21-18").
  const number = list[run.to]
  if (number && /^\d+$/u.test(number.text) && number.start === last.end + 1 && !/^[-–:]$/u.test(list[run.to + 1]?.text ?? '')) return false
  if (words.length === 1 && weekday.test(last.text)) return false
  if (words.some((piece) => organizationHeadSet.has(piece.text) || agreementHeadSet.has(piece.text) || !/^\p{Lu}/u.test(piece.text)))
    return false
  if (words.some((piece, at) => isAllCaps(piece.text) || honorificEnd(list, run.from + at) !== undefined)) return false
  return !longestAt(lookupFor('en'), list, run.from)
}

/**
 * '<person> said': a short name before a verb of saying ("Hang expressed",
 * "Arifin told"). '<body> said': one word no lexicon knows, which no longer
 * name of the text holds, is a body's brand, not a person named before
 * ("Vietravel said", "Agoda reported"; "Arifin" after "Arifin Tasrif" is
 * the person).
 */
export function speakers({ list, runs }: PeopleScan): Candidate[] {
  const inLongerNames = new Set(
    runs.filter((run) => run.to - run.from >= 2).flatMap((run) => list.slice(run.from, run.to).map((piece) => piece.text))
  )
  return (
    runs
      .filter((run) => run.to - run.from <= 4 && speechVerbSet.has(list[run.to]?.text ?? '') && isPlainName(list, run))
      // "Organisers said": a plural of a common word in British spelling says who, and names no one.
      .filter((run) => run.to - run.from > 1 || !isBritishCommonWord(list[run.from]!.text))
      // "Lawyers said", "Prosecutors told": a plural of a common noun says who, and names no one.
      .filter((run) => run.to - run.from > 1 || !isCommonPlural(list[run.from]!.text))
      .map((run) =>
        run.to - run.from === 1 && !inLongerNames.has(list[run.from]!.text) && isBrandLike(list[run.from]!.text)
          ? { ...run, type: 'organization' as const, rank: ranks.shape + 10, rule: '<body> said' }
          : { ...run, type: 'person' as const, rank: ranks.shape + 10, rule: '<person> said' }
      )
  )
}

/** A common word in British spelling, which the (American) dictionary lists in the other: "Organisers" ("organizers"), "Labour". */
function isBritishCommonWord(word: string): boolean {
  const lower = word.toLowerCase()
  const american = lower.replace(/is(ers?|ations?|ing|ed|es?)$/u, 'iz$1').replace(/our(s?)$/u, 'or$1')
  return american !== lower && isDictionaryWord(american)
}

/** Tags of compromise's lexicon for a person's name. */
const personalTag = /^(?:Person|FirstName|LastName|MaleName|FemaleName)$/u

/**
 * A plural of a common noun ("Lawyers", "Prosecutors"): the word and its
 * singular in the dictionary, six letters or more ("Das" is a family name),
 * and no name in compromise's lexicon ("Brooks", "Sanders").
 */
function isCommonPlural(word: string): boolean {
  const lower = word.toLowerCase()
  if (lower.length < 6 || !lower.endsWith('s') || !isDictionaryWord(lower) || !isDictionaryWord(lower.slice(0, -1))) return false
  // The lexicon holds one tag or, for some words, a list of them ("lawyers": Plural, Actor).
  const tags = ([] as unknown[]).concat(compromiseLexicon()[lower] ?? [])
  return !tags.some((tag) => typeof tag === 'string' && personalTag.test(tag))
}

/** A word neither compromise's lexicon nor the dictionary knows, nor a Vietnamese syllable: a coined name. */
function isBrandLike(word: string): boolean {
  return compromiseLexicon()[word.toLowerCase()] === undefined && !isDictionaryWord(word) && !isVietnameseSyllable(word)
}

/** 'according to <person>': "According to Le Thi Thu Hang, ...", "According to Sitanggang, ...". */
export function attributed({ list, runs }: PeopleScan): Candidate[] {
  return runs
    .filter((run) => /^according$/iu.test(list[run.from - 2]?.text ?? '') && list[run.from - 1]?.text === 'to')
    .filter((run) => list[run.to]?.text === ',' && isPlainName(list, run))
    .map((run) => ({ ...run, type: 'person' as const, rank: ranks.shape + 10, rule: 'according to <person>' }))
}

/**
 * '<Vietnamese name>': a Vietnamese family name and given names, with or
 * without diacritics ("Truong My Lan", "Nguyen Thi Huong", "Lê Quang Tùng").
 * A full name of three syllables or more is surer than a place its later
 * syllables spell ("Pham Thi Thu Hue"), not than a title or a cue around it.
 */
export function vietnameseNamed({ list }: PeopleScan): Candidate[] {
  return namesOfShape(list, vietnameseNameEnd, (from, to) => ({
    rank: to - from >= 3 && spellsPlace(list, from + 1, to) ? ranks.known + 1 : ranks.shape + 5,
    rule: '<Vietnamese name>'
  }))
}

/** Does a place the gazetteer knows start in pieces `from`..`to` and end inside them? */
function spellsPlace(list: readonly Piece[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const hit = longestAt(lookupFor('en'), list, at)
    if (hit?.entry.type === 'place' && hit.to <= to) return true
  }
  return false
}

/** '<Chinese name>': a Malaysian or Singaporean Chinese family name and two given syllables ("Lim Guan Eng"). */
export function chineseNamed({ list }: PeopleScan): Candidate[] {
  return namesOfShape(list, chineseNameEnd, () => ({ rank: ranks.shape + 5, rule: '<Chinese name>' }))
}

/** People named where `endAt` finds a name of its shape, each read once, left to right. */
function namesOfShape(
  list: readonly Piece[],
  endAt: (list: readonly Piece[], from: number) => number | undefined,
  reading: (from: number, to: number) => { rank: number; rule: string }
): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const end = endAt(list, index)
    if (end === undefined) continue
    found.push({ from: index, to: end, type: 'person', ...reading(index, end) })
    index = end - 1
  }
  return found
}

/** The end of a Chinese name at `from`: three capitalized words one blank apart, after no honorific ("Tan Sri ..."). */
function chineseNameEnd(list: readonly Piece[], from: number): number | undefined {
  const words = list.slice(from, from + 3)
  if (words.length < 3 || !words.every((piece, at) => isNameWord(piece) && (at === 0 || piece.start - words[at - 1]!.end === 1)))
    return undefined
  if (honorificEnd(list, from) !== undefined || isNameWord(list[from + 3]) || longestAt(lookupFor('en'), list, from)) return undefined
  return isChineseName(words.map((piece) => piece.text)) ? from + 3 : undefined
}

/** The end of a Vietnamese name at `from`: two to four syllables, the first a family name. */
export function vietnameseNameEnd(list: readonly Piece[], from: number): number | undefined {
  let end = from
  while (
    end - from < 4 &&
    isNameWord(list[end]) &&
    !isAllCaps(list[end]!.text) &&
    (end === from || list[end]!.start - list[end - 1]!.end === 1)
  )
    end++
  // A name of three or more syllables may be followed by more capitals (a place, a title): keep the longest that is a name.
  for (let to = end; to - from >= 2; to--) {
    if (isVietnameseName(list.slice(from, to).map((piece) => piece.text)) && !longestAt(lookupFor('en'), list, from)) return to
  }
  return undefined
}
