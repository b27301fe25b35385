/**
 * English function words frequent in any prose and words of no other major
 * language written in Latin letters (so not "a", "on", "in", "as"): a fifth
 * to a quarter of the words of English news, none of French or German news.
 */
export const englishFunctionWords: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'to',
  'is',
  'was',
  'for',
  'that',
  'with',
  'by',
  'from',
  'its',
  'has',
  'have',
  'are',
  'were',
  'said',
  'which',
  'this',
  'it',
  'be',
  'at',
  'their',
  'will',
  'been',
  'not'
])
