import { adjacent, isAllCaps, isCapitalized, type Piece } from './text.js'

/** A run of capitalized words that may be one name, over pieces `from`..`to` (exclusive). */
export interface Run {
  readonly from: number
  readonly to: number
}

/** What may join two capitalized words of one name, per language. */
export interface RunGrammar {
  /** Words whose possessive stays inside a name ("Supreme People's Court"). */
  readonly possessives?: ReadonlySet<string>
  /** A word that starts something else after a bracketed acronym ("Tourism Authority of Thailand (TAT) Deputy Governor"). */
  readonly endsName?: (list: readonly Piece[], index: number) => boolean
  /** Given names written short, whose stop joins the next word as an initial's does ("Ma. Teresa"). */
  readonly shortNames?: ReadonlySet<string>
  /** A nickname in quotes stays inside a person's name ('Juan "Jonvic" Remulla'). */
  readonly quotedNicknames?: boolean
  /** Lower-case words allowed between two capitalized ones ("of", "for"; "và"). */
  readonly connectors: ReadonlySet<string>
  /** At most this many connectors in a row ("of the"). */
  readonly maxConnectors: number
  /** Does the comma at `comma` part the items of a list inside one name ("Ministry of Agriculture, Forestry and Fisheries")? */
  readonly listInName?: (list: readonly Piece[], comma: number) => boolean
}

/** Dashes that join two names: "Vietnam–Pakistan", "Việt Nam - Pakistan". */
const dash = /^[-–—]$/u

export function isNameWord(piece: Piece | undefined): boolean {
  return piece !== undefined && piece.word && isCapitalized(piece.text)
}

/** A hyphen glued between a name word and a lower-case syllable ("Sang-sik", "Jae-myung"). */
export function isGluedSyllable(list: readonly Piece[], at: number): boolean {
  return joinsByHyphen(list, at, /^\p{Ll}{1,5}$/u) && list[at + 1]!.word
}

/** Is the piece at `at` a hyphen glued to the piece before it and to one after it that `after` matches ("DENV-2", "Sang-sik")? */
export function joinsByHyphen(list: readonly Piece[], at: number, after: RegExp): boolean {
  const hyphen = list[at]
  const next = list[at + 1]
  return (
    hyphen?.text === '-' && hyphen.start === list[at - 1]!.end && next !== undefined && next.start === hyphen.end && after.test(next.text)
  )
}

/** Is the piece at `index` a lower-case syllable glued to a name word ("sik" of "Sang-sik")? */
export function isGluedTail(list: readonly Piece[], index: number): boolean {
  return index >= 2 && isGluedSyllable(list, index - 1)
}

/**
 * Maximal runs of capitalized words, joined by connectors, dashes, initials
 * ("M. Usman") and bracketed acronyms followed by more of the name
 * ("Association ... (SAARC) Chamber of Commerce"). One pass, each piece
 * looked at a bounded number of times.
 */
export function capitalizedRuns(text: string, list: readonly Piece[], grammar: RunGrammar): Run[] {
  const runs: Run[] = []
  for (let index = 0; index < list.length; index++) {
    if (!isNameWord(list[index]) || joinedToPrevious(list, index)) continue
    let last = index
    let next = index + 1
    for (;;) {
      const piece = list[next]
      if (!piece) break
      if (isNameWord(piece) && adjacent(text, list[next - 1]!, piece)) {
        last = next++
        continue
      }
      // "Kim Sang-sik": a given name's syllables glued by a hyphen stay in the run.
      if (isGluedSyllable(list, next)) {
        last = next + 1
        next += 2
        continue
      }
      const skip = joinerLength(list, last, next, grammar)
      if (skip === 0) break
      next += skip
    }
    runs.push({ from: index, to: last + 1 })
    index = last
  }
  return runs
}

/** How many pieces from `next` join the run to a following capitalized word, or 0. */
function joinerLength(list: readonly Piece[], last: number, next: number, grammar: RunGrammar): number {
  const piece = list[next]!
  const initial = (list[last]!.text.length === 1 && isCapitalized(list[last]!.text)) || grammar.shortNames?.has(list[last]!.text) === true
  if (piece.text === '.' && initial && piece.start === list[last]!.end && isNameWord(list[next + 1])) return 1
  // Only a dash without blanks joins ("Vietnam–Pakistan"); "Cuong – Deputy Director" is two phrases.
  if (dash.test(piece.text) && isNameWord(list[next + 1]) && piece.start === list[last]!.end && piece.end === list[next + 1]!.start)
    return 1
  if (piece.text === '(' && isAllCaps(list[next + 1]?.text ?? '') && list[next + 2]?.text === ')' && isNameWord(list[next + 3])) {
    return grammar.endsName?.(list, next + 3) ? 0 : 3
  }
  // "People's Court": an apostrophe and "s" glued to a word of the list, then a capital.
  if (
    /^['’]$/u.test(piece.text) &&
    grammar.possessives?.has(list[last]!.text) &&
    piece.start === list[last]!.end &&
    list[next + 1]?.text === 's' &&
    isNameWord(list[next + 2])
  )
    return 2
  if (piece.text === ',' && grammar.listInName?.(list, next)) return 1
  if (grammar.quotedNicknames && isNickname(list, next) && isNameWord(list[next + 3])) return 3
  let count = 0
  while (count < grammar.maxConnectors && grammar.connectors.has(list[next + count]?.text ?? '')) count++
  // "the Court on Thursday": a day or a month after a connector is the time of the sentence, not a name's word.
  return count > 0 && isNameWord(list[next + count]) && !timeWord.test(list[next + count]!.text) ? count : 0
}

/** A capitalized word in quotes glued to it at `at`, after a blank: the nickname of 'Ronald "Bato" dela Rosa'. */
export function isNickname(list: readonly Piece[], at: number): boolean {
  const [open, word, close] = [list[at], list[at + 1], list[at + 2]]
  return (
    open !== undefined &&
    word !== undefined &&
    close !== undefined &&
    /^["“]$/u.test(open.text) &&
    /^["”]$/u.test(close.text) &&
    isNameWord(word) &&
    open.end === word.start &&
    word.end === close.start &&
    open.start > (list[at - 1]?.end ?? -1)
  )
}

/** Days and months, which no connector joins to a name. */
const timeWord =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u

/** A word glued to the one before by an apostrophe ("Pakistan’s" → "s" is not a name). */
function joinedToPrevious(list: readonly Piece[], index: number): boolean {
  const previous = list[index - 1]
  return previous !== undefined && !previous.word && previous.end === list[index]!.start && /['’]/u.test(previous.text)
}
