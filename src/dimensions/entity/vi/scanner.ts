import type { Scanner, Token } from '../../../engine/rule.js'
import type { EntityType } from '../../../schema/vocabulary.js'
import { entityToken, gazetteerTokens, lookupFor } from '../helpers.js'
import { longestAt } from '../gazetteer/index.js'
import { isNameWord } from '../runs.js'
import { Coverage, isCapitalized, pieces, type Piece } from '../text.js'
import { PhraseTrie, phraseSet } from '../trie.js'
import {
  agreementHeads,
  honorifics,
  looseHeads,
  notHeads,
  placeCues,
  portfolios,
  quantifiers,
  stops,
  strictHeads,
  surnames,
  titles
} from './words.js'

type EntityToken = Token<'entity'>

/** How a head lets its name go on: strict heads need a capital next, loose ones allow lower-case words. */
interface Head {
  readonly type: EntityType
  readonly loose: boolean
}

const heads = new PhraseTrie<Head>()
for (const head of looseHeads) heads.add(head, { type: 'organization', loose: true })
for (const head of strictHeads) heads.add(head, { type: 'organization', loose: false })
for (const head of agreementHeads) heads.add(head, { type: 'agreement', loose: true })
const notHeadSet = phraseSet(notHeads)
const titleSet = phraseSet(titles)
const honorificSet = new Set<string>(honorifics.map((word) => word.toLowerCase()))
const portfolioSet = phraseSet(portfolios)
const stopSet = phraseSet(stops)
const cueSet = phraseSet(placeCues)
const quantifierSet = new Set<string>(quantifiers)
const surnameSet = new Set<string>(surnames)

/** Lower-case words a name may go on with after its last capital: loose heads ("tham mưu trưởng liên quân") and strict ones. */
const maxLowerLoose = 5
const maxLowerStrict = 2
/** Syllables of a person's name at most. */
const maxNameLength = 6

/**
 * Vietnamese people, places, organizations and agreements, by rules: the
 * gazetteer, heads that open a name with the lower-case words Vietnamese
 * names go on with, titles before people, family names, place cues. A
 * capital alone (a sentence's first word) names nothing.
 */
export const scanVietnamese: Scanner<'entity'> = ({ text }) => {
  if (!/\p{Lu}/u.test(text)) return []
  const list = pieces(text)
  const found: EntityToken[] = [...gazetteerTokens(text, list, 'vi')]
  found.push(...headedNames(text, list))
  found.push(...titledPeople(text, list, found))
  found.push(...familyNamed(text, list, found))
  found.push(...cuedPlaces(text, list))
  return found
}

/** The head opening a name at `index`, unless it is a title ("Bộ trưởng"), an event ("Hội nghị") or generic ("hai Bộ"). */
function headAt(list: readonly Piece[], index: number): { head: Head; to: number } | undefined {
  if (!isNameWord(list[index]) || notHeadSet.longest(list, index)) return undefined
  const head = heads.longest(list, index)
  if (!head) return undefined
  const title = titleSet.longest(list, index)
  if (title && title.to >= head.to) return undefined
  if (quantifierSet.has(list[index - 1]?.text.toLowerCase() ?? '')) return undefined
  return { head: head.value, to: head.to }
}

/** Organizations and agreements opened by a head: "Bộ Công thương", "Hội đồng nhân quyền Liên Hợp quốc", "Hiệp định thương mại". */
function headedNames(text: string, list: readonly Piece[]): EntityToken[] {
  const found: EntityToken[] = []
  for (let index = 0; index < list.length; index++) {
    const opened = headAt(list, index)
    if (!opened) continue
    const end = nameEnd(list, opened.to, opened.head.loose)
    if (end === opened.to) continue
    const rule = opened.head.type === 'agreement' ? 'entity/vi/<agreement head> <name>' : 'entity/vi/<organization head> <name>'
    found.push(entityToken(text, list, index, end, { type: opened.head.type }, rule))
    index = end - 1
  }
  return found
}

/**
 * Where a name opened by a head ends: capitalized words, dashes and "và"
 * between them, and a few lower-case words after a capital (loose heads: from
 * the start); a stop word (a verb, a preposition, a time word), punctuation or
 * too many lower-case words end it.
 */
function nameEnd(list: readonly Piece[], from: number, loose: boolean): number {
  if (!loose && !isNameWord(list[from])) return from
  const maxLower = loose ? maxLowerLoose : maxLowerStrict
  let end = from
  let lower = 0
  for (let index = from; index < list.length;) {
    const piece = list[index]!
    const joinsNext = /^[-–—]$/u.test(piece.text) || piece.text === 'và'
    if (joinsNext && isNameWord(list[index + 1])) {
      index++
      continue
    }
    if (!piece.word || headAt(list, index)) break
    // A known name is whole: "Ngân hàng Nhà nước Việt Nam" does not go on in lower case.
    const known = isCapitalized(piece.text) ? longestAt(lookupFor('vi'), list, index) : undefined
    if (known) {
      lower = maxLower
      end = index = known.to
      continue
    }
    // "Bộ Công Thương Nguyễn Hồng Diên": a family name and given names after the name are a person.
    if (end > from && startsPersonName(list, index)) break
    if (isCapitalized(piece.text)) {
      lower = 0
      end = ++index
      continue
    }
    if (stopSet.longest(list, index) || ++lower > maxLower) break
    end = ++index
  }
  return end
}

