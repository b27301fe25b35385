import { langs, type Lang } from '../../../lang.js'
import { ranks, type Candidate } from '../candidates.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor } from '../helpers.js'
import { isNameWord } from '../runs.js'
import { isAllCaps, isCapitalized, type Piece } from '../text.js'
import { phraseSet } from '../trie.js'
import { isVietnameseName, isVietnameseSyllable } from '../vietnamese-names.js'
import { creditWords, domainEndings, plainAcronyms } from './words.js'
import { matchesOf } from '../../../text/matches.js'

const creditSet = phraseSet(creditWords)
const plainAcronymSet = new Set<string>(plainAcronyms)

/** Is the word one that opens a credit ("Source", "Ảnh")? */
export function isCreditWord(list: readonly Piece[], index: number): boolean {
  return creditSet.longest(list, index) !== undefined
}

/** An acronym that may name a body: two to eight capitals (digits, "&", "-" inside), not a measure or unit. */
export function isBodyAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) && !plainAcronymSet.has(text)
}

/**
 * '<credit>: <name>': who a photo or a figure comes from ("(Photo: VNA)",
 * "Ảnh: VGP/Nhật Bắc", "(Ảnh: Getty)", "Nguồn: Tổng cục Thống kê", "Ảnh:
 * P.A."). An acronym or a single foreign word is a body, a Vietnamese name
 * or initials a person; longer names are left to the rules of bodies.
 */
export function credits(text: string, list: readonly Piece[], lang: Lang): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const credit = creditSet.longest(list, index)
    if (!credit || !isCapitalized(list[index]!.text) || list[credit.to]?.text !== ':') continue
    let at = credit.to + 1
    for (;;) {
      const item = creditItem(text, list, at, lang)
      if (!item) break
      if (item.type) found.push({ from: item.from, to: item.to, type: item.type, rank: ranks.framed, rule: '<credit>: <name>' })
      at = item.to
      if (!/^[/,]$/u.test(list[at]?.text ?? '')) break
      at++
    }
    index = at - 1
  }
  return found
}

/** One name of a credit at `from`, with what it is when its shape says so. */
function creditItem(
  text: string,
  list: readonly Piece[],
  from: number,
  lang: Lang
): { from: number; to: number; type?: 'person' | 'organization' } | undefined {
  const first = list[from]
  if (!isNameWord(first)) return undefined
  // "P.A.": initials.
  if (/^\p{Lu}$/u.test(first!.text) && list[from + 1]?.text === '.' && /^\p{Lu}$/u.test(list[from + 2]?.text ?? '')) {
    let to = from
    while (/^\p{Lu}$/u.test(list[to]?.text ?? '') && list[to + 1]?.text === '.') to += 2
    return { from, to, type: 'person' }
  }
  let to = from
  while (isNameWord(list[to]) && text.slice(list[to - 1]?.end ?? list[to]!.start, list[to]!.start).trim() === '') to++
  const words = list.slice(from, to).map((piece) => piece.text)
  if (longestAt(lookupFor(lang), list, from)) return { from, to }
  // "Source: Compiled by ...": a sentence, not a name.
  if (list[to]?.word) return undefined
  if (words.length === 1 && isAllCaps(words[0]!)) return isBodyAcronym(words[0]!) ? { from, to, type: 'organization' } : { from, to }
  if (words.length === 1 && !isVietnameseSyllable(words[0]!)) return { from, to, type: 'organization' }
  if (words.length >= 2 && words.length <= 4 && words.every((word) => isVietnameseSyllable(word) && /^\p{Lu}/u.test(word))) {
    // "BÁO NHÂN DÂN": a paper; "MINH HÀ": its photographer.
    return { from, to, type: /^(?:báo|đài)$/iu.test(words[0]!) ? 'organization' : 'person' }
  }
  return { from, to }
}

/**
 * '<byline>': a line that is only a name, as papers sign an article: in
 * capitals ("LÊ THẢO", "BÍCH QUYÊN (Lược dịch ...)"), or a Vietnamese name
 * alone on its line ("Kim Phong"); where `penNames`, given names alone
 * too ("Thành Chung"), as Vietnamese papers sign.
 */
