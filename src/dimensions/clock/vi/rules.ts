import { dimension, regex, regexOf, rule, tokenOf, type Rule } from '../../../engine/rule.js'
import { clockTime, minutesBefore, type HourSetter } from '../helpers.js'
import { zoneAbbreviations } from '../zones.js'
import { colonTime, zonedTime, isHourNumber, letterTime, timeRanges, type DayHalfWords } from '../rules.js'

/**
 * Parts of the day after a time, and how each sets the hour: "2 giờ sáng" is
 * 2:00, "3 giờ chiều" and "3 giờ tối" are 15:00, "10 giờ đêm" is 22:00 but
 * "2 giờ đêm" is 2:00, "12 giờ trưa" is noon and "1 giờ trưa" 13:00.
 */
const partSetters: Readonly<Record<string, HourSetter>> = {
  sáng: (hour) => (hour >= 0 && hour <= 11 ? hour : undefined),
  trưa: (hour) => (hour >= 10 && hour <= 12 ? hour : hour >= 1 && hour <= 2 ? hour + 12 : undefined),
  chiều: (hour) => (hour >= 1 && hour <= 11 ? hour + 12 : hour >= 12 && hour <= 18 ? hour : undefined),
  tối: (hour) => (hour >= 1 && hour <= 11 ? hour + 12 : hour >= 17 && hour <= 23 ? hour : undefined),
  đêm: (hour) => (hour >= 6 && hour <= 11 ? hour + 12 : hour === 12 ? 0 : hour >= 0 && hour <= 5 ? hour : hour <= 23 ? hour : undefined)
}

const dayPart: DayHalfWords = {
  source: `(?<half>${Object.keys(partSetters).join('|')})`,
  setterOf: (word) => partSetters[word]
}

/**
 * What follows the hour and "giờ": minutes ("45", "45 phút"), half an hour
 * ("rưỡi"), minutes before the hour ("kém 15"), then the part of the day.
 */
const hourWordText = new RegExp(
  `giờ(?:[ \\t]+(?:(?<minute>[0-5]?\\d)(?![.,:]?\\d)(?:[ \\t]+phút)?|(?<halfHour>rưỡi)|kém[ \\t]+(?<before>[0-5]?\\d)(?![.,:]?\\d)(?:[ \\t]+phút)?))?(?:[ \\t]+${dayPart.source})?`,
  'iu'
)
/** "lúc", "vào lúc": a bare "3 giờ" after them is a time, not three hours. */
const atText = /(?:vào[ \t]+)?lúc|vào[ \t]+(?:khoảng|đúng)/iu

/**
 * "3 giờ chiều", "9 giờ 40 phút", "ba giờ rưỡi", "10 giờ kém 20". A bare
 * "3 giờ" is also three hours ("làm việc 8 giờ"), so it stays latent unless
 * minutes, a half hour or a part of the day make it a time.
 */
export const hourWord = rule({
  name: '<hour> giờ <minutes>',
  dimension: 'clock',
  pattern: [dimension('numeral', isHourNumber), regex(hourWordText)],
  produce: ([hour, tail]) => {
    const { minute, halfHour, before, half } = regexOf(tail).named
    const setHour = half === undefined ? undefined : partSetters[half.toLowerCase()]
    const minutes = halfHour ? 30 : minute === undefined ? undefined : Number.parseInt(minute, 10)
    const latent = minutes === undefined && before === undefined && half === undefined
    const time = clockTime({ hour: tokenOf(hour, 'numeral').value.value, minute: minutes }, { setHour, latent })
    if (!time || before === undefined) return time
    return minutesBefore(time.value, Number.parseInt(before, 10))
  }
})

export const atHourWord = rule({
  name: 'lúc <hour> giờ',
  dimension: 'clock',
  pattern: [regex(atText), dimension('clock', (token) => token.latent)],
  produce: ([, clock]) => ({ value: tokenOf(clock, 'clock').value })
})

export const rules: Rule<'clock'>[] = [
  colonTime(dayPart),
  letterTime(['h', 'g']),
  hourWord,
  atHourWord,
  zonedTime({ ...zoneAbbreviations, 'giờ hà nội': 420, 'giờ việt nam': 420 }),
  ...timeRanges(String.raw`[-–—]|đến|tới`)
]
