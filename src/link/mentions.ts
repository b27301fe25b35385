import type { LinkDocument } from '../facts/document.js'
import { languageWords } from '../languages/index.js'
import { isKind, type Draft, type EntityFields } from '../facts/draft.js'
import { sentenceAt } from '../stages/extract.js'
import { codePointBefore } from '../text/bounds.js'

type EntityDraft = Draft<EntityFields>

/** What a name met in the text stands for, wherever else the text writes it. */
interface Known {
  readonly type: EntityFields['type']
  readonly canonical?: string
  /** A part of a person's name ("Anwar", "Paloh"): a full name met elsewhere wins over it. */
  readonly part: boolean
  /** Read from the words' shape alone, with no title, cue or head: a reading with one wins over it. */
  readonly guess: boolean
  /** One word guessed a body before "said" ("Agoda said"): a part of a person's name met elsewhere, guessed or not, wins over it. */
  readonly said?: boolean
}

/** Words that join the parts of a name and never stand for it. */
const particles = new Set(['bin', 'binti', 'bt', 'al', 'van', 'von', 'der', 'de', 'del', 'da', 'Jr', 'Jr.', 'Sr', 'Sr.'])
/** The gazetteer finds every mention of its own names; the names rules found once are the ones to look for again. */
const gazetteerRule = /<gazetteer /u
/** Rules that guess a person from capitalized words alone. */
const personGuessRule = /\/<(?:person|unknown name)>$/u
/** A body guessed from one unknown word before "said": a part of a person's name met elsewhere ("Arifin Tasrif") makes it that person. */
const bodyGuessRule = /\/<body> said$/u
/** Rules that guess a name from capitalized words alone: a person, or a body before "said". */
const isGuess = (rule: string) => personGuessRule.test(rule) || bodyGuessRule.test(rule)

/**
 * Names met again: a person, body or place that a rule found once (by its
 * title, its cue, its definition) is the same wherever else the text writes
 * it ("Tuoi Tre", "TAT", "Sushma Swaraj" at a sentence's start), and so is a
 * part of a person's name standing alone ("Anies", "Paloh", "Arifin"; in
 * Vietnamese the given name, "Chính"). A part that the text also writes in
 * lower case is a common word ("Long", "long") and is left alone. One name
 * has one reading in a text: a person guessed from the words' shape
 * ("explained to Tuoi Tre") takes the reading a cue gave the same name
 * elsewhere ("Tuoi Tre (Youth) newspaper"). Returns the drafts, settled, and
 * the new ones; mentions that another fact covers are skipped.
 */
export function mentionsAgain(drafts: readonly Draft[], document: LinkDocument): Draft[] {
  const entities = drafts.filter((draft): draft is EntityDraft => isKind(draft, 'entity'))
  const known = knownNames(entities, document.text)
  if (known.size === 0) return [...drafts]
  const clubs = clubNames(entities)
  const settled = drafts.map((draft) => (isKind(draft, 'entity') ? asClub(settle(draft, known), clubs, document.text) : draft))
  const covered = new Spans(drafts)
  const added: EntityDraft[] = []
  for (const { start, name } of wholeWords(document.text, [...known.keys()])) {
    const end = start + name.length
    const what = known.get(name)!
    if (covered.overlaps(start, end)) continue
    if (touchesCapital(document.text, start, end) || (what.type !== 'person' && gluedToCapital(document.text, end))) continue
    const block = blockAt(document, start)
    if (block === undefined) continue
    added.push({
      fields: { kind: 'entity', type: what.type, name, ...(what.canonical ? { canonical: what.canonical } : {}) },
      start,
      end,
      lang: document.blocks[block]!.lang,
      rule: `entity/${document.blocks[block]!.lang}/<name met in the text>`,
      block,
      sentence: sentenceAt(document.sentences, start),
      links: {}
    })
  }
  return [...settled, ...added]
}

/** A guessed person whose name the text gives another reading elsewhere takes that reading; a guessed body, a person's too. */
function settle(draft: EntityDraft, known: ReadonlyMap<string, Known>): EntityDraft {
  const what = known.get(draft.fields.name)
  const saidByPerson = bodyGuessRule.test(draft.rule) && what?.part === true && what.type === 'person'
  if (!what || ((what.guess || what.part) && !saidByPerson) || !isGuess(draft.rule) || what.type === draft.fields.type) return draft
  return {
    ...draft,
    fields: { kind: 'entity', type: what.type, name: draft.fields.name, ...(what.canonical ? { canonical: what.canonical } : {}) },
    rule: `entity/${draft.lang}/<name met in the text>`
  }
}

