/** English words for counts (data only). */

/** Durations and their unit: "50 years" is counted in "year". */
export const durations: Readonly<Record<string, string>> = {
  year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week',
  day: 'day', days: 'day', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
  hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute'
}

/** Words that follow numbers without being counted: function words, verbs, months, other figures' units. */
export const stop: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'as', 'than',
  'into', 'over', 'under', 'per', 'via', 'about', 'after', 'before', 'since', 'until', 'up', 'down', 'out',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may',
  'said', 'says', 'percent', 'pct', 'times', 'fold', 'more', 'less', 'fewer', 'most', 'least', 'other', 'others',
  'which', 'that', 'who', 'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her', 'our', 'we', 'they', 'he', 'she',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'am', 'pm', 'st', 'nd', 'rd', 'th', 'per cent', 'each', 'apiece', 'too', 'also', 'not', 'only', 'just'
]

/** Words after which a number names something: "No. 5", "number 10", "Article 5". */
export const naming: readonly string[] = ['no', 'number', 'article', 'chapter', 'phase', 'page', 'round', 'resolution', 'section', 'grade', 'level', 'room', 'route', 'line']

/** Capitalized words that may open a count at the start of a phrase. */
export const openers: readonly string[] = ['some', 'about', 'around', 'nearly', 'almost', 'over', 'more', 'the', 'all', 'only', 'just']
