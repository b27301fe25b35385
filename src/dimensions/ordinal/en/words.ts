/** English ordinal words (data only). */

/** Ordinals that may follow a tens word: "twenty-first" .. "ninety-ninth". */
export const unitOrdinals: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9
}

/** Ordinal words of the first to the twentieth, the tens and the hundredth. */
export const ordinals: Readonly<Record<string, number>> = {
  ...unitOrdinals,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100
}
