import { memoized } from '../../text/memo.js'

/** A word or a single punctuation mark of a text, with its offsets. */
export interface Piece {
  readonly text: string
  readonly start: number
  readonly end: number
  /** True for letters and digits, false for a punctuation mark. */
  readonly word: boolean
  /** The text folded as phrase lookups compare it (`foldKey`), computed once however many lists ask. */
  readonly key: string
  /** The key without diacritics ("phu thọ" → "phu tho"): how English text may write a Vietnamese name. */
  readonly plain: string
}

/** Words (letters, marks, digits; the group) or any single other non-blank character. */
const piecePattern = /([\p{L}\p{M}\p{N}]+)|[^\s\p{L}\p{M}\p{N}]/gu

/** Splits a text into words and punctuation marks; linear, one pass. */
export function pieces(text: string): Piece[] {
  const found: Piece[] = []
  piecePattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = piecePattern.exec(text)) !== null) {
    const piece = match[0]
    const key = foldKey(piece)
    found.push({
      text: piece,
      start: match.index,
      end: match.index + piece.length,
      word: match[1] !== undefined,
      key,
      plain: plainKey(key)
    })
  }
  return found
}

const dash = /[‐‑‒–—]/gu
const apostrophe = /[’‘`]/gu
const dashOrApostrophe = /[‐‑‒–—’‘`]/u

/** Dashes and apostrophes in their plain form, lower case: the key two spellings of a name share. */
export function foldKey(text: string): string {
  if (!dashOrApostrophe.test(text)) return text.toLowerCase()
  return text.replace(dash, '-').replace(apostrophe, "'").toLowerCase()
}

const ascii = /^[\x00-\x7f]*$/u

const withoutDiacritics = memoized((key) => key.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').normalize('NFC'))

/** A folded key without its diacritics: "đắk lắk" → "dak lak". */
export function plainKey(key: string): string {
  return ascii.test(key) ? key : withoutDiacritics(key)
}

export function isCapitalized(text: string): boolean {
  const first = text.charCodeAt(0)
  // Plain Latin letters answer without the Unicode tables.
  if (first >= 0x61 && first <= 0x7a) return false
  if (first >= 0x41 && first <= 0x5a) return true
  return /^\p{Lu}/u.test(text)
}

/** All capitals (with digits): "WTO", "G20". */
export function isAllCaps(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(text) && text.length > 1
}

/** Are two pieces separated by blanks only (or nothing)? */
export function adjacent(text: string, left: Piece, right: Piece): boolean {
  return /^[ \t\u00a0\u202f]*$/u.test(text.slice(left.end, right.start))
}

/** Which characters of a text some range covers: marking and asking cost the length of the range. */
export class Coverage {
  readonly #covered: Uint8Array

  constructor(length: number) {
    this.#covered = new Uint8Array(length)
  }

  mark(start: number, end: number): void {
    this.#covered.fill(1, start, end)
  }

  covers(start: number, end: number): boolean {
    for (let index = start; index < end; index++) if (this.#covered[index]) return true
    return false
  }
}

/** Is the piece at `at` one blank after the one before it ("Procter & Gamble", not "Procter&Gamble")? */
export function spacedBefore(list: readonly Piece[], at: number): boolean {
  const piece = list[at]
  return piece !== undefined && at > 0 && piece.start === list[at - 1]!.end + 1
}
