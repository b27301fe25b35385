import { ranks, type Candidate } from '../candidates.js'
import type { Piece } from '../text.js'
import { isNameWord } from '../runs.js'
import { personEnd } from './names.js'

/** What a wire's sign-off credits before "by" ("Reporting by", "Additional reporting by", "Editing by"). */
const creditRoles = /^(?:Reporting|reporting|Writing|writing|Editing|editing|Compiled|compiled|Written|written|Edited|edited)$/u

/**
 * '<credit role> by <person>' and 'By <person>': the people who sign a
 * story, one or several ("Reporting by Mai Lan and A. Rahman in Hanoi;
 * Editing by Tom Hart", "By Siti Aisyah and Ravi Kumar" opening a line).
 * A line's "By" signs only two words or more ("By Monday, ..." does not).
 */
export function signatures(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const credited = creditRoles.test(list[index]!.text) && list[index + 1]?.text === 'by'
    const opening = index === 0 && list[0]!.text === 'By'
    if (!credited && !opening) continue
    let at = credited ? index + 2 : 1
    const rule = credited ? '<credit role> by <person>' : 'By <person>'
    for (;;) {
      const end = personEnd(list, at)
      if (end === undefined || (opening && end - at < 2)) break
      found.push({ from: at, to: end, type: 'person', rank: ranks.framed, rule })
      // "A in Hanoi and B": where a signer reported from is left to the rules of places.
      const next = list[end]?.text === 'in' ? placeEnd(list, end + 1) : end
      // "A, B and C": the next signer after a comma or "and".
      if (!/^(?:,|and)$/u.test(list[next]?.text ?? '')) break
      at = next + 1
    }
    index = at
  }
  return found
}

/** The piece after the capitalized words of a place at `from`. */
function placeEnd(list: readonly Piece[], from: number): number {
  let at = from
  while (isNameWord(list[at])) at++
  return at
}