/** Does a person's name start at `index`: a family name, then a capitalized given name? */
function startsPersonName(list: readonly Piece[], index: number): boolean {
  return surnameSet.has(list[index]!.text) && isNameWord(list[index + 1])
}

/** People after a title: "Thủ tướng Nguyễn Tấn Dũng", "Bộ trưởng Ngoại giao X", "Đại sứ Pakistan tại Việt Nam, Ngài X". */
function titledPeople(text: string, list: readonly Piece[], found: readonly EntityToken[]): EntityToken[] {
  const people: EntityToken[] = []
  const organizations = new Map(found.filter((token) => token.value.type === 'organization').map((token) => [token.start, token]))
  for (let index = 0; index < list.length; index++) {
    const title = titleSet.longest(list, index)
    if (!title || headAt(list, index)) continue
    // "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên": the organization is part of the role.
    const organization = organizations.get(list[title.to]?.start ?? -1)
    const roleEnd = organization ? pieceAfter(list, title.to, organization.end) : complementEnd(list, title.to)
    let from = roleEnd
    const honorific = honorificSet.has(title.value.toLowerCase())
    // "Đại sứ Pakistan tại Việt Nam, Ngài X": the role, then a form of address, then the name.
    if (!honorific && list[from]?.text === ',') {
      const address = titleSet.longest(list, from + 1)
      if (address && honorificSet.has(address.value.toLowerCase())) from = address.to
    }
    const end = personEnd(list, from)
    if (end === undefined) continue
    const role = honorific ? roleAfter(text, list, end, organizations) : text.slice(list[index]!.start, list[roleEnd - 1]!.end)
    people.push(entityToken(text, list, from, end, { type: 'person', ...(role ? { role } : {}) }, 'entity/vi/<title> <person>'))
    index = end - 1
  }
  return people
}

/** The index of the first piece at or after `from` that starts at or after `offset`. */
function pieceAfter(list: readonly Piece[], from: number, offset: number): number {
  let index = from
  while (index < list.length && list[index]!.start < offset) index++
  return index
}

/** After a title: a portfolio ("Ngoại giao"), a country ("Pakistan"), "tại <country>". */
function complementEnd(list: readonly Piece[], from: number): number {
  const lookup = lookupFor('vi')
  let end = portfolioSet.longest(list, from)?.to ?? from
  const country = longestAt(lookup, list, end)
  if (country && country.entry.type === 'place') end = country.to
  if (/^(?:tại|ở)$/u.test(list[end]?.text ?? '')) {
    const host = longestAt(lookup, list, end + 1)
    if (host) end = host.to
  }
  return end
}

/** A role given after the name: "X, Viện trưởng Viện Quản trị Chính sách". */
function roleAfter(
  text: string,
  list: readonly Piece[],
  nameEnd: number,
  organizations: ReadonlyMap<number, EntityToken>
): string | undefined {
  if (list[nameEnd]?.text !== ',') return undefined
  const title = titleSet.longest(list, nameEnd + 1)
  if (!title || honorificSet.has(title.value.toLowerCase())) return undefined
  const end = complementEnd(list, title.to)
  const organization = organizations.get(list[end]?.start ?? -1)
  return text.slice(list[nameEnd + 1]!.start, organization?.end ?? list[end - 1]!.end)
}

/** The end of a person's name at `from`: capitalized syllables, not a known place or body, not a head. */
function personEnd(list: readonly Piece[], from: number): number | undefined {
  if (!isNameWord(list[from]) || headAt(list, from)) return undefined
  const known = longestAt(lookupFor('vi'), list, from)
  if (known && !known.ambiguous) return undefined
  let end = from
  while (end - from < maxNameLength && isNameWord(list[end]) && !headAt(list, end) && !titleSet.longest(list, end)) end++
  return end > from ? end : undefined
}

/** People named with a Vietnamese family name and no title: "Lê Văn An cho biết". */
function familyNamed(text: string, list: readonly Piece[], found: readonly EntityToken[]): EntityToken[] {
  const people: EntityToken[] = []
  const taken = new Coverage(text.length)
  for (const token of found) taken.mark(token.start, token.end)
  for (let index = 0; index < list.length; index++) {
    if (!surnameSet.has(list[index]!.text) || isNameWord(list[index - 1])) continue
    const end = personEnd(list, index)
    if (end === undefined || end - index < 2) continue
    if (!taken.covers(list[index]!.start, list[end - 1]!.end)) {
      people.push(entityToken(text, list, index, end, { type: 'person' }, 'entity/vi/<family name> <given names>'))
    }
    index = end - 1
  }
  return people
}

/** Unknown places after a cue: "tại Gwadar", "thủ đô Naypyidaw", "tỉnh Quảng Ninh". */
function cuedPlaces(text: string, list: readonly Piece[]): EntityToken[] {
  const places: EntityToken[] = []
  for (let index = 0; index < list.length; index++) {
    const cue = cueSet.longest(list, index)
    if (!cue) continue
    const from = cue.to
    if (!isNameWord(list[from]) || headAt(list, from) || titleSet.longest(list, from) || longestAt(lookupFor('vi'), list, from)) continue
    let end = from
    while (end - from < 4 && isNameWord(list[end])) end++
    // A lone Vietnamese syllable after a cue is a common noun ("tại Trụ sở"); a lone foreign one is a name ("tại Gwadar").
    if (end - from === 1 && !/^[A-Za-z]+$/u.test(list[from]!.text)) continue
    places.push(entityToken(text, list, from, end, { type: 'place' }, 'entity/vi/<place cue> <name>'))
    index = end - 1
  }
  return places
}
