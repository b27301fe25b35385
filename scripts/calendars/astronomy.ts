/**
 * The Sun's and the Moon's places in the sky, after Meeus' *Astronomical
 * Algorithms*: the Sun by the low-precision theory of chapter 25 (about
 * 0.01°), the Moon by the larger terms of the series of chapter 47 (a few
 * hundredths of a degree). A tithi lasts about a day for 12° of the Moon's
 * elongation, so these errors move the end of one by a few minutes. Moments
 * are Julian days of Universal Time.
 */

const rad = Math.PI / 180

/** An angle in degrees brought into [0, 360). */
export function degrees(angle: number): number {
  return ((angle % 360) + 360) % 360
}

/**
 * Julian centuries of Terrestrial Time since J2000 at a moment of Universal
 * Time. ΔT is Espenak and Meeus' polynomial for 2005-2050; it errs by less
 * than a minute from 1950 to 2100, which no tithi feels.
 */
function centuries(moment: number): number {
  const years = (moment - 2451545) / 365.25
  const deltaT = (62.92 + 0.32217 * years + 0.005589 * years * years) / 86400
  return (moment + deltaT - 2451545) / 36525
}

/** The Sun's mean longitude and its true longitude, ecliptic of date, in degrees (Meeus 25.2-25.4). */
function sun(t: number): { readonly mean: number; readonly longitude: number } {
  const mean = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
  const anomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * rad
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.000289 * Math.sin(3 * anomaly)
  return { mean, longitude: mean + center }
}

/** The Sun's apparent longitude at a moment: its true longitude less aberration and nutation (Meeus 25.8). */
export function sunLongitude(moment: number): number {
  const t = centuries(moment)
  const node = (125.04 - 1934.136 * t) * rad
  return degrees(sun(t).longitude - 0.00569 - 0.00478 * Math.sin(node))
}

/**
 * The periodic terms of the Moon's longitude larger than 0.0005° (Meeus
 * table 47.A): multiples of D, M, M′, F and the coefficient in millionths
 * of a degree. Terms with M are scaled by the eccentricity E once per M.
 */
const moonTerms: readonly (readonly [d: number, m: number, mp: number, f: number, coefficient: number])[] = [
  [0, 0, 1, 0, 6288774],
  [2, 0, -1, 0, 1274027],
  [2, 0, 0, 0, 658314],
  [0, 0, 2, 0, 213618],
  [0, 1, 0, 0, -185116],
  [0, 0, 0, 2, -114332],
  [2, 0, -2, 0, 58793],
  [2, -1, -1, 0, 57066],
  [2, 0, 1, 0, 53322],
  [2, -1, 0, 0, 45758],
  [0, 1, -1, 0, -40923],
  [1, 0, 0, 0, -34720],
  [0, 1, 1, 0, -30383],
  [2, 0, 0, -2, 15327],
  [0, 0, 1, 2, -12528],
  [0, 0, 1, -2, 10980],
  [4, 0, -1, 0, 10675],
  [0, 0, 3, 0, 10034],
  [4, 0, -2, 0, 8548],
  [2, 1, -1, 0, -7888],
  [2, 1, 0, 0, -6766],
  [1, 0, -1, 0, -5163],
  [1, 1, 0, 0, 4987],
  [2, -1, 1, 0, 4036],
  [2, 0, 2, 0, 3994],
  [4, 0, 0, 0, 3861],
  [2, 0, -3, 0, 3665],
  [0, 1, -2, 0, -2689],
  [2, 0, -1, 2, -2602],
  [2, -1, -2, 0, 2390],
  [1, 0, 1, 0, -2348],
  [2, -2, 0, 0, 2236],
  [0, 1, 2, 0, -2120],
  [0, 2, 0, 0, -2069],
  [2, -2, -1, 0, 2048],
  [2, 0, 1, -2, -1773],
  [2, 0, 0, 2, -1595],
  [4, -1, -1, 0, 1215],
  [0, 0, 2, 2, -1110],
  [3, 0, -1, 0, -892],
  [2, 1, 1, 0, -810],
  [4, -1, -2, 0, 759],
  [0, 2, -1, 0, -713],
  [2, 2, -1, 0, -700],
  [2, 1, -2, 0, 691],
  [2, -1, 0, -2, 596],
  [4, 0, 1, 0, 549],
  [0, 0, 4, 0, 537],
  [4, -1, 0, 0, 520],
  [1, 0, -2, 0, -487]
]

