import { ranks, type Candidate } from '../candidates.js'
import type { Run } from '../runs.js'
import type { Piece } from '../text.js'
import { phraseSet } from '../trie.js'
import { facilityHeads, stormHeads, thingsAfter } from './words.js'

const stormSet = phraseSet(stormHeads)
const facilitySet = new Set<string>(facilityHeads)
const thingSet = new Set<string>(thingsAfter)

/**
 * Names of things that are no person, place or body, claimed so that no
 * other rule reads them as one: '<storm> <name>' ("Typhoon Yagi"),
 * '<name> <facility>' ("Phong Chau Bridge", "SEA Games"), '<name> project'
 * ("the 6A Binh Chanh project").
 */
export function nonNames(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = []
  for (const run of runs) {
    const storm = stormSet.longest(list, run.from)
    if (storm && storm.to < run.to) found.push({ ...run, type: 'none', rank: ranks.grammar, rule: '<storm> <name>' })
    else if (facilitySet.has(list[run.to - 1]!.text) && run.to - run.from >= 2)
      found.push({ ...run, type: 'none', rank: ranks.grammar, rule: '<name> <facility>' })
    else if (thingSet.has(list[run.to]?.text ?? '')) found.push({ ...run, type: 'none', rank: ranks.grammar, rule: '<name> project' })
  }
  return found
}
