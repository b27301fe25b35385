import { ranks, type Candidate } from '../candidates.js'
import { longestAt } from '../gazetteer/index.js'
import { lookupFor } from '../helpers.js'
import type { Run } from '../runs.js'
import type { Piece } from '../text.js'

/** Is the piece at `at` the "based" of "<place>-based", glued to its dash? */
function isBasedAt(list: readonly Piece[], at: number): boolean {
  const dash = list[at - 1]
  return list[at]?.text === 'based' && dash?.text === '-' && dash.end === list[at].start && dash.start === list[at - 2]?.end
}

/**
 * "Manila-based Asian Development Bank": "-based" says where what follows
 * sits; the place before it and the name after it are two names, and
 * "-based" is part of neither.
 */
export function cutAtBased(list: readonly Piece[], run: Run): Run[] {
  for (let at = run.from + 2; at < run.to; at++) {
    if (!isBasedAt(list, at)) continue
    const after = at + 1 < run.to ? cutAtBased(list, { from: at + 1, to: run.to }) : []
    return [{ from: run.from, to: at - 1 }, ...after]
  }
  return [run]
}

/**
 * '<place>-based <name>': a name right after "London-based", "Dhaka-based"
 * is a body's: a firm, an institute, a group ("Singapore-based Tamarind
 * Partners"); a person there takes a role word first ("London-based analyst
 * Jane Doe").
 */
export function basedBodies(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  return (
    runs
      .filter((run) => isBasedAt(list, run.from - 1))
      // "Hanoi-based Vietnam ...": a known name after it is read as it is known.
      .filter((run) => !longestAt(lookupFor('en'), list, run.from))
      .map((run) => ({ ...run, type: 'organization' as const, rank: ranks.grammar, rule: '<place>-based <name>' }))
  )
}
