import { moneyRules } from '../rules.js'
import { centWords, words } from './currencies.js'

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
  fromPricedIsRange: false
})
