/** Vietnamese currency words and their ISO 4217 codes (data only; matched case-insensitively). */
export const words: Readonly<Record<string, string>> = {
  đồng: 'VND',
  'việt nam đồng': 'VND',
  đ: 'VND',
  đô: 'USD',
  'đô la': 'USD',
  'đô-la': 'USD',
  'đô la mỹ': 'USD',
  'đô mỹ': 'USD',
  đôla: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  'bảng anh': 'GBP',
  pounds: 'GBP',
  pound: 'GBP',
  yên: 'JPY',
  'yên nhật': 'JPY',
  'nhân dân tệ': 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  'rupee pakistan': 'PKR',
  ringgit: 'MYR',
  baht: 'THB',
  bạt: 'THB',
  rupiah: 'IDR',
  peso: 'PHP',
  won: 'KRW',
  dirham: 'AED',
  riyal: 'SAR',
  rial: 'IRR',
  dinar: 'IQD',
  rúp: 'RUB',
  riel: 'KHR',
  kíp: 'LAK'
}

/** Words for a hundredth of a currency: "23 xen", "42 xu". */
export const centWords = ['xen', 'xu', 'cent', 'cents'] as const
