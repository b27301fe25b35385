import { ranks, type Candidate } from './candidates.js'
import { isNameWord } from './runs.js'
import type { Piece } from './text.js'

/** What a language's grammar says of the items of a list. */
export interface ListGrammar {
  /** Words that join a list's last item: "and", "or"; "và", "hoặc". */
  readonly conjunctions: ReadonlySet<string>
  /** Words that open a list before its first item: "such as", "including"; "như", "gồm". */
  readonly openers: ReadonlySet<string>
  /** Does a title open at `at`: the item is a person's role, no body. */
  readonly isTitle: (list: readonly Piece[], at: number) => boolean
}

/** Capitalized words of one item at most. */
const maxItemWords = 4

/**
 * '<organization>, <name> and <name>': in a list joined by commas and a
 * conjunction, a capitalized name no rule read beside a body is a body too
 * ("Nestlé, Abbott và Kido", "BYD và MG"). Items other rules read (a place,
 * a person) are left as they are and end the list; `chosen` are the readings
 * kept, `claimed` every reading, "none" ones included, whose words are taken.
 * Vietnamese only: in English, where capitals open many more words, it read
 * bodies into lists of unseen news that held none.
 */
export function coordinatedBodies(
  list: readonly Piece[],
  chosen: readonly Candidate[],
  claimed: readonly Candidate[],
  grammar: ListGrammar
): Candidate[] {
  const taken = new Array<boolean>(list.length).fill(false)
  for (const candidate of claimed) if (candidate.type === 'none') taken.fill(true, candidate.from, candidate.to)
  const starts = new Map<number, Candidate>()
  const ends = new Map<number, Candidate>()
  for (const candidate of chosen) {
    taken.fill(true, candidate.from, candidate.to)
    starts.set(candidate.from, candidate)
    ends.set(candidate.to, candidate)
  }
  const found = new Map<number, Candidate>()
  const add = (from: number, to: number) => {
    const item: Candidate = { from, to, type: 'organization', rank: ranks.model, rule: '<organization>, <name> and <name>' }
    found.set(from, item)
    starts.set(from, item)
    ends.set(to, item)
    taken.fill(true, from, to)
  }
  for (const body of chosen.filter((candidate) => candidate.type === 'organization')) {
    // Rightwards: ", X", "and X", ", and X".
    let at = body.to
    for (;;) {
      const next = itemAfter(list, at, grammar)
      if (next === undefined) break
      const known = starts.get(next)
      if (known) {
        if (known.type !== 'organization') break
        at = known.to
        continue
      }
      const end = itemEnd(list, next, taken, grammar)
      if (end === undefined) break
      // After a comma alone the item is the list's only if a joint follows it ("Jollibee, Chowking and ..."); else a clause starts.
      if (!grammar.conjunctions.has(list[next - 1]!.text) && !isJoint(list, end, grammar)) break
      add(next, end)
      at = end
    }
    // Leftwards: "X, <body>", "X and <body>".
    let before = body.from
    for (;;) {
      const last = itemBefore(list, before, grammar)
      if (last === undefined) break
      const known = ends.get(last)
      if (known) {
        if (known.type !== 'organization') break
        before = known.from
        continue
      }
      let from = last
      while (from > last - maxItemWords && isNameWord(list[from - 1]) && !taken[from - 1] && list[from]!.start === list[from - 1]!.end + 1)
        from--
      // The first item follows a comma or a word that opens a list ("such as X, <body>"), never a sentence's start ("Meanwhile, ...").
      const opened = list[from - 1]?.text === ',' || grammar.openers.has(list[from - 1]?.text ?? '')
      if (!opened || !isNameWord(list[from]) || taken[from] || itemEnd(list, from, taken, grammar) !== last) break
      add(from, last)
      before = from
    }
  }
  return [...found.values()]
}

/** The first piece of the item after a list's joint at `at` (", ", "and ", ", and "). */
function itemAfter(list: readonly Piece[], at: number, grammar: ListGrammar): number | undefined {
  let next = at
  if (list[next]?.text === ',') next++
  if (grammar.conjunctions.has(list[next]?.text ?? '')) next++
  return next > at && next < list.length ? next : undefined
}

/** Does a list's joint (a comma or a conjunction) stand at `at`? */
function isJoint(list: readonly Piece[], at: number, grammar: ListGrammar): boolean {
  return list[at]?.text === ',' || grammar.conjunctions.has(list[at]?.text ?? '')
}

/** The end (exclusive) of the item before a list's joint ending right before `at`. */
function itemBefore(list: readonly Piece[], at: number, grammar: ListGrammar): number | undefined {
  let last = at
  if (grammar.conjunctions.has(list[last - 1]?.text ?? '')) last--
  if (list[last - 1]?.text === ',') last--
  return last < at && last > 0 ? last : undefined
}

/** The end of a free item of capitalized words at `from`, which the list's next joint or its end must follow. */
function itemEnd(list: readonly Piece[], from: number, taken: readonly boolean[], grammar: ListGrammar): number | undefined {
  if (!isNameWord(list[from]) || taken[from] || grammar.isTitle(list, from)) return undefined
  let end = from + 1
  while (end - from < maxItemWords && isNameWord(list[end]) && !taken[end] && list[end]!.start === list[end - 1]!.end + 1) end++
  const after = list[end]
  // The item ends the list or goes on to the next joint; a capital or a possessive after it is another name's.
  if (after && (isNameWord(after) || /^['’]$/u.test(after.text))) return undefined
  return end
}
