import { sharedWord, type Written } from '../currencies.js'

const rupee = sharedWord('rupee', 'INR')

/**
 * Vietnamese currency words and the currency each names (data only; matched
 * case-insensitively). A word several currencies share ("rupee") is read by
 * the document's country.
 */
export const words: Readonly<Record<string, Written>> = {
  đồng: 'VND',
  'việt nam đồng': 'VND',
  đ: 'VND',
  đô: 'USD',
  'đô la': 'USD',
  'đô-la': 'USD',
  'đô la mỹ': 'USD',
  'đô mỹ': 'USD',
  đôla: 'USD',
  'đô la singapore': 'SGD',
  'đô la úc': 'AUD',
  'đô la hồng kông': 'HKD',
  'đô la đài loan': 'TWD',
  'đô la canada': 'CAD',
  euro: 'EUR',
  euros: 'EUR',
  'bảng anh': 'GBP',
  pounds: 'GBP',
  pound: 'GBP',
  yên: 'JPY',
  'yên nhật': 'JPY',
  'nhân dân tệ': 'CNY',
  rupee,
  rupees: rupee,
  'rupee pakistan': 'PKR',
  'rupee ấn độ': 'INR',
  ringgit: 'MYR',
  baht: 'THB',
  bạt: 'THB',
  rupiah: 'IDR',
  peso: sharedWord('peso', 'PHP'),
  won: 'KRW',
  dirham: 'AED',
  riyal: sharedWord('riyal', 'SAR'),
  rial: sharedWord('rial', 'IRR'),
  dinar: sharedWord('dinar', 'IQD'),
  rúp: 'RUB',
  riel: 'KHR',
  kíp: 'LAK'
}

/** Words for a hundredth of a currency, with the currency they are read in alone: "23 xen", "42 xu". */
export const centWords: Readonly<Record<string, string>> = { xen: 'USD', xu: 'USD', cent: 'USD', cents: 'USD' }
