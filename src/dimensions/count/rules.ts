import { dimension, regex, regexOf, rule, tokenOf, type Rule } from '../../engine/rule.js'
import { rangeOf, withLead } from '../../quantity/helpers.js'
import { alternation } from '../../engine/alternation.js'
import { isPlain } from '../numeral/helpers.js'
import { datePartFollows, isCountable } from './helpers.js'

/** What a language brings to the count rules. */
export interface CountWords {
  /** One word after the number: a noun candidate. */
  readonly word: RegExp
  /** Two words after the number. */
  readonly twoWords: RegExp
  /** Words that are never the noun counted (function words, months, currencies, units of other figures). */
  readonly stop: ReadonlySet<string>
  /** Words after which a number names something rather than counts: "lần 2", "khóa 15". */
  readonly naming: ReadonlySet<string>
  /** Capitalized words that may stand right before a count ("Some", "About", "The"). */
  readonly openers: ReadonlySet<string>
  /** Duration words and the one English unit each is counted in ("years" and "năm": "year"). */
  readonly durations: Readonly<Record<string, string>>
  /** The unit of a two-word noun phrase, or undefined when its second word is not part of it. */
  readonly compound: (first: string, second: string) => string | undefined
  /** Joins the two numbers of a range before one noun: "7.5-8 million tonnes", "5 to 7 triệu tấn". */
  readonly rangeJoin: RegExp
}

/** Builds the count rules every language shares, with that language's words. */
export function countRules(words: CountWords): Rule<'count'>[] {
  const number = dimension('numeral')
  const duration = new RegExp(`(${alternation(Object.keys(words.durations))})`, 'iu')
  const usable = (word: string) => !words.stop.has(word) && words.durations[word] === undefined

  const count = (
    unit: string | undefined,
    numberToken: ReturnType<typeof tokenOf<'numeral'>>,
    end: number,
    context: Parameters<Rule<'count'>['produce']>[1]
  ) => {
    if (!unit || !isCountable(numberToken, context, words.naming, words.openers) || datePartFollows(end, context)) return undefined
    const { value, grain } = numberToken.value
    return { value: withLead({ value, unit, ...(grain === undefined ? {} : { grain }) }, numberToken.start, context) }
  }

  const numberNoun = rule({
    name: '<number> <noun>',
    dimension: 'count',
    pattern: [number, regex(words.word)],
    produce: ([value, noun], context) => {
      const word = regexOf(noun).groups[1]!
      return count(usable(word) ? word : undefined, tokenOf(value, 'numeral'), regexOf(noun).end, context)
    }
  })

  const numberTwoWords = rule({
    name: '<number> <modifier> <noun>',
    dimension: 'count',
    pattern: [number, regex(words.twoWords)],
    produce: ([value, nouns], context) => {
      const [, first, second] = regexOf(nouns).groups
      const unit = usable(first!) && usable(second!) ? words.compound(first!, second!) : undefined
      return count(unit, tokenOf(value, 'numeral'), regexOf(nouns).end, context)
    }
  })

  const numberDuration = rule({
    name: '<number> <duration>',
    dimension: 'count',
    pattern: [number, regex(duration)],
    produce: ([value, word], context) =>
      count(words.durations[regexOf(word).groups[1]!.toLowerCase()], tokenOf(value, 'numeral'), regexOf(word).end, context)
  })

  // The low end is a bare number scaled like the count after it ("7.5-8 million tonnes" is 7.5 to 8 million).
  const numberRange = rule({
    name: '<number> - <count>',
    dimension: 'count',
    pattern: [number, regex(words.rangeJoin), dimension('count', (token) => token.value.value !== undefined)],
    produce: ([low, , high], context) => {
      const lowNumber = tokenOf(low, 'numeral')
      const { unit, ...highQuantity } = tokenOf(high, 'count').value
      if (!isPlain(lowNumber) || !isCountable(lowNumber, context, words.naming, words.openers, highQuantity.grain === undefined))
        return undefined
      const quantity = rangeOf(
        { value: lowNumber.value.value, ...(lowNumber.value.grain === undefined ? {} : { grain: lowNumber.value.grain }) },
        highQuantity
      )
      return quantity && { value: withLead({ ...quantity, unit }, lowNumber.start, context) }
    }
  })

  return [numberNoun, numberTwoWords, numberDuration, numberRange]
}
