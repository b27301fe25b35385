import { dimension, regex, regexOf, rule, tokenOf } from '../../engine/rule.js'
import type { Context, Match, Produced, Rule, Token } from '../../engine/rule.js'
import type { Lang } from '../../lang.js'
import { digitsSource, digitsValue, suffixScales } from '../numeral/digits.js'
import { isScale, times } from '../numeral/helpers.js'
import { rangeOf } from '../../quantity/helpers.js'
import { alternation } from '../../engine/alternation.js'
import { allSigns, codes, sharedSigns, signs, type Written } from './currencies.js'
import {
  amountOf,
  currencyOnly,
  denomination,
  denominationOf,
  isAmount,
  isCents,
  isCurrencyOnly,
  isPriced,
  isUnnamed,
  isYearLike,
  money,
  sharedDenomination
} from './helpers.js'
import type { MoneyValue } from './types.js'

/** What a language brings to the money rules shared by all: its words and connectors. */
export interface MoneyWords {
  readonly lang: Lang
  /** Currency words and the currency each names, matched case-insensitively. */
  readonly currencyWords: Readonly<Record<string, Written>>
  /** Words for a hundredth of a currency, and the currency they are read in alone. */
  readonly centWords: Readonly<Record<string, string>>
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
   * Words right before "from <money> to <money>" or "<money> to <money>" that
   * make it a change, two figures, not a range: "rose from $5m to $9m",
   * "increased by $2bn to $5bn". Absent where the language says a change
   * with words of its own ("tăng từ 5 lên 9 triệu USD").
   */
  readonly changeBefore?: RegExp
  /** Joins a range's ends without an opener: "$2 billion to $3 billion", "1000 tới 2000 đồng". */
  readonly bareTo: RegExp
  /** The words above as the rules' names write them, so that each name is in its language: "between", "giữa". */
  readonly said: {
    readonly a: string
    readonly and: string
    readonly between: string
    readonly from: string
    readonly to: string
    readonly cents: string
  }
}

/** A dash between the two ends of a range: "10-20", "$5 – $10". */
const dash = /[-–—]/u
/** Cents glued to their digits: "43c", "10¢". */
const gluedCents = /(\d{1,2})[c¢]/u
/** What may follow the cents of "$30 25": the end of the text or of a clause, never a word. */
const clauseEnd = /^[ \t]*(?:$|[.,;:!?)\]])/u
/** Signs that are money only glued to their digits: "P2.33 billion", never "P 2". */
const gluedOnly = new Set(['P'])
/** A scale an amount of money may take after its digits: a thousand and more ("RM2.8 trillion", "VND42 trillion"). */
const smallestScale = 3

