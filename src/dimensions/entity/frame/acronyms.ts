import type { Lang } from '../../../lang.js'
import { ranks, type Candidate } from '../candidates.js'
import { longestAt } from '../gazetteer/index.js'
import { isDefinedAcronym, lookupFor } from '../helpers.js'
import { isNameWord } from '../runs.js'
import type { Piece } from '../text.js'
import { phraseSet, type PhraseTrie } from '../trie.js'
import { isBodyAcronym } from './index.js'

/** What tells, around an acronym, that it names a body. */
export interface AcronymCues {
  /** Lower-case nouns of a body before it: "tập đoàn SCG", "the". */
  readonly before: PhraseTrie<string>
  /** Verbs of saying after it: "EVN cho hay", "the MPC said". */
  readonly after: PhraseTrie<string>
}

export function acronymCues(before: readonly string[], after: readonly string[]): AcronymCues {
  return { before: phraseSet(before), after: phraseSet(after) }
}

/**
 * '<cue> <acronym>': an acronym no list holds, named as a body by its place
 * in the sentence ("the DOH routine surveillance system", "tập đoàn SCG",
 * "EVN cho hay"). Bracketed acronyms are the acronym dimension's.
 */
export function acronymsInContext(text: string, list: readonly Piece[], lang: Lang, cues: AcronymCues): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const piece = list[index]!
    if (!piece.word || !isBodyAcronym(piece.text) || isDefinedAcronym(text, list, index) || longestAt(lookupFor(lang), list, index))
      continue
    // Part of a longer name ("VKSND Cấp cao", "SEA Games"): the rules of names decide.
    if (isNameWord(list[index + 1]) && list[index + 1]!.start === piece.end + 1) continue
    // "the US$20 billion programme": a currency's prefix, no body.
    if (list[index + 1]?.text === '$' && list[index + 1]!.start === piece.end) continue
    const cuedBefore = index > 0 && endsAt(cues.before, list, index)
    const cuedAfter = cues.after.longest(list, index + 1) !== undefined || list[index + 1]?.text === '’' || list[index + 1]?.text === "'"
    if (!cuedBefore && !cuedAfter) continue
    found.push({ from: index, to: index + 1, type: 'organization', rank: ranks.grammar, rule: '<cue> <acronym>' })
  }
  return found
}

/** Does a phrase of the trie end right before piece `index` (one to three pieces long)? */
function endsAt(trie: PhraseTrie<string>, list: readonly Piece[], index: number): boolean {
  for (let length = 1; length <= 3 && index - length >= 0; length++) {
    if (trie.longest(list, index - length)?.to === index) return true
  }
  return false
}
