/**
 * Time zones news text names after a time, in minutes east of UTC. An
 * abbreviation stands for the zone most papers mean by it: CST is US
 * Central, IST India.
 */
export const zoneAbbreviations: Readonly<Record<string, number>> = {
  gmt: 0,
  utc: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  ist: 330,
  pkt: 300,
  ict: 420,
  wib: 420,
  sgt: 480,
  hkt: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660
}