/** Rules that tell a sports club by the sport around it ("Hanoi coach", "a 2-1 win over Nam Dinh"). */
const clubRule = /<club>/u

/**
 * Names that a rule of clubs read as a club somewhere in the text, and the
 * city or province that ends a club's name after its sponsor's ("Nam Dinh" of
 * "Thep Xanh Nam Dinh", "Bình Dương" of "Becamex Bình Dương"), which the
 * sports pages write alone for the club.
 */
function clubNames(entities: readonly EntityDraft[]): Set<string> {
  const names = new Set<string>()
  for (const draft of entities) {
    if (draft.fields.type !== 'organization' || !clubRule.test(draft.rule)) continue
    const words = draft.fields.name.split(' ')
    words.forEach((_, from) => names.add(words.slice(from).join(' ')))
  }
  return names
}

/**
 * '<club>' again: a city the text has named as a club stands for the club
 * wherever the gazetteer reads it as the place, except after a cue of place
 * ("Nam Dinh are also competing", "leaves Hanoi on 31 points"; not "played
 * in Hanoi").
 */
function asClub(draft: EntityDraft, clubs: ReadonlySet<string>, text: string): EntityDraft {
  if (draft.fields.type !== 'place' || !clubs.has(draft.fields.name) || !gazetteerRule.test(draft.rule)) return draft
  if (languageWords[draft.lang].events.placeCue.test(text.slice(Math.max(0, draft.start - 20), draft.start))) return draft
  return { ...draft, fields: { kind: 'entity', type: 'organization', name: draft.fields.name }, rule: `entity/${draft.lang}/<club>` }
}

/** The names to look for: full names found by rules, and the parts of people's names. */
function knownNames(entities: readonly EntityDraft[], text: string): Map<string, Known> {
  const known = new Map<string, Known>()
  const refused = new Set<string>()
  const add = (name: string, value: Known) => {
    if (refused.has(name)) return
    const earlier = known.get(name)
    if (earlier && (earlier.type !== value.type || earlier.canonical !== value.canonical)) {
      // Two readings of one name: a full name beats a part, a cued reading a guess; two of a kind that disagree cancel.
      // "Shanto said" after "Najmul Hossain Shanto": the person's name, though read from its shape alone, says who speaks.
      if (earlier.said && value.part && value.type === 'person') {
        known.set(name, value)
        return
      }
      if (earlier.guess !== value.guess) {
        if (earlier.guess) known.set(name, value)
        return
      }
      if (earlier.part && !value.part) known.set(name, value)
      else if (earlier.part === value.part) {
        known.delete(name)
        refused.add(name)
      }
      return
    }
    if (!earlier) known.set(name, value)
  }
  for (const draft of entities) {
    const { name, type, canonical } = draft.fields
    if (type === 'agreement' || gazetteerRule.test(draft.rule) || name.length < 2) continue
    add(name, { type, ...(canonical ? { canonical } : {}), part: false, guess: isGuess(draft.rule), said: bodyGuessRule.test(draft.rule) })
  }
  for (const draft of entities) {
    const short = shortForm(draft)
    if (short && !writtenInLowerCase(text, short)) add(short, { type: draft.fields.type, part: true, guess: false })
  }
  for (const draft of entities) {
    if (draft.fields.type !== 'person' || !languageWords[draft.lang].personByOneName) continue
    const words = draft.fields.name.split(/\s+/u)
    if (words.length < 2) continue
    for (const word of words) {
      if (particles.has(word) || word.length < 3 || !/^\p{Lu}\p{Ll}/u.test(word) || writtenInLowerCase(text, word)) continue
      add(word, { type: 'person', part: true, guess: isGuess(draft.rule) })
    }
  }
  return known
}

/** Kinds of company before or after a body's own name: "Tập đoàn Hòa Phát" is also "Hòa Phát", "NasDem Party" "NasDem". */
const companyBefore = /^(?:Tập đoàn|Công ty|Tổng công ty|Công ty Cổ phần|Công ty CP|Hãng|Ngân hàng) (?=\p{Lu})/u
const companyAfter = / (?:Group|Corporation|Corp\.?|Company|Limited|Ltd\.?|JSC|Party|Holdings|Inc\.?)$/u

/** The short form a body found by a rule goes by, if its name has one. */
function shortForm(draft: EntityDraft): string | undefined {
  if (draft.fields.type !== 'organization' || gazetteerRule.test(draft.rule)) return undefined
  const name = draft.fields.name
  const short = name.replace(companyBefore, '').replace(companyAfter, '')
  return short !== name && short.length >= 3 && /^\p{Lu}/u.test(short) ? short : undefined
}

