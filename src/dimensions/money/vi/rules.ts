import { dimension, regex, regexOf, rule, tokenOf } from '../../../engine/rule.js'
import { withLead } from '../../../quantity/helpers.js'
import { isPriced } from '../helpers.js'
import { moneyRules } from '../rules.js'
import { centWords, words } from './currencies.js'

/** "từ" before an amount that "trở lên" / "trở xuống" bounds: "từ 7.000 đồng trở xuống". */
const from = /từ/iu
/** "trở lên" (and up) or "trở xuống" (and down) after an amount. */
const upOrDown = /trở\s+(lên|xuống)/iu

export const fromAmountOnward = rule({
  name: 'từ <money> trở lên|xuống',
  dimension: 'money',
  pattern: [regex(from), dimension('money', isPriced), regex(upOrDown)],
  produce: ([opener, amount, direction], context) => {
    const value = tokenOf(amount, 'money').value
    if (value.value === undefined) return undefined
    const bound = regexOf(direction).groups[1]!.toLowerCase() === 'lên' ? 'min' : 'max'
    return { value: withLead({ value: value.value, currency: value.currency, approx: true, bound }, regexOf(opener).start, context) }
  }
})

export const rules = [
  ...moneyRules({
    lang: 'vi',
    currencyWords: words,
    centWords,
    article: /một/iu,
    and: /và/iu,
    between: /giữa/iu,
    betweenAnd: /và/iu,
    from: /từ/iu,
    to: /đến|tới/iu,
    bareTo: /đến|tới/iu,
    said: { a: 'một', and: 'và', between: 'giữa', from: 'từ', to: 'đến|tới', cents: 'xu' }
  }),
  fromAmountOnward
]
