import { alternationWithCapitals } from '../helpers.js'

/** The forms of an English verb a news report tells a happening with. */
export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'gerund'

/** The forms a report of a happening uses: "hit", "hits", "hit", "hit"; the gerund ("hitting") only where a rule asks for it. */
const reportForms: readonly VerbForm[] = ['base', 'present', 'past', 'participle']

const vowel = /[aeiou]/u

/**
 * Verbs whose past and participle are spelled as their base ("hit", "cut",
 * "upset"): a closed class of English, so "upset" never reads "upseted".
 * "beat" keeps its base in the past only ("beaten").
 */
const unchangedPast = new Set([
  'beat',
  'bet',
  'bid',
  'broadcast',
  'burst',
  'cast',
  'cost',
  'cut',
  'forecast',
  'hit',
  'hurt',
  'let',
  'offset',
  'outbid',
  'put',
  'quit',
  'recast',
  'reset',
  'rid',
  'set',
  'shed',
  'shut',
  'slit',
  'split',
  'spread',
  'thrust',
  'undercut',
  'upset'
])

/** Participles of the verbs above that are not their base. */
const unchangedParticiple: Readonly<Record<string, string>> = { beat: 'beaten' }

/**
 * A one-syllable verb ending consonant-vowel-consonant doubles its last
 * letter before -ed and -ing ("slam", "slammed"; "ban", "banning"), except
 * after w, x, y ("show", "showed"); "qu" reads as a consonant ("quit", "quitting").
 */
function doubles(word: string): boolean {
  const syllables = word.match(/[aeiouy]+/gu) ?? []
  // "upset", "offset", "outbid": the verbs that keep their base in the past end on a stressed syllable of their own.
  return (syllables.length === 1 || unchangedPast.has(word)) && /(?:[^aeiou]|qu)[aeiou][^aeiouwxy]$/u.test(word)
}

/** "-s": "hits", "lashes", "buries", "goes". */
function present(word: string): string {
  if (/(?:s|x|z|ch|sh|o)$/u.test(word)) return `${word}es`
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`
  return `${word}s`
}

/** "-ed": "swamped", "declared", "buried", "slammed". */
function regularPast(word: string): string {
  if (word.endsWith('e')) return `${word}d`
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ied`
  if (doubles(word)) return `${word}${word.slice(-1)}ed`
  return `${word}ed`
}

/** "-ing": "striking", "lying", "slamming", "fleeing". */
function gerund(word: string): string {
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`
  if (word.endsWith('e') && !/(?:ee|ye|oe)$/u.test(word) && vowel.test(word.slice(0, -1))) return `${word.slice(0, -1)}ing`
  if (doubles(word)) return `${word}${word.slice(-1)}ing`
  return `${word}ing`
}

/**
 * The forms of a verb lemma, written "swamp", "strike/struck" (an irregular
 * past, also its participle) or "shake/shook/shaken"; a verb that keeps its
 * base in the past ("hit", "upset") needs no slash. A phrasal verb inflects
 * its first word and keeps the rest: "slam into" gives "slammed into".
 */
export function verbForms(lemma: string, forms: readonly VerbForm[] = reportForms): string[] {
  const [head, rest] = splitPhrase(lemma)
  const [base, irregularPast, irregularParticiple] = head.split('/') as [string, string?, string?]
  const past = irregularPast ?? (unchangedPast.has(base) ? base : regularPast(base))
  const of: Record<VerbForm, string> = {
    base,
    present: present(base),
    past,
    participle: irregularParticiple ?? unchangedParticiple[base] ?? past,
    gerund: gerund(base)
  }
  return [...new Set(forms.map((form) => `${of[form]}${rest}`))]
}

/** The first word of a phrase, with its slashed forms, and the rest with its leading blank ("slam", " into"). */
function splitPhrase(lemma: string): [string, string] {
  const space = lemma.indexOf(' ')
  return space === -1 ? [lemma, ''] : [lemma.slice(0, space), lemma.slice(space)]
}

/**
 * A regex alternation of every form of these verb lemmas, lower case and
 * capitalised at a sentence's or a headline's start: `verbs(['hit',
 * 'strike/struck'])` reads "hit", "hits", "struck", "Strikes", ...
 */
export function verbs(lemmas: readonly string[], forms: readonly VerbForm[] = reportForms): string {
  return `(?:${alternationWithCapitals(lemmas.flatMap((lemma) => verbForms(lemma, forms)))})`
}
