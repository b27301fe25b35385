import { ranks, type Candidate } from '../candidates.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor, startsSentence } from '../helpers.js'
import type { Run } from '../runs.js'
import type { Piece } from '../text.js'
import { opensTitle } from './titles.js'
import { paperHeads } from './words.js'

/** Words of a name after its article, at most ("The Nation Thailand", "The Straits Times"). */
const maxWords = 3
/** Last words of a paper's name: its "The" opens the name even at a sentence's start ("The Hanoi Times said ..."). */
const mastheads = new Set<string>([
  ...paperHeads,
  'Star',
  'Inquirer',
  'Express',
  'Chronicle',
  'Observer',
  'Standard',
  'Mirror',
  'Telegraph',
  'Guardian'
])

/**
 * 'The <name>': inside a sentence, a capital "The" is part of the name it
 * opens, as papers and magazines call themselves ("told The Hindu",
 * "according to The Saigon Times", "Bernama and The Nation Thailand"). A
 * lower-case word or a comma must stand before it: at a sentence's start,
 * after a quotation mark (a work's title) and between the capitals of a
 * title-case headline, "The" says nothing. A place so named stays one
 * ("in The Hague"); a title after it opens no name ("The President").
 * 'The <name> <masthead>': at a sentence's start a run closing with a
 * paper's word ("The Hanoi Times reported ...") is still the paper's name
 * with its "The"; "The Ministry", "The Company" are no paper's.
 */
export function publications(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = []
  for (const run of runs) {
    const article = list[run.from - 1]
    const before = list[run.from - 2]
    if (article?.text !== 'The' || run.to - run.from > maxWords) continue
    if (longestAt(lookupFor('en'), list, run.from - 1) || opensTitle(list[run.from])) continue
    if (startsSentence(list, run.from - 1)) {
      if (mastheads.has(list[run.to - 1]!.text) && run.to - run.from >= 2)
        found.push({ from: run.from - 1, to: run.to, type: 'organization', rank: ranks.framed, rule: 'The <name> <masthead>' })
      continue
    }
    if (!before || !(before.text === ',' || (before.word && /^\p{Ll}/u.test(before.text)))) continue
    found.push({ from: run.from - 1, to: run.to, type: 'organization', rank: ranks.framed, rule: 'The <name>' })
  }
  return found
}
