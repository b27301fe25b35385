/** Vietnamese words that end with a period without ending a sentence ("TP.", "PGS."): lower-cased, without the final period. */
export const abbreviations: readonly string[] = [
  'tp',
  'tp.hcm',
  'ts',
  'ths',
  'gs',
  'pgs',
  'ks',
  'bs',
  'th.s',
  'pgs.ts',
  'gs.ts',
  'q',
  'p',
  'tr',
  'nxb',
  'đ/c'
]
