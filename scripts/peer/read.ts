import type { DimensionName, Reading, Token } from '../../src/engine/rule.js'
import { createParser, type Parser } from '../../src/dimensions/parse.js'
import type { Lang } from '../../src/lang.js'

const parsers = new Map<string, Parser>()

/** One parser per language and dimension, compiled on first use. */
export function parserFor(lang: Lang, name: DimensionName): Parser {
  const key = `${lang}\u0000${name}`
  let parser = parsers.get(key)
  if (!parser) {
    parser = createParser(lang, [name])
    parsers.set(key, parser)
  }
  return parser
}

/** Tokens of `name` spanning `text` whole; `withLatent` reads building blocks (numerals) too. */
export function wholeReadings<D extends DimensionName>(
  lang: Lang,
  name: D,
  text: string,
  referenceDate: string | undefined,
  options: { withLatent?: boolean; reading?: Reading; startOf?: (token: Token<D>) => number } = {}
): Token<D>[] {
  const result = parserFor(lang, name).parse(text, referenceDate, options.reading)
  const pool = (options.withLatent ? result.all : result.tokens).filter((token) => token.dimension === name) as Token<D>[]
  const startOf = options.startOf ?? ((token: Token<D>) => token.start)
  return pool.filter((token) => startOf(token) === 0 && token.end === text.length)
}

/** Equal numbers up to rounding ("1.10" and 1.1, 0.1 + 0.2). */
export function sameNumber(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null) return b === undefined || b === null
  if (typeof a !== 'number' || typeof b !== 'number') return false
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}
