import type { Produced, Token } from '../../engine/rule.js'
import type { NumeralValue } from './types.js'

/** A numeral reading: always latent, since a bare number is a building block, never a fact. */
export function numeral(value: number, extra: Omit<NumeralValue, 'value'> = {}): Produced<'numeral'> {
  return { value: { value, ...extra }, latent: true }
}

/**
 * The product of two numbers written in decimals, as the text means it:
 * binary floating point makes 8.3 × 10⁹ 8300000000.000001, so the product
 * is rounded to the 15 significant digits a double holds exactly.
 */
export function times(a: number, b: number): number {
  return Number((a * b).toPrecision(15))
}

/** A scale word ("thousand", "triệu", "dozen") standing for its value. */
export function scaleWord(value: number): Produced<'numeral'> {
  const grain = Math.log10(value)
  return numeral(value, Number.isInteger(grain) ? { grain, scale: true } : { scale: true })
}

export function isScale(token: Token<'numeral'>): boolean {
  return token.value.scale === true
}

/** A number that can be multiplied or added to: not a scale word, not a fraction, not negative. */
export function isPlain(token: Token<'numeral'>): boolean {
  return !token.value.scale && !token.value.fraction && token.value.value >= 0
}

/** Digits alone, no scale word: the part that "1 000" or a year is made of. */
export function isBareDigits(token: Token<'numeral'>): boolean {
  return token.value.digits === true && token.value.grain === undefined
}

/** "two thousand", "850 triệu", "three thousand millions": the number before a larger scale. */
export function multiply(number: Token<'numeral'>, scale: Token<'numeral'>): Produced<'numeral'> | undefined {
  if (!isPlain(number)) return undefined
  return scaled(number.value, scale)
}

/** A number (a token's or a word's value) times a scale word, when the scale is larger. */
export function scaled(left: NumeralValue, scale: Token<'numeral'>): Produced<'numeral'> | undefined {
  if (!isScale(scale)) return undefined
  // A power-of-ten scale multiplies a smaller number only: "two hundred thousand", not
  // "(thirty-one million two hundred fifty-six) thousand". A dozen may follow anything.
  if (scale.value.grain !== undefined && (left.value >= scale.value.value || (left.grain ?? 0) >= scale.value.grain)) {
    return undefined
  }
  const grain = scale.value.grain ?? left.grain
  return numeral(times(left.value, scale.value.value), {
    ...(grain === undefined ? {} : { grain }),
    ...(left.digits ? { digits: true } : {})
  })
}

/** "two thousand five", "ba triệu hai trăm nghìn": a scaled number plus a smaller one. */
export function add(scaled: Token<'numeral'>, smaller: Token<'numeral'>): Produced<'numeral'> | undefined {
  const { grain } = scaled.value
  if (grain === undefined || !isPlain(scaled) || !isPlain(smaller) || smaller.value.value >= 10 ** grain) return undefined
  // "1.000 200" or "5 nghìn 300" mixes spellings in a way numbers are not written.
  if (smaller.value.digits && !scaled.value.digits) return undefined
  // The sum has no grain: "two hundred five" takes no further smaller part, so
  // "thirty-one million two hundred fifty-six thousand" groups as 31 million + 256 thousand.
  return numeral(scaled.value.value + smaller.value.value, scaled.value.digits ? { digits: true } : {})
}

export function negate(number: Token<'numeral'>): Produced<'numeral'> | undefined {
  if (!isPlain(number) || number.value.value <= 0) return undefined
  return numeral(-number.value.value, number.value.digits ? { digits: true } : {})
}

/** "2 point 23", "hai phẩy 23": the digits after the point read as a decimal part. */
export function decimal(whole: Token<'numeral'>, part: Token<'numeral'>): Produced<'numeral'> | undefined {
  if (!isPlain(whole) || !isPlain(part) || whole.value.grain !== undefined || part.value.grain !== undefined) return undefined
  const digits = String(part.value.value)
  if (!/^\d+$/u.test(digits)) return undefined
  return numeral(whole.value.value + part.value.value / 10 ** digits.length)
}

/** The value a word has in a word list, matched case-insensitively. */
export function wordValue(list: Readonly<Record<string, number>>, word: string): number | undefined {
  return list[word.toLowerCase()]
}

/** A number a figure can be made of, signed: not a scale word alone, not a fraction. */
export function isFigureNumber(token: Token<'numeral'>): boolean {
  return !token.value.scale && !token.value.fraction
}
