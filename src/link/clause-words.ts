import type { Lang } from '../lang.js'

/**
 * Conjunctions that open a new clause inside a sentence (data only). Words
 * that are also something else are left out: "and" joins names ("Vietnam
 * and Pakistan"), Vietnamese "còn" is also "still", "song" is in "song phương".
 */
export const clauseWords: Readonly<Record<Lang, readonly string[]>> = {
  en: ['while', 'whereas', 'but', 'although', 'though', 'which', 'whilst'],
  vi: ['trong khi', 'nhưng', 'tuy nhiên', 'mặc dù', 'trong đó']
}
