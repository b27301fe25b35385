/**
 * Words that end with a period without ending a sentence. Lower-cased,
 * without the final period. Data, per language; initials ("M.") are handled
 * by rule, not listed.
 */
export const abbreviations: Readonly<Record<'en' | 'vi', readonly string[]>> = {
  en: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'capt', 'sgt', 'gov', 'sen', 'rep',
    'amb', 'pres', 'hon', 'rev', 'messrs',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'no', 'nos', 'vol', 'pp', 'p', 'fig', 'approx', 'est', 'dept', 'univ', 'inc', 'ltd', 'co', 'corp', 'bros',
    'vs', 'etc', 'e.g', 'i.e', 'cf', 'al', 'ph.d', 'phd', 'm.a', 'b.a', 'm.sc', 'b.sc', 'u.s', 'u.k', 'u.n',
    'u.s.a', 'e.u', 'a.m', 'p.m', 'mt', 'ft', 'rs'
  ],
  vi: ['tp', 'tp.hcm', 'ts', 'ths', 'gs', 'pgs', 'ks', 'bs', 'th.s', 'pgs.ts', 'gs.ts', 'q', 'p', 'tr', 'nxb', 'đ/c']
}
