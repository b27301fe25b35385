import { dimension, regex, regexOf, rule, tokenOf, type Context, type Match, type Rule, type Token } from '../../engine/rule.js'
import type { Lang } from '../../lang.js'
import { digitsSource, digitsValue } from '../numeral/digits.js'
import { rangeOf } from '../figure/helpers.js'
import { alternation } from '../../engine/alternation.js'
import { signs } from './currencies.js'
import {
  amountOf,
  currencyOnly,
  isAmount,
  isCents,
  isCurrencyOnly,
  isPriced,
  isUnnamed,
  isYearLike,
  money,
  settle,
  sharedCurrency
} from './helpers.js'
import type { MoneyValue } from './types.js'

/** What a language brings to the money rules shared by all: its words and connectors. */
export interface MoneyWords {
  readonly lang: Lang
  /** Currency words to ISO 4217 codes, matched case-insensitively. */
  readonly currencyWords: Readonly<Record<string, string>>
  readonly centWords: readonly string[]
  /** Stands for one before a currency: "a dollar", "một đô". */
  readonly article: RegExp
  /** Joins dollars and cents: "and", "và". */
  readonly and: RegExp
  /** Opens a two-sided range and joins its ends: "between ... and", "giữa ... và". */
  readonly between: RegExp
  readonly betweenAnd: RegExp
  /** Opens a range whose ends are joined by `to`: "from", "từ". */
  readonly from: RegExp
  readonly to: RegExp
  /**
   * Whether "from <money> to <money>" with a currency on both ends is a range.
   * In English news it reports a change ("rose from $5m to $9m"): two figures.
   */
  readonly fromPricedIsRange: boolean
  /** Joins a range's ends without an opener ("1000 tới 2000 đồng"), where the language does so. */
  readonly bareTo?: RegExp
}

/** A dash between the two ends of a range: "10-20", "$5 – $10". */
const dash = /[-–—]/u
/** Cents glued to their digits: "43c", "10¢". */
const gluedCents = /(\d{1,2})[c¢]/u
/** What may follow the cents of "$30 25": the end of the text or of a clause, never a word. */
const clauseEnd = /^[ \t]*(?:$|[.,;:!?)\]])/u

