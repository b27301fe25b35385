import type { Token } from '../../src/engine/rule.js'
import { boundedReading } from '../../src/quantity/helpers.js'
import type { Lang } from '../../src/lang.js'
import type { Checker, PeerCase, PeerFile, Verdict } from './types.js'
import { sameNumber, wholeReadings } from './read.js'

/** Duckling's units for which `currency` is null but the sign names one currency in news text. */
const currencyOfUnit: Readonly<Record<string, string>> = { $: 'USD', '£': 'GBP' }

/**
 * A case passes when exactly one money token spans the whole text, counting
 * the lead words read before it ("more than", "khoảng"), and its reading
 * (value, or min/max: a bound word makes an open interval as in Duckling)
 * and currency agree. Duckling counts cents in cents: factline in units.
 */
function checkMoney(kase: PeerCase, file: PeerFile): Verdict {
  const tokens = wholeReadings(file.lang, 'money', kase.text, undefined, {
    startOf: (token: Token<'money'>) => token.value.leadStart ?? token.start
  })
  const got = tokens.map((token) => token.value)
  if (kase.expected === null) return { pass: tokens.length === 0, got }
  if (tokens.length !== 1) return { pass: false, got }
  const expected = kase.expected
  const money = tokens[0]!.value
  const scale = expected.unit === 'cent' ? 100 : 1
  const reading = boundedReading(money)
  const sameAmount = (['value', 'min', 'max'] as const).every((key) =>
    sameNumber(expected[key], reading[key] === undefined ? undefined : reading[key] * scale)
  )
  const currency = (expected.currency as string | null) ?? currencyOfUnit[expected.unit as string]
  const sameCurrency = currency === undefined || expected.unit === 'cent' || money.currency === currency
  return { pass: sameAmount && sameCurrency, got }
}

const moneyFile = (lang: Lang): Checker => ({ file: `amount-of-money.${lang}.json`, check: checkMoney })

export const moneyCheckers: readonly Checker[] = [moneyFile('en'), moneyFile('vi')]
