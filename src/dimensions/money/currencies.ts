/**
 * Currency signs and codes written the same in every language, mapped to
 * ISO 4217 (data only). Matched case-sensitively: "RM" is ringgit, "rm" is not.
 * Words differ per language: `en/currencies.ts`, `vi/currencies.ts`.
 */
export const signs: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  USD: 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  '¥': 'CNY',
  'CN¥': 'CNY',
  RMB: 'CNY',
  CNY: 'CNY',
  JPY: 'JPY',
  '₹': 'INR',
  INR: 'INR',
  Rs: 'INR',
  'Rs.': 'INR',
  '₨': 'PKR',
  PKR: 'PKR',
  VND: 'VND',
  VNĐ: 'VND',
  '₫': 'VND',
  VN$: 'VND',
  RM: 'MYR',
  MYR: 'MYR',
  '฿': 'THB',
  THB: 'THB',
  Rp: 'IDR',
  IDR: 'IDR',
  '₱': 'PHP',
  PHP: 'PHP',
  S$: 'SGD',
  SGD: 'SGD',
  A$: 'AUD',
  AUD: 'AUD',
  C$: 'CAD',
  CAD: 'CAD',
  NZ$: 'NZD',
  NZD: 'NZD',
  HK$: 'HKD',
  HKD: 'HKD',
  CHF: 'CHF',
  '₩': 'KRW',
  KRW: 'KRW',
  AED: 'AED',
  SAR: 'SAR',
  QAR: 'QAR',
  KWD: 'KWD',
  BGN: 'BGN',
  EGP: 'EGP',
  LE: 'EGP',
  'L.E': 'EGP',
  'L.E.': 'EGP',
  LBP: 'LBP',
  ILS: 'ILS',
  '₪': 'ILS',
  MNT: 'MNT',
  UAH: 'UAH',
  BDT: 'BDT',
  LKR: 'LKR',
  NPR: 'NPR',
  RUB: 'RUB',
  KHR: 'KHR',
  LAK: 'LAK',
  MMK: 'MMK',
  BND: 'BND',
  TWD: 'TWD',
  BRL: 'BRL',
  ZAR: 'ZAR',
  MXN: 'MXN',
  TRY: 'TRY'
}

const rupee = { pakistan: 'PKR', pakistani: 'PKR', 'sri lanka': 'LKR', nepal: 'NPR' }
const riyal = { qatar: 'QAR', qatari: 'QAR', oman: 'OMR', yemen: 'YER' }
const rial = { oman: 'OMR', yemen: 'YER' }
const dinar = { kuwait: 'KWD', jordan: 'JOD', bahrain: 'BHD', algeria: 'DZD', tunisia: 'TND', libya: 'LYD', serbia: 'RSD' }
const yen = { japan: 'JPY', japanese: 'JPY', 'nhật bản': 'JPY' }

/**
 * Signs and words (lower case) that name several currencies (the rupee of
 * India, Pakistan, Sri Lanka, Nepal): the gazetteer gives the default code, and
 * a country named near the amount settles it, as compromise settles its
 * ambiguous words by clues. Codes are never ambiguous: "INR" stays INR.
 */
export const clues: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  rs: rupee,
  'rs.': rupee,
  rupee,
  rupees: rupee,
  riyal,
  riyals: riyal,
  rial,
  rials: rial,
  dinar,
  dinars: dinar,
  '¥': yen
}