/** Builds the money rules every language shares, with that language's words. */
export function moneyRules(words: MoneyWords): Rule<'money'>[] {
  const { lang } = words
  const written = (form: string): Written | undefined =>
    signs[form] ?? sharedSigns[form] ?? (codes.includes(form) ? form : undefined) ?? wordWritten(form)
  const wordWritten = (form: string): Written | undefined => words.currencyWords[form.toLowerCase().replace(/\s+/gu, ' ')]
  /** Currency signs and codes, case-sensitive: "$", "US$", "USD", "RM", "Rs.". */
  const standalone = [...allSigns, ...codes].filter((form) => !gluedOnly.has(form))
  const sign = new RegExp(`(${alternation(standalone)})`, 'u')
  /** A sign right before an amount: that amount is priced by it, never a range's bare end ("$5 million to $9 million"). */
  const signBefore = new RegExp(`(?:${alternation(standalone)})[ \\t]?$`, 'u')
  /** Currency words, any case: "dollars", "triệu đồng" is "đồng". */
  const word = new RegExp(`(${alternation(Object.keys(words.currencyWords))})`, 'iu')
  const cent = new RegExp(`(${alternation(Object.keys(words.centWords))})`, 'iu')
  const number = digitsSource(lang)
  /** A sign or code ending with a letter, glued to the digits after it: "USD2.75", "Rs20", "VND42", "P2.33". Case-sensitive. */
  const gluedBefore = [...allSigns, ...codes].filter((form) => /\p{L}$/u.test(form))
  const signThenDigits = new RegExp(`(${alternation(gluedBefore)})${number}`, 'u')
  /** A code or word glued to the digits before it, any case: "42MYR", "20Rs", "10.000đ". */
  const gluedAfter = [...allSigns, ...codes, ...Object.keys(words.currencyWords)].filter((key) => /^\p{L}/u.test(key))
  const digitsThenCode = new RegExp(`${number}(${alternation(new Set(gluedAfter.map((key) => key.toLowerCase())))})`, 'iu')
  const writtenAnyCase = (form: string): Written | undefined => written(form) ?? written(form.toUpperCase()) ?? wordWritten(form)

  /** A currency written at `match` as a latent building block, or nothing when it is not money here. */
  const currencyAt = (form: string, reading: Written | undefined, context: Context) => {
    const found = reading === undefined ? undefined : denomination(form, reading, context)
    return found ? currencyOnly(found) : undefined
  }

  const currencySign = rule({
    name: '<currency sign>',
    dimension: 'money',
    pattern: [regex(sign)],
    produce: ([match], context) => {
      const form = regexOf(match).groups[1]!
      return currencyAt(form, written(form), context)
    }
  })

  const currencyWord = rule({
    name: '<currency word>',
    dimension: 'money',
    pattern: [regex(word)],
    produce: ([match], context) => {
      const form = regexOf(match).groups[1]!
      return currencyAt(form, wordWritten(form), context)
    }
  })

  const bareAmount = rule({
    name: '<amount>',
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
      return money(amountOf(amount), denominationOf(head.value), head.start, context)
    }
  })

  const amountCurrency = rule({
    name: '<amount> <currency>',
    dimension: 'money',
    pattern: [dimension('numeral', isAmount), dimension('money', isCurrencyOnly)],
    produce: ([number, currency], context) => {
      const amount = tokenOf(number, 'numeral')
      return money(amountOf(amount), denominationOf(tokenOf(currency, 'money').value), amount.start, context)
    }
  })

  /** A code glued to digits: `codeGroup` and `digitsGroup` say where each is captured. */
  const glued = (name: string, expression: RegExp, codeGroup: number, digitsGroup: number, read: (form: string) => Written | undefined) =>
    rule({
      name,
      dimension: 'money',
      pattern: [regex(expression)],
      produce: ([match], context) => {
        const found = regexOf(match)
        const form = found.groups[codeGroup]!
        const reading = read(form)
        const currency = reading === undefined ? undefined : denomination(form, reading, context)
        if (!currency) return undefined
        const suffix = found.groups[digitsGroup + 1] ?? found.groups[digitsGroup + 2]
        const value = digitsValue(found.groups, digitsGroup, lang)
        return money(suffix ? { value, grain: Math.log10(suffixScales[suffix]!) } : { value }, currency, found.start, context)
      }
    })

  const gluedCodeAmount = glued('<code><digits>', signThenDigits, 1, 2, written)
  const gluedAmountCode = glued('<digits><code>', digitsThenCode, 4, 1, writtenAnyCase)

  /**
   * The scale word after an amount whose currency is glued to its digits:
   * "VND42 trillion", "RM2.8 trillion", "USD15 billion", "Rs1.5 trillion"
   * (the digits and the sign make one word, so the scale cannot join the
   * number before the currency does).
   */
  const amountScale = rule({
    name: '<money> <scale>',
    dimension: 'money',
    pattern: [
      dimension('money', (token) => isPriced(token) && token.value.value !== undefined && token.value.grain === undefined),
      dimension('numeral', (token) => isScale(token) && (token.value.grain ?? 0) >= smallestScale)
    ],
    produce: ([amount, scale], context) => {
      const head = tokenOf(amount, 'money')
      const factor = tokenOf(scale, 'numeral').value
      // The lead words ("more than") are read again before the whole amount.
      return money({ value: times(head.value.value!, factor.value), grain: factor.grain! }, denominationOf(head.value), head.start, context)
    }
  })

  const aCurrency = rule({
    name: `${words.said.a} <currency word>`,
    dimension: 'money',
    // Words only: "a $5 billion deal" is not "a $".
    pattern: [regex(words.article), regex(word)],
    produce: ([article, name], context) => {
      const form = regexOf(name).groups[1]!
      const reading = wordWritten(form)
      const currency = reading === undefined ? undefined : denomination(form, reading, context)
      return currency ? money({ value: 1 }, currency, regexOf(article).start, context) : undefined
    }
  })

  /** Cents name no currency but the one their word is read in alone: a dollar's cents, a pound's pence. */
  const cents = (value: number, form: string): Produced<'money'> => ({
    value: { value: value / 100, currency: words.centWords[form.toLowerCase()] ?? 'USD', cents: true }
  })

  const amountCents = rule({
    name: `<amount> ${words.said.cents}`,
    dimension: 'money',
    pattern: [dimension('numeral', isAmount), regex(cent)],
    produce: ([number, word]) => cents(tokenOf(number, 'numeral').value.value, regexOf(word).groups[1]!)
  })

  const amountGluedCents = rule({
    name: '<digits>c',
    dimension: 'money',
    pattern: [regex(gluedCents)],
    produce: ([match]) => cents(Number(regexOf(match).groups[1]), '¢')
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
        return money({ value: units + cents }, denominationOf(whole.value), whole.start, context)
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
  const moneyAndCents = plusCents(`<money> ${words.said.and} <cents>`, [priced, regex(words.and), dimension('money', isCents)], centsWord)
  const moneyNumber = plusCents('<money> <cents number>', [priced, dimension('numeral', isAmount)], centsNumber)
  const moneyAndNumber = plusCents(
    `<money> ${words.said.and} <cents number>`,
    [priced, regex(words.and), dimension('numeral', isAmount)],
    centsNumber
  )

  const range = (low: MoneyValue, high: MoneyValue, start: number, context: Context) => {
    const currency = sharedDenomination(low, high)
    const quantity = rangeOf(low, high)
    return currency && quantity ? money(quantity, currency, start, context) : undefined
  }
  const end = dimension('money', (token) => !isCurrencyOnly(token) && !isCents(token) && token.value.bound === undefined)
  /** Is the range opening at `start` a change instead ("rose from $5m to $9m", "grew $2bn to $5bn")? */
  const isChange = (start: number, context: Context) =>
    words.changeBefore?.test(context.text.slice(Math.max(0, start - 40), start)) ?? false

  /** Two ends joined by a connector alone: "30-40 dollars", "$5-10 million", "$2 billion to $3 billion". */
  const joined = (name: string, connector: RegExp) =>
    rule({
      name,
      dimension: 'money',
      pattern: [end, regex(connector), end],
      produce: ([low, , high], context) => {
        const a = tokenOf(low, 'money')
        const b = tokenOf(high, 'money')
        if (isChange(a.value.leadStart ?? a.start, context)) return undefined
        if (isUnnamed(a) && signBefore.test(context.text.slice(Math.max(0, a.start - 8), a.start))) return undefined
        return range(a.value, b.value, a.start, context)
      }
    })

  const dashRange = joined('<amount>-<amount>', dash)
  const bareRange = joined(`<amount> ${words.said.to} <amount>`, words.bareTo)

  const betweenRange = rule({
    name: `${words.said.between} <amount> ${words.said.and} <amount>`,
    dimension: 'money',
    pattern: [regex(words.between), end, regex(words.betweenAnd), end],
    produce: ([opener, low, , high], context) =>
      range(tokenOf(low, 'money').value, tokenOf(high, 'money').value, regexOf(opener).start, context)
  })

  const fromRange = rule({
    name: `${words.said.from} <amount> ${words.said.to} <amount>`,
    dimension: 'money',
    pattern: [regex(words.from), end, regex(words.to), end],
    produce: ([opener, low, , high], context) => {
      const start = regexOf(opener).start
      if (isChange(start, context)) return undefined
      return range(tokenOf(low, 'money').value, tokenOf(high, 'money').value, start, context)
    }
  })

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
    bareRange,
    amountScale
  ]
}
