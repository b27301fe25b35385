import { ranks, type Candidate } from '../candidates.js'
import { countries } from '../gazetteer/countries.js'
import { demonymAt, longestAt } from '../gazetteer/index.js'
import { lookupFor } from '../helpers.js'
import { isCommonOpener } from './model.js'
import type { Run } from '../runs.js'
import type { Piece } from '../text.js'
import { verbForms, type VerbForm } from '../../event/en/inflect.js'
import { clubRoles, matchFormats, resultsAfterScore, resultVerbs, sidesBefore } from './words.js'

const roleSet = new Set<string>(clubRoles)
const formatSet = new Set<string>(matchFormats)
/** Every form of a result verb: a report's "beat", "beats", "beaten" and a headline's "beating". */
const resultForms: readonly VerbForm[] = ['base', 'present', 'past', 'participle', 'gerund']
const beforeSet = new Set<string>([...resultVerbs.flatMap((lemma) => verbForms(lemma, resultForms)), ...sidesBefore])
const afterScoreSet = new Set<string>(resultsAfterScore)
const countryNames = new Set(countries.map((entry) => entry.canonical))
/** A side's goals in a score. */
const goals = /^\d{1,2}$/u
/** Words of a club's name at most. */
const maxWords = 4

/**
 * Sports clubs named after their city or province, or by a name no list
 * holds, told by the sport around them: '<club> coach' ("Persib coach Bojan
 * Hodak"), '<result> <club> <score>' ("beat Vietnamese champions Nam Dinh
 * 4-1"), '<score> with <club>' ("drew 1-1 with Persib Bandung", "a 2-1 win
 * over Persija Jakarta"). A country there is its national team, read by the
 * rules of places. A name so found is the club's wherever else it stands
 * alone in the text ("Nam Dinh pulled one back").
 */
export function clubs(list: readonly Piece[], runs: readonly Run[]): Candidate[] {
  const cued = runs.filter(
    (run) => run.to - run.from <= maxWords && !isCountry(list, run) && !isCommonOpener(list, run) && clubRule(list, run) !== undefined
  )
  const names = new Set(cued.map((run) => textOf(list, run)))
  return runs
    .filter((run) => names.has(textOf(list, run)))
    .map((run) => ({ ...run, type: 'organization' as const, rank: ranks.framed, rule: clubRule(list, run) ?? '<club>' }))
}

/** The cue that makes the run a club, by its rule's name. */
function clubRule(list: readonly Piece[], run: Run): string | undefined {
  const after = list[run.to]
  // "Test captain": a form of the game, no club.
  if (after && roleSet.has(after.text) && !(run.to - run.from === 1 && formatSet.has(list[run.from]!.text))) return '<club> coach'
  if (beforeSet.has(list[run.from - 1]?.text ?? '') && isScore(list, run.to)) return '<result> <club> <score>'
  if (afterScoreSet.has(list[run.from - 1]?.text ?? '') && isScoreBefore(list, run.from - 1)) return '<score> with <club>'
  return undefined
}

/** A score within the two words before `at` ("1-1 with", "2-1 win over"). */
function isScoreBefore(list: readonly Piece[], at: number): boolean {
  return isScore(list, at - 3) || isScore(list, at - 4)
}

/** A match's score from `at`, its pieces glued: "4-1", "1–1". */
function isScore(list: readonly Piece[], at: number): boolean {
  const [home, dash, away] = [list[at], list[at + 1], list[at + 2]]
  return (
    home !== undefined &&
    dash !== undefined &&
    away !== undefined &&
    goals.test(home.text) &&
    /^[-–]$/u.test(dash.text) &&
    goals.test(away.text) &&
    home.end === dash.start &&
    dash.end === away.start
  )
}

/** A country ("Thailand coach") or its people ("Dutch defender"): a national team or a nationality, no club. */
function isCountry(list: readonly Piece[], run: Run): boolean {
  if (demonymAt(lookupFor('en'), list, run.from) === run.to) return true
  const hit = longestAt(lookupFor('en'), list, run.from)
  return hit !== undefined && hit.to === run.to && countryNames.has(hit.entry.canonical)
}

function textOf(list: readonly Piece[], run: Run): string {
  return list
    .slice(run.from, run.to)
    .map((piece) => piece.text)
    .join(' ')
}