export function byline(text: string, list: readonly Piece[], penNames = false): Candidate[] {
  const words: Piece[] = []
  for (const piece of list) {
    if (piece.text === '(') break
    if (!piece.word) return []
    words.push(piece)
  }
  if (words.length < 2 || words.length > 4) return []
  const allCaps = words.every((piece) => isAllCaps(piece.text) && isVietnameseSyllable(piece.text))
  const named = isVietnameseName(
    words.map((piece) => piece.text),
    true
  )
  // "Thành Chung", "Minh Sơn": a Vietnamese writer may sign with given names alone.
  const penName =
    penNames && words.length <= 3 && words.every((piece) => /^\p{Lu}\p{Ll}*$/u.test(piece.text) && isVietnameseSyllable(piece.text))
  if (!allCaps && !named && !penName) return []
  // A known name in either language's gazetteer is no byline ("HÀ NỘI"); a given name that is also a country's is ("ĐỨC ANH", "ANH THƯ").
  if (langs.some((lang) => (longestAt(lookupFor(lang), list, 0)?.to ?? 0) >= words.length)) return []
  return [{ from: 0, to: words.length, type: 'person', rank: ranks.framed, rule: '<byline>' }]
}

/**
 * '<source> -' and '- <source>': the body a text is from, at the start or the end of a line:
 * "TPO - Bộ Ngoại giao ...", "(GLO)- Dẫn ...", "SKĐS - Chiều ...", "... — Bernama", "--IANS".
 */
export function sourceTags(list: readonly Piece[], isCommonWord: (word: string) => boolean): Candidate[] {
  const found: Candidate[] = []
  let first = 0
  if (list[0]?.text === '(' && list[2]?.text === ')') first = 1
  const opener = list[first]
  const after = list[first === 1 ? 3 : 1]
  // "TPO - ", "(GLO)- ": a dash apart from the acronym or after its bracket; "ASEAN–Pakistan" joins two names.
  const apart = after !== undefined && (first === 1 || after.start > opener!.end)
  if (
    opener &&
    isBodyAcronym(opener.text) &&
    !isCommonWord(opener.text) &&
    after &&
    apart &&
    /^[-–—]$/u.test(after.text) &&
    list.length > first + 3
  ) {
    found.push({ from: first, to: first + 1, type: 'organization', rank: ranks.framed, rule: '<source> -' })
  }
  const last = list.length - 1
  const closer = list[last]
  if (closer?.word && isNameWord(closer) && /^[-–—]$/u.test(list[last - 1]?.text ?? '') && last >= 1) {
    let from = last
    while (from > 0 && isNameWord(list[from - 1])) from--
    if (/^[-–—]$/u.test(list[from - 1]?.text ?? '') && (from - 1 === 0 || /^[-–—.!?"”]$/u.test(list[from - 2]?.text ?? ''))) {
      if (last - from < 3) found.push({ from, to: last + 1, type: 'organization', rank: ranks.framed, rule: '- <source>' })
    }
  }
  return found
}

const domainEnd = String.raw`\.(?:${domainEndings.join('|')})(?![\p{L}\p{N}/@-])`
const domainPattern = new RegExp(String.raw`(?<![\p{L}\p{N}./@\]-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*${domainEnd}`, 'giu')
/**
 * The ending every site's name holds: a text without one has none. The
 * pattern above opens with a class of all letters, so the regex engine tries
 * it at every letter of a text; this one opens with the stop, which it finds
 * by skipping ahead.
 */
const hasDomainEnd = new RegExp(domainEnd, 'iu')

/** '<news site>': a site named as a source ("Sggp.org.vn đưa tin", "Theo trang thoibaotaichinhvietnam.vn"), never a link with a path. */
export function newsSites(text: string, list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  if (!hasDomainEnd.test(text)) return found
  for (const match of matchesOf(domainPattern, text)) {
    const start = match.index
    const end = start + match[0].length
    if (text[end] === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) continue
    const from = list.findIndex((piece) => piece.start === start)
    const to = list.findIndex((piece) => piece.end === end)
    if (from < 0 || to < 0) continue
    found.push({ from, to: to + 1, type: 'organization', rank: ranks.framed, rule: '<news site>' })
  }
  return found
}
