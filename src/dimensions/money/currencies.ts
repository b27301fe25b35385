import { currencies as iso } from 'countries-list/currencies'

/**
 * What factline knows of currencies: the ISO 4217 codes and their English
 * names come from the `countries-list` data package; the signs news write
 * ("US$", "RM", "Rs") and which of them several currencies share are here.
 * Words differ per language: `en/currencies.ts`, `vi/currencies.ts`.
 */

/**
 * Codes that are also words or acronyms written in capitals ("TOP 10",
 * "ALL 5 members", "AMD 7nm"), and codes of funds, metals and tests (X..)
 * other than the CFA, East Caribbean and CFP francs: never read as currencies.
 */
const notCurrencyCodes = new Set(['ALL', 'AMD', 'BOB', 'CUP', 'GEL', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP', 'USN', 'USS'])
const realXCodes = new Set(['XAF', 'XCD', 'XOF', 'XPF'])

/** ISO 4217 codes written before or after an amount: "USD 5", "5 PKR", "VND42 trillion". */
export const codes: readonly string[] = Object.keys(iso).filter(
  (code) =>
    !notCurrencyCodes.has(code) && (!code.startsWith('X') || realXCodes.has(code)) && !/\(/u.test(iso[code as keyof typeof iso].name)
)

const isoCodes = new Set(codes)

/** Whether a code is one of ISO 4217's, as the data package lists them. */
export function isCurrencyCode(code: string): boolean {
  return isoCodes.has(code)
}

/**
 * Signs news write for one currency, besides the data package's (data only).
 * Matched case-sensitively: "RM" is ringgit, "rm" is not. `$` is the US
 * dollar unless the text says otherwise ("S$", "HK$", "A$", "C$"), and `£`
 * the pound sterling, as the corpus conventions read them; "C$" is the
 * Canadian dollar (the package gives it to the córdoba).
 */
const newsSigns: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  '£': 'GBP',
  'CN¥': 'CNY',
  RMB: 'CNY',
  VNĐ: 'VND',
  VN$: 'VND',
  RM: 'MYR',
  Rp: 'IDR',
  S$: 'SGD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  NT$: 'TWD',
  LE: 'EGP',
  'L.E': 'EGP',
  'L.E.': 'EGP',
  Tk: 'BDT'
}

/**
 * The data package's symbols that name one currency and hold a sign, not
 * letters alone ("₦", "₺", "R$", "E£"): letters alone ("K", "R", "P", "kr")
 * are words or initials far more often than currencies.
 */
const packageSigns: Record<string, string> = {}
const sharedSymbols = new Set<string>()
for (const code of codes) {
  const { symbol } = iso[code as keyof typeof iso]
  if (!/[^\p{L}]/u.test(symbol) || sharedSymbols.has(symbol)) continue
  if (packageSigns[symbol] === undefined) {
    packageSigns[symbol] = code
  } else {
    delete packageSigns[symbol]
    sharedSymbols.add(symbol)
  }
}

/** Signs that name one currency: the package's, then those of the news (which win). */
export const signs: Readonly<Record<string, string>> = { ...packageSigns, ...newsSigns }

/**
 * How a sign or word shared by several currencies is read: `choices` are the
 * currencies it may name; the document's country picks one (a Pakistani
 * article's "Rs" is PKR). `usual` is its reading in a phrase read alone, with
 * no document around it (as Duckling reads "Rs 20": INR); absent when a
 * phrase alone says nothing. `onlyThere`: the sign is money only where the
 * document is about a country of one of its choices ("P2.33 billion" in a
 * Philippine article; elsewhere "P2" is a name).
 */
export interface SharedReading {
  readonly choices: readonly string[]
  readonly usual?: string
  readonly onlyThere?: true
}

/** The currencies whose English name ends with `word` ("rupee": INR, PKR, LKR...), from the data package. */
export function currenciesNamed(word: string): string[] {
  const suffix = ` ${word.toLowerCase()}`
  return codes.filter((code) => iso[code as keyof typeof iso].name.toLowerCase().endsWith(suffix))
}

/** The currencies whose symbol in the data package is `symbol` ("Rs": PKR, LKR, NPR, MUR). */
function currenciesWritten(symbol: string): string[] {
  return codes.filter((code) => iso[code as keyof typeof iso].symbol === symbol)
}

const rupees: SharedReading = { choices: [...new Set([...currenciesNamed('rupee'), ...currenciesWritten('Rs')])], usual: 'INR' }

/** Signs several currencies share (data only): rupees, the yen and the yuan, the krone and the krona. */
export const sharedSigns: Readonly<Record<string, SharedReading>> = {
  Rs: rupees,
  'Rs.': rupees,
  '₨': { choices: currenciesWritten('Rs'), usual: 'PKR' },
  '¥': { choices: ['CNY', 'JPY'], usual: 'CNY' },
  kr: { choices: currenciesWritten('kr') },
  P: { choices: ['PHP'], onlyThere: true }
}

/** A currency as written: the one it names, or how a shared sign or word is read. */
export type Written = string | SharedReading

/** Every sign, one currency or several. */
export const allSigns: readonly string[] = [...Object.keys(signs), ...Object.keys(sharedSigns)]

/** English names of every currency of the data package, lower case, singular and plural: "swiss franc", "swiss francs". */
export const isoNames: Readonly<Record<string, string>> = Object.fromEntries(
  codes.flatMap((code) => {
    const name = iso[code as keyof typeof iso].name.toLowerCase()
    return [
      [name, code],
      [name.endsWith('s') ? name : `${name}s`, code]
    ]
  })
)

/** The reading of a shared word (its singular and plural): the currencies named so, and the usual one. */
export function sharedWord(word: string, usual?: string): SharedReading {
  return { choices: currenciesNamed(word), ...(usual ? { usual } : {}) }
}