/** The Moon's apparent longitude at a moment, in degrees (Meeus 47.1-47.6; nutation, a few thousandths of a degree, left out as in the Sun's). */
export function moonLongitude(moment: number): number {
  const t = centuries(moment)
  const t2 = t * t
  const mean = 218.3164477 + 481267.88123421 * t - 0.0015786 * t2 + (t2 * t) / 538841
  const d = (297.8501921 + 445267.1114034 * t - 0.0018819 * t2 + (t2 * t) / 545868) * rad
  const m = (357.5291092 + 35999.0502909 * t - 0.0001536 * t2) * rad
  const mp = (134.9633964 + 477198.8675055 * t + 0.0087414 * t2 + (t2 * t) / 69699) * rad
  const f = (93.272095 + 483202.0175233 * t - 0.0036539 * t2) * rad
  const e = 1 - 0.002516 * t - 0.0000074 * t2
  let sum = 0
  for (const [dn, mn, mpn, fn, coefficient] of moonTerms)
    sum += coefficient * e ** Math.abs(mn) * Math.sin(dn * d + mn * m + mpn * mp + fn * f)
  // The actions of Venus (A1), Jupiter (A2) and the Earth's flattening.
  const a1 = (119.75 + 131.849 * t) * rad
  const a2 = (53.09 + 479264.29 * t) * rad
  sum += 3958 * Math.sin(a1) + 1962 * Math.sin(mean * rad - f) + 318 * Math.sin(a2)
  return degrees(mean + sum / 1e6)
}

/**
 * The Lahiri ayanamsa, the arc from the March equinox back to the start of
 * the sidereal zodiac that India's national calendar adopted: 23.857° at
 * J2000, growing with precession by 50.29″ a year.
 */
function ayanamsa(moment: number): number {
  return 23.85709 + 1.39697 * centuries(moment)
}

/** The Sun's longitude in the sidereal zodiac (Lahiri): 0° is the start of Mesha (Aries). */
export function siderealSun(moment: number): number {
  return degrees(sunLongitude(moment) - ayanamsa(moment))
}

/** How far the Moon is ahead of the Sun, 0° at new moon, 180° at full moon. */
export function elongation(moment: number): number {
  return degrees(moonLongitude(moment) - sunLongitude(moment))
}

/**
 * The moment near `guess` at which `angle(moment)` reaches `target`, for an
 * angle that grows about `rate` degrees a day (the Moon's elongation 12.2,
 * the Sun 0.986): Newton's steps on the angle's difference, taken within
 * ±180° so a crossing of 360° is no jump.
 */
export function momentOf(angle: (moment: number) => number, target: number, guess: number, rate: number): number {
  let moment = guess
  for (let step = 0; step < 20; step++) {
    const behind = degrees(target - angle(moment) + 180) - 180
    moment += behind / rate
    if (Math.abs(behind) < 1e-5) break
  }
  return moment
}

/** A place on Earth, in degrees: latitude north, longitude east. */
export interface Place {
  readonly latitude: number
  readonly longitude: number
}

/**
 * The moments of sunrise and sunset at a place on the day whose Julian day
 * number is `day` (its noon UT): the Sun's centre 0.833° below the horizon
 * (refraction and its radius), found from its declination and the equation
 * of time at local noon. Good to about a minute away from the poles.
 */
export function sunriseAndSunset(day: number, place: Place): { readonly sunrise: number; readonly sunset: number } {
  const localNoon = day - place.longitude / 360
  const t = centuries(localNoon)
  const { mean, longitude } = sun(t)
  const obliquity = (23.4393 - 0.013 * t) * rad
  const lambda = longitude * rad
  const ascension = Math.atan2(Math.cos(obliquity) * Math.sin(lambda), Math.cos(lambda)) / rad
  const declination = Math.asin(Math.sin(obliquity) * Math.sin(lambda))
  // The equation of time: how far the true Sun is ahead of the mean Sun, in degrees of the Earth's turn.
  const equation = degrees(mean - 0.0057183 - ascension + 180) - 180
  const noon = localNoon - equation / 360
  const latitude = place.latitude * rad
  const cosine = (Math.sin(-0.833 * rad) - Math.sin(latitude) * Math.sin(declination)) / (Math.cos(latitude) * Math.cos(declination))
  const halfDay = Math.acos(Math.max(-1, Math.min(1, cosine))) / rad / 360
  return { sunrise: noon - halfDay, sunset: noon + halfDay }
}