/** Builds the money rules every language shares, with that language's words. */
export function moneyRules(words: MoneyWords): Rule<'money'>[] {
  const { lang } = words
  /** Currency signs and codes, case-sensitive: "$", "US$", "USD", "RM", "Rs.". */
  const sign = new RegExp(`(${alternation(Object.keys(signs))})`, 'u')
  /** Currency words, any case: "dollars", "triệu đồng" is "đồng". */
  const word = new RegExp(`(${alternation(Object.keys(words.currencyWords))})`, 'iu')
  const cent = new RegExp(`(?:${alternation(words.centWords)})`, 'iu')
  /** A code glued to digits, before or after them: "USD2.75", "Rs20", "42MYR", "10.000đ". */
  // Matched in any case, so written in lower case, once each ("VND" and "vnd" are one): the list can then be a trie.
  const codeKeys = [...Object.keys(signs), ...Object.keys(words.currencyWords)].filter((key) => /^\p{L}/u.test(key) || /\p{L}$/u.test(key))
  const codes = alternation(new Set(codeKeys.map((key) => key.toLowerCase())))
  const number = digitsSource(lang)
  const codeThenDigits = new RegExp(`(${codes})${number}`, 'iu')
  const digitsThenCode = new RegExp(`${number}(${codes})`, 'iu')
  const currencyOfWord = (text: string): string => words.currencyWords[text.toLowerCase().replace(/\s+/gu, ' ')]!
  const codeValue = (text: string): string | undefined =>
    signs[text] ?? words.currencyWords[text.toLowerCase()] ?? signs[text.toUpperCase()]

  const currencySign = rule({
    name: 'currency sign',
    dimension: 'money',
    pattern: [regex(sign)],
    produce: ([match], context) => {
      const { groups, start, end } = regexOf(match)
      return currencyOnly(settle(groups[1]!, signs[groups[1]!]!, start, end, context))
    }
  })

  const currencyWord = rule({
    name: 'currency word',
    dimension: 'money',
    pattern: [regex(word)],
    produce: ([match], context) => {
      const { groups, start, end } = regexOf(match)
      return currencyOnly(settle(groups[1]!, currencyOfWord(groups[1]!), start, end, context))
    }
  })

  const bareAmount = rule({
    name: '<amount> (no currency yet)',
    dimension: 'money',
    pattern: [dimension('numeral', isAmount)],
    produce: ([number], context) => {
      const token = tokenOf(number, 'numeral')
      return isYearLike(token, context) ? undefined : { value: amountOf(token), latent: true }
    }
  })

  const currencyAmount = rule({
    name: '<currency> <amount>',
    dimension: 'money',
    pattern: [dimension('money', isCurrencyOnly), dimension('numeral', isAmount)],
    produce: ([currency, number], context) => {
      const head = tokenOf(currency, 'money')
      const amount = tokenOf(number, 'numeral')
      // "USD 2011" in a list of yearly figures is a currency, then a year.
      if (amount.start > head.end && isYearLike(amount, context)) return undefined
      return money(amountOf(amount), head.value.currency!, head.start, context)
    }
  })

  const amountCurrency = rule({
    name: '<amount> <currency>',
    dimension: 'money',
    pattern: [dimension('numeral', isAmount), dimension('money', isCurrencyOnly)],
    produce: ([number, currency], context) => {
      const amount = tokenOf(number, 'numeral')
      return money(amountOf(amount), tokenOf(currency, 'money').value.currency!, amount.start, context)
    }
  })

  /** A code glued to digits: `codeGroup` and `digitsGroup` say where each is captured. */
  const glued = (name: string, expression: RegExp, codeGroup: number, digitsGroup: number) =>
    rule({
      name,
      dimension: 'money',
      pattern: [regex(expression)],
      produce: ([match], context) => {
        const found = regexOf(match)
        const form = found.groups[codeGroup]!
        const currency = codeValue(form)
        const value = digitsValue(found.groups, digitsGroup, lang)
        return currency ? money({ value }, settle(form, currency, found.start, found.end, context), found.start, context) : undefined
      }
    })

  const gluedCodeAmount = glued('<code><digits>', codeThenDigits, 1, 2)
  const gluedAmountCode = glued('<digits><code>', digitsThenCode, 4, 1)

  const aCurrency = rule({
    name: 'a <currency>',
    dimension: 'money',
    // Words only: "a $5 billion deal" is not "a $".
    pattern: [regex(words.article), regex(word)],
    produce: ([article, word], context) => {
      const name = regexOf(word)
      const currency = settle(name.groups[1]!, currencyOfWord(name.groups[1]!), name.start, name.end, context)
      return money({ value: 1 }, currency, regexOf(article).start, context)
    }
  })

  const amountCents = rule({
    name: '<amount> cents',
    dimension: 'money',
    pattern: [dimension('numeral', isAmount), regex(cent)],
    // Cents name no currency; a dollar's are the common reading when nothing else says.
    produce: ([number]) => ({ value: { value: tokenOf(number, 'numeral').value.value / 100, currency: 'USD', cents: true } })
  })

  const amountGluedCents = rule({
    name: '<digits>c',
    dimension: 'money',
    pattern: [regex(gluedCents)],
    produce: ([match]) => ({ value: { value: Number(regexOf(match).groups[1]) / 100, currency: 'USD', cents: true } })
  })

  /** A whole amount and its cents after it; `centsOf` reads the cents (in units) or declines. */
  const plusCents = (
    name: string,
    pattern: Rule<'money'>['pattern'],
    centsOf: (whole: Token<'money'>, last: Match, context: Context) => number | undefined
  ) =>
    rule({
      name,
      dimension: 'money',
      pattern,
      produce: (matches, context) => {
        const whole = tokenOf(matches[0], 'money')
        const last = matches[matches.length - 1]!
        const units = whole.value.value
        const cents = centsOf(whole, last, context)
        if (units === undefined || !Number.isInteger(units) || cents === undefined) return undefined
        return money({ value: units + cents }, whole.value.currency!, whole.start, context)
      }
    })

  /** "43 cents" after an amount. */
  const centsWord = (_whole: Token<'money'>, last: Match) => {
    const cents = tokenOf(last, 'money').value.value!
    return cents < 1 ? cents : undefined
  }
  /**
   * "$30 25", "thirty ringgit and 25": a bare number of cents, only after an
   * amount without a scale and where nothing follows, so "$20 43 times" or
   * "$20 and 43 people" stay apart.
   */
  const centsNumber = (whole: Token<'money'>, last: Match, context: Context) => {
    const cents = tokenOf(last, 'numeral').value.value
    if (whole.value.grain !== undefined || !Number.isInteger(cents) || cents < 1 || cents > 99) return undefined
    return clauseEnd.test(context.text.slice(last.end)) ? cents / 100 : undefined
  }

  const priced = dimension('money', isPriced)
  const moneyCents = plusCents('<money> <cents>', [priced, dimension('money', isCents)], centsWord)
  const moneyAndCents = plusCents('<money> and <cents>', [priced, regex(words.and), dimension('money', isCents)], centsWord)
  const moneyNumber = plusCents('<money> <cents number>', [priced, dimension('numeral', isAmount)], centsNumber)
  const moneyAndNumber = plusCents('<money> and <cents number>', [priced, regex(words.and), dimension('numeral', isAmount)], centsNumber)

  const range = (low: MoneyValue, high: MoneyValue, start: number, context: Context) => {
    const currency = sharedCurrency(low, high)
    const quantity = rangeOf(low, high)
    return currency && quantity ? money(quantity, currency, start, context) : undefined
  }
  const end = dimension('money', (token) => !isCurrencyOnly(token) && !isCents(token) && token.value.bound === undefined)

  /** Two ends joined by a connector alone: "30-40 dollars", "$5-10 million". */
  const joined = (name: string, connector: RegExp) =>
    rule({
      name,
      dimension: 'money',
      pattern: [end, regex(connector), end],
      produce: ([low, , high], context) => {
        const a = tokenOf(low, 'money')
        const b = tokenOf(high, 'money')
        return range(a.value, b.value, a.start, context)
      }
    })

  const dashRange = joined('<amount>-<amount>', dash)

  const betweenRange = rule({
    name: 'between <amount> and <amount>',
    dimension: 'money',
    pattern: [regex(words.between), end, regex(words.betweenAnd), end],
    produce: ([opener, low, , high], context) =>
      range(tokenOf(low, 'money').value, tokenOf(high, 'money').value, regexOf(opener).start, context)
  })

  const fromRange = rule({
    name: 'from <amount> to <amount>',
    dimension: 'money',
    pattern: [regex(words.from), end, regex(words.to), end],
    produce: ([opener, low, , high], context) => {
      const a = tokenOf(low, 'money')
      if (!words.fromPricedIsRange && !isUnnamed(a)) return undefined
      return range(a.value, tokenOf(high, 'money').value, regexOf(opener).start, context)
    }
  })

  const bareRange = words.bareTo ? [joined('<amount> to <amount>', words.bareTo)] : []

  return [
    currencySign,
    currencyWord,
    bareAmount,
    currencyAmount,
    amountCurrency,
    gluedCodeAmount,
    gluedAmountCode,
    aCurrency,
    amountCents,
    amountGluedCents,
    moneyCents,
    moneyAndCents,
    moneyNumber,
    moneyAndNumber,
    dashRange,
    betweenRange,
    fromRange,
    ...bareRange
  ]
}
