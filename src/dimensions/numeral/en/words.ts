/** English number words and their values (data only; rules build their regexes from these). */

/** Units that may follow a tens word: "twenty-one" .. "ninety-nine". */
export const unitsAfterTens: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9
}

/** Zero to nineteen. */
export const units: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  nil: 0,
  ...unitsAfterTens,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19
}

export const tens: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
}

/** Scale words, singular and plural, with the South Asian lakh and crore common in regional news. */
export const scales: Readonly<Record<string, number>> = {
  hundred: 100,
  hundreds: 100,
  thousand: 1e3,
  thousands: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  lkh: 1e5,
  lkhs: 1e5,
  million: 1e6,
  millions: 1e6,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  koti: 1e7,
  krore: 1e7,
  krores: 1e7,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  dozen: 12,
  dozens: 12
}
