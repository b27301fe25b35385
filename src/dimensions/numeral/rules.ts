import { dimension, regex, regexOf, rule, tokenOf } from '../../engine/rule.js'
import type { Lang } from '../../lang.js'
import { digitsSource, digitsValue } from './digits.js'
import { add, isPlain, isScale, multiply, negate, numeral } from './helpers.js'

/**
 * Rules that read the same in every language (Duckling's shared Rules.hs):
 * they combine numerals that the language rules found.
 */

/** A minus sign right before digits, not between two numbers ("2013 - 2014"). */
const minusSign = /(?<![\p{L}\p{N}][ \t]?)[-−](?=[ \t]?\d)/u
/** Brackets around a number that restates the one before: "thirty-two (32)". */
const openBracket = /\(/u
const closeBracket = /\)/u

export const numberTimesScale = rule({
  name: '<number> <scale>',
  dimension: 'numeral',
  pattern: [dimension('numeral', isPlain), dimension('numeral', isScale)],
  produce: ([number, scale]) => multiply(tokenOf(number, 'numeral'), tokenOf(scale, 'numeral'))
})

export const scaledPlusSmaller = rule({
  name: '<scaled number> <smaller number>',
  dimension: 'numeral',
  pattern: [dimension('numeral', (token) => token.value.grain !== undefined), dimension('numeral', isPlain)],
  produce: ([scaled, smaller]) => add(tokenOf(scaled, 'numeral'), tokenOf(smaller, 'numeral'))
})

export const minusNumber = rule({
  name: '-<number>',
  dimension: 'numeral',
  pattern: [regex(minusSign), dimension('numeral', (token) => token.value.digits === true)],
  produce: ([, number]) => negate(tokenOf(number, 'numeral'))
})

export const numberRestated = rule({
  name: '<number> (<same number>)',
  dimension: 'numeral',
  pattern: [dimension('numeral', isPlain), regex(openBracket), dimension('numeral', isPlain), regex(closeBracket)],
  produce: ([first, open, second]) => {
    const a = tokenOf(first, 'numeral').value
    const b = tokenOf(second, 'numeral').value
    // The bracket must follow at once: "5 (2024)" is two numbers.
    if (a.value !== b.value || regexOf(open).start - tokenOf(first, 'numeral').end > 1) return undefined
    return numeral(a.value, a.grain === undefined ? {} : { grain: a.grain })
  }
})

/** Digits with the language's separators: en "5,000" and "522.4", vi "5.000" and "522,4"; both "1 000", "10k". */
function numberDigits(lang: Lang, name: string) {
  return rule({
    name,
    dimension: 'numeral',
    pattern: [regex(new RegExp(digitsSource(lang), 'u'))],
    produce: ([match]) => numeral(digitsValue(regexOf(match).groups, 1, lang), { digits: true })
  })
}

/** The rules every language shares, digits read with `lang`'s separators; `digitsName` names the digits rule in the language. */
export function sharedRules(lang: Lang, digitsName: string) {
  return [numberDigits(lang, digitsName), numberTimesScale, scaledPlusSmaller, minusNumber, numberRestated]
}