const wordCharacter = /[\p{L}\p{N}\p{M}]/u

/**
 * Does the text also write the word in lower case, as a common word: whole,
 * with no letter, digit or mark on either side? Searched as a string, not
 * with a regex of the word: one regex per word and document spends more time
 * compiling than searching.
 */
function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase()
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
    const end = at + lower.length
    const wordBefore = at > 0 && wordCharacter.test(codePointBefore(text, at))
    const wordAfter = end < text.length && wordCharacter.test(String.fromCodePoint(text.codePointAt(end)!))
    if (!wordBefore && !wordAfter) return true
  }
  return false
}

/** Capitalized words that open a sentence or a phrase, not a name: "The KPU", "Theo EVN". */
const openers = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'For',
  'By',
  'From',
  'With',
  'But',
  'And',
  'As',
  'Of',
  'To',
  'Since',
  'After',
  'Before',
  'When',
  'While',
  'If',
  'Under',
  'Over',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Theo',
  'Tại',
  'Ở',
  'Của',
  'Và',
  'Với',
  'Từ',
  'Các',
  'Những',
  'Ông',
  'Bà',
  'Ngoài',
  'Trong',
  'Sau',
  'Khi'
])

/** Is a capitalized word right before or after (a blank apart): "Hai Phong" is no mention of "Hai". */
function touchesCapital(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}\p{M}]*)[ \t]$/u.exec(text.slice(Math.max(0, start - 30), start))
  const after = /^[ \t]\p{Lu}/u.test(text.slice(end, end + 3))
  return (before !== null && !openers.has(before[1]!)) || after
}

/**
 * Is a capitalized word glued after by a dash: a body's name so joined names
 * another thing ("HNX-Index", "ASEAN-GCC Summit"), while two people's names
 * so joined pair a ticket ("Prabowo-Gibran").
 */
function gluedToCapital(text: string, end: number): boolean {
  return /^[-–]\p{Lu}/u.test(text.slice(end, end + 2))
}

function blockAt(document: LinkDocument, offset: number): number | undefined {
  const index = document.blocks.findIndex((block) => block.start <= offset && offset < block.end)
  return index < 0 ? undefined : index
}

/**
 * Where the names stand in the text as whole words, left to right and
 * without overlaps, the longest where several start at one place: what one
 * regex of them all, longest first and bounded by non-word characters,
 * finds. Searched as strings: the regex was built anew for each document,
 * and its leading bound kept the regex engine from skipping ahead.
 */
function wholeWords(text: string, names: readonly string[]): { readonly start: number; readonly name: string }[] {
  const longestAt = new Map<number, string>()
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      // A regex of the `u` flag never starts between the halves of a surrogate pair.
      if (isLowSurrogate(text.charCodeAt(at)) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) continue
      if (wordCharacterBefore(text, at) || wordCharacterAt(text, at + name.length)) continue
      if ((longestAt.get(at)?.length ?? 0) < name.length) longestAt.set(at, name)
    }
  }
  const found: { start: number; name: string }[] = []
  let end = 0
  for (const start of [...longestAt.keys()].sort((a, b) => a - b)) {
    if (start < end) continue
    const name = longestAt.get(start)!
    found.push({ start, name })
    end = start + name.length
  }
  return found
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Is the code point before `index` a letter, digit or mark (a lone surrogate is none)? */
function wordCharacterBefore(text: string, index: number): boolean {
  if (index === 0) return false
  const last = text.charCodeAt(index - 1)
  const pair = isLowSurrogate(last) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2))
  return wordCharacter.test(pair ? text.slice(index - 2, index) : text[index - 1]!)
}

/** Is the code point at `index` a letter, digit or mark? */
function wordCharacterAt(text: string, index: number): boolean {
  return index < text.length && wordCharacter.test(String.fromCodePoint(text.codePointAt(index)!))
}

/** The spans of drafts, asked whether any overlaps a range: sorted by start, with the furthest end up to each. */
class Spans {
  readonly #starts: number[]
  readonly #furthestEnds: number[]

  constructor(spans: readonly { readonly start: number; readonly end: number }[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    this.#starts = sorted.map((span) => span.start)
    let furthest = -Infinity
    this.#furthestEnds = sorted.map((span) => (furthest = Math.max(furthest, span.end)))
  }

  /** Does a span overlap `start`..`end`: start before `end` and end after `start`? */
  overlaps(start: number, end: number): boolean {
    let low = 0
    let high = this.#starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.#starts[middle]! < end) low = middle + 1
      else high = middle
    }
    return low > 0 && this.#furthestEnds[low - 1]! > start
  }
}
