import { lookupFor } from '../helpers.js'
import { longestAt } from '../gazetteer/index.js'
import { isGluedSyllable, isNameWord, isNickname } from '../runs.js'
import { isAllCaps, type Piece } from '../text.js'
import { isVietnameseName } from '../vietnamese-names.js'
import { opensTitle, titleAt } from './titles.js'
import { abbreviatedGivenNames, nameParticles, nameSuffixes, notNames, organizationHeadSet } from './words.js'

const particleSet = new Set<string>(nameParticles)
const suffixSet = new Set<string>(nameSuffixes)
const abbreviatedSet = new Set<string>(abbreviatedGivenNames)
const notNameSet = new Set<string>(notNames)
/** Words of a person's name at most. */
const maxNameWords = 7
/** Company words also written as the syllables of Vietnamese names. */
const syllableHeads = new Set(['Co'])
/** What makes "Co" a company's: "Co.", "Co Ltd", "Co JSC". */
const companyAfterCo = new Set(['.', 'Ltd', 'Limited', 'JSC', 'Inc'])

/**
 * "Dr Dao Xuan Co, director of ...": a company word at `index` that ends a
 * Vietnamese person's name opening at or after `from` is the name's last
 * syllable, unless a company's abbreviation goes on ("Hoa Binh Co Ltd").
 */
export function isNameSyllable(list: readonly Piece[], from: number, index: number): boolean {
  if (!syllableHeads.has(list[index]!.text) || companyAfterCo.has(list[index + 1]?.text ?? '')) return false
  for (let start = Math.max(from, index - 3); start < index; start++) {
    const words = list.slice(start, index + 1)
    if (words.every((piece) => isNameWord(piece) && !isAllCaps(piece.text)) && isVietnameseName(words.map((piece) => piece.text)))
      return true
  }
  return false
}

/**
 * The end of a person's name at `from`: capitalized words and initials
 * ("S. Jaishankar"), particles between them ("Anwar bin Ibrahim"), a
 * suffix ("Marcos Jr."); never an acronym ("FPCCI Ahmed Raza"), a title, an
 * organization's head or a known place or body; a dash and a capital start
 * another name ("Prabowo-Gibran").
 */
export function personEnd(list: readonly Piece[], from: number): number | undefined {
  if (!startsPerson(list, from)) return undefined
  let end = from
  let words = 0
  while (words < maxNameWords) {
    const piece = list[end]
    if (!piece || suffixSet.has(piece.text)) break
    if (
      isNameWord(piece) &&
      (!organizationHeadSet.has(piece.text) || isNameSyllable(list, from, end)) &&
      !(opensTitle(piece) && titleAt(list, end)) &&
      !isAllCaps(piece.text)
    ) {
      words++
      end = afterApostropheTail(list, end + 1)
      continue
    }
    // 'Juan "Jonvic" Remulla', 'Ronald "Bato" dela Rosa': a nickname in quotes between given and family names.
    if (words > 0 && isNickname(list, end) && (isNameWord(list[end + 3]) || particleSet.has(list[end + 3]?.text ?? ''))) {
      end += 3
      continue
    }
    if (joinsDoubleSurname(list, end)) {
      end += 2
      continue
    }
    // "Kim Sang-sik", "Moon Jae-in": a lower-case syllable glued by a hyphen is part of a given name.
    if (words > 0 && isGluedSyllable(list, end)) {
      end += 2
      continue
    }
    // "Ma. Luisa P. de la Paz": the stop of an initial before a particle stays in the name too.
    if (piece.text === '.' && isShortened(list[end - 1]) && piece.start === list[end - 1]!.end && opensNamePart(list, end + 1)) {
      end++
      continue
    }
    // "Ursula von der Leyen": particles in a row before a name word.
    if (particleSet.has(piece.text) && words > 0 && opensNamePart(list, end + 1) && !longestAt(lookupFor('en'), list, end + 1)) {
      end++
      continue
    }
    break
  }
  if (words === 0) return undefined
  return suffixEnd(list, end)
}

/** A name word, or a particle before one ("de la Paz", "bin Osman"), goes on a name after an initial's stop. */
function opensNamePart(list: readonly Piece[], at: number): boolean {
  return isNameWord(list[at]) || (particleSet.has(list[at]?.text ?? '') && opensNamePart(list, at + 1))
}

/**
 * "Ana L. Reyes-Tan": a dash glued between two capitalized words after a
 * middle initial joins a double family name, the Philippine way; without
 * the initial two names joined by a dash stay two ("Prabowo-Gibran").
 */
export function joinsDoubleSurname(list: readonly Piece[], dash: number): boolean {
  const before = list[dash - 1]
  const after = list[dash + 1]
  return (
    /^[-–]$/u.test(list[dash]?.text ?? '') &&
    before !== undefined &&
    after !== undefined &&
    list[dash]!.start === before.end &&
    after.start === list[dash]!.end &&
    isNameWord(before) &&
    isNameWord(after) &&
    list[dash - 2]?.text === '.' &&
    isInitial(list[dash - 3])
  )
}

/** Can a person's name start at the piece: a capitalized word that is no pronoun, acronym, head or known name. */
function startsPerson(list: readonly Piece[], from: number): boolean {
  const piece = list[from]
  // "A. Bakar": an initial, though "A" alone is no name.
  const initial = isInitial(piece) && list[from + 1]?.text === '.'
  if (!isNameWord(piece) || (notNameSet.has(piece!.text) && !initial) || isAllCaps(piece!.text) || organizationHeadSet.has(piece!.text))
    return false
  return !longestAt(lookupFor('en'), list, from)
}

/** An initial or a given name written short, whose stop stays in the name ("S. Jaishankar", "Ma. Teresa Cruz"). */
function isShortened(piece: Piece | undefined): boolean {
  return isInitial(piece) || abbreviatedSet.has(piece?.text ?? '')
}

/** One capital letter: the initial of "S. Jaishankar". */
export function isInitial(piece: Piece | undefined): boolean {
  return piece !== undefined && /^\p{Lu}$/u.test(piece.text)
}

/** "Asy'ari", "O'Brien": an apostrophe and letters glued to a name word belong to it (not the possessive "'s"). */
function afterApostropheTail(list: readonly Piece[], at: number): number {
  const mark = list[at]
  const tail = list[at + 1]
  if (!mark || !tail || !/^['’]$/u.test(mark.text) || mark.start !== list[at - 1]!.end || tail.start !== mark.end) return at
  return tail.word && tail.text.length >= 2 && !/^(?:s|ll|re|ve|d|t|m)$/iu.test(tail.text) ? at + 2 : at
}

/** After a name: ", Jr.", " Jr.", " III" as part of it. */
export function suffixEnd(list: readonly Piece[], end: number): number {
  let at = end
  if (list[at]?.text === ',' && suffixSet.has(list[at + 1]?.text ?? '')) at++
  if (!suffixSet.has(list[at]?.text ?? '')) return end
  at++
  if (list[at]?.text === '.' && list[at]!.start === list[at - 1]!.end) at++
  return at
}
