import { moneyRules } from '../rules.js'
import { centWords, words } from './currencies.js'

/**
 * Change words right before "from $5m to $9m" or "$2bn to $5bn": a change,
 * two figures, not a range ("rose from $5m to $9m", "increased by $2bn to
 * $5bn"); "from $10 to $20" alone, and "$2 billion to $3 billion", are ranges.
 */
const changeBefore =
  /(?<![\p{L}\p{N}])(?:rose|risen|rising|rises?|increased?|increases|increasing|grew|grown|growing|grows?|jumped|jumps?|climbed|climbs?|surged|soared|gained|fell|fallen|falling|falls?|dropped|drops?|declined|declines?|decreased|decreases?|slipped|slid|plunged|plummeted|shrank|contracted|expanded|went|went up|went down|moved|changed|edged up|edged down|up|down|raised?|raising|cut|cuts|lowered|lower|boosted|boost|lifted|lift|revised|doubled|tripled|widened|narrowed|swelled|improved)(?:\s+(?:by|from))?\s*$/iu

export const rules = moneyRules({
  lang: 'en',
  currencyWords: words,
  centWords,
  article: /an?/iu,
  and: /and/iu,
  between: /between/iu,
  betweenAnd: /and/iu,
  from: /from/iu,
  to: /to/iu,
  changeBefore,
  bareTo: /to/iu,
  said: { a: 'a', and: 'and', between: 'between', from: 'from', to: 'to', cents: 'cents' }
})
