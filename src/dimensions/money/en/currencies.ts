import { isoNames, sharedWord, type Written } from '../currencies.js'

const rupee = sharedWord('rupee', 'INR')
const peso = sharedWord('peso', 'PHP')
const franc = sharedWord('franc')
const riyal = sharedWord('riyal', 'SAR')
const rial = sharedWord('rial', 'IRR')
const dinar = sharedWord('dinar', 'IQD')
const krone = sharedWord('krone')

/**
 * English currency words and the currency each names (data only; matched
 * case-insensitively): the data package's full names ("swiss francs",
 * "pakistani rupees"), then the words news use alone. A word several
 * currencies share ("rupees", "francs") is read by the document's country;
 * "dollars" are US dollars and "pounds" sterling unless the text says
 * otherwise, as the corpus conventions read them.
 */
export const words: Readonly<Record<string, Written>> = {
  ...isoNames,
  dollar: 'USD',
  dollars: 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  'u.s. dollar': 'USD',
  'u.s. dollars': 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee,
  rupees: rupee,
  'indian rupee': 'INR',
  'indian rupees': 'INR',
  ringgit: 'MYR',
  ringgits: 'MYR',
  'malaysia ringgit': 'MYR',
  'malaysia ringgits': 'MYR',
  baht: 'THB',
  rupiah: 'IDR',
  peso,
  pesos: peso,
  dong: 'VND',
  'vietnam dong': 'VND',
  dirham: 'AED',
  dirhams: 'AED',
  shekel: 'ILS',
  shekels: 'ILS',
  tugrik: 'MNT',
  tugriks: 'MNT',
  'egyptian pound': 'EGP',
  'egyptian pounds': 'EGP',
  egyptianpound: 'EGP',
  'saudi riyal': 'SAR',
  'saudi riyals': 'SAR',
  saudiriyal: 'SAR',
  riyal,
  riyals: riyal,
  rial,
  rials: rial,
  dinar,
  dinars: dinar,
  franc,
  francs: franc,
  krone,
  kroner: krone,
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  hryvnia: 'UAH',
  taka: 'BDT',
  riel: 'KHR',
  kip: 'LAK',
  kyat: 'MMK',
  naira: 'NGN'
}

/** Words for a hundredth of a currency, with the currency they are read in alone: "43 cents", "30 pence", "43 sen". */
export const centWords: Readonly<Record<string, string>> = {
  cent: 'USD',
  cents: 'USD',
  '¢': 'USD',
  penny: 'GBP',
  pennies: 'GBP',
  pence: 'GBP',
  sen: 'MYR',
  sens: 'MYR',
  kopiyka: 'UAH',
  kopiykas: 'UAH'
}
