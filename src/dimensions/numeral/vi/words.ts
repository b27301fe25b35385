/**
 * Vietnamese number words (data only). "năm" is both "five" and "year", so it
 * is not in `units`: the rules read it as five only before a scale word
 * ("năm trăm", "năm triệu") or after "linh"/"lẻ". After "mười"/"mươi" five is
 * "lăm" ("mười năm" is "ten years").
 */

/** Zero to nine, without "năm". */
export const units: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9
}

/** Units that lead a tens word: "hai mươi" .. "chín mươi" ("năm mươi" is fifty). */
export const tensLeaders: Readonly<Record<string, number>> = {
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9
}

/** Units after "mươi" ("hai mươi mốt", "ba mươi tư", "bốn mươi lăm"). */
export const unitsAfterMuoi: Readonly<Record<string, number>> = {
  mốt: 1,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9
}

/** Units after "mười" ("mười một" .. "mười chín"; "mười lăm" is fifteen): those after "mươi" but "mốt" and "tư", said only after a tens word. */
export const unitsAfterMuoi10: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(unitsAfterMuoi).filter(([word]) => word !== 'mốt' && word !== 'tư')
)

/** Units after "linh"/"lẻ" in "một trăm linh năm" (105): here "năm" is five. */
export const unitsAfterLinh: Readonly<Record<string, number>> = { ...units, năm: 5 }

export const scales: Readonly<Record<string, number>> = {
  chục: 10,
  trăm: 100,
  nghìn: 1e3,
  ngàn: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
  // A thousand billion, said as one scale: "42 nghìn tỷ đồng", "VND42 nghìn tỷ".
  'nghìn tỷ': 1e12,
  'nghìn tỉ': 1e12,
  'ngàn tỷ': 1e12,
  'ngàn tỉ': 1e12
}
