/** English currency words and their ISO 4217 codes (data only; matched case-insensitively). */
export const words: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', bucks: 'USD',
  euro: 'EUR', euros: 'EUR',
  pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', rupees: 'INR',
  'pakistani rupee': 'PKR', 'pakistani rupees': 'PKR', 'indian rupee': 'INR', 'indian rupees': 'INR',
  ringgit: 'MYR', ringgits: 'MYR', 'malaysian ringgit': 'MYR', 'malaysian ringgits': 'MYR',
  'malaysia ringgit': 'MYR', 'malaysia ringgits': 'MYR',
  baht: 'THB',
  rupiah: 'IDR',
  peso: 'PHP', pesos: 'PHP',
  dong: 'VND', 'vietnamese dong': 'VND',
  dirham: 'AED', dirhams: 'AED',
  shekel: 'ILS', shekels: 'ILS',
  tugrik: 'MNT', tugriks: 'MNT',
  'kuwaiti dinar': 'KWD', 'kuwaiti dinars': 'KWD',
  'lebanese pound': 'LBP', 'lebanese pounds': 'LBP',
  'egyptian pound': 'EGP', 'egyptian pounds': 'EGP',
  'qatari riyal': 'QAR', 'qatari riyals': 'QAR',
  'saudi riyal': 'SAR', 'saudi riyals': 'SAR',
  // Ambiguous: the default here, settled by a country named nearby (see `clues`).
  riyal: 'SAR', riyals: 'SAR', rial: 'IRR', rials: 'IRR', dinar: 'IQD', dinars: 'IQD',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  hryvnia: 'UAH', taka: 'BDT', riel: 'KHR', kip: 'LAK', kyat: 'MMK'
}

/** Words for a hundredth of a currency: "43 cents", "1 pence", "43 sen". */
export const centWords = ['cent', 'cents', 'penny', 'pennies', 'pence', 'sen', 'sens', 'kopiyka', 'kopiykas', '¢'] as const
