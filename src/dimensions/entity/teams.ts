import type { Lang } from '../../lang.js'
import { ranks, type Candidate } from './candidates.js'
import { countries } from './gazetteer/countries.js'
import { longestAt } from './gazetteer/index.js'
import { lookupFor } from './helpers.js'
import type { Piece } from './text.js'

const countryNames = new Set(countries.map((entry) => entry.canonical))

/** An age group of a national team: "U23", "U19". */
const ageGroup = /^U\d{2}$/u

/**
 * '<age group> <country>' and '<country> <age group>': national teams are
 * organizations, not places ("U23 Việt Nam", "Vietnam U23", "U19 Thái Lan");
 * an age group with a continent names a tournament ("U23 châu Á").
 */
export function teams(list: readonly Piece[], lang: Lang): Candidate[] {
  const lookup = lookupFor(lang)
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (!ageGroup.test(list[index]!.text)) continue
    const after = longestAt(lookup, list, index + 1)
    if (after?.entry.type === 'place' && countryNames.has(after.entry.canonical)) {
      found.push({ from: index, to: after.to, type: 'organization', rank: ranks.framed, rule: '<age group> <country>' })
      continue
    }
    for (let from = Math.max(0, index - 4); from < index; from++) {
      const before = longestAt(lookup, list, from)
      if (before?.entry.type !== 'place' || before.to !== index || !countryNames.has(before.entry.canonical)) continue
      found.push({ from, to: index + 1, type: 'organization', rank: ranks.framed, rule: '<country> <age group>' })
      break
    }
  }
  return found
}
