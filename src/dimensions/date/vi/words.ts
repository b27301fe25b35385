import type { Unit } from '../helpers.js'
import type { DayPartWords, Hours, TimeCountWords } from '../times.js'
import { shiftedPhraseTable, type PeriodPartWords } from '../rules.js'
import type { DateGrain } from '../types.js'

/** Phrases naming one period counted from the day of writing, per unit and count of periods away. "qua", "vừa qua" after a period's noun name the one just gone ("trong tuần qua", "quý vừa qua"). */
export const shiftedPhrases = shiftedPhraseTable({
  year: [
    [-1, ['năm ngoái', 'năm trước', 'năm vừa qua']],
    [0, ['năm nay']],
    [1, ['năm tới', 'năm sau', 'sang năm']]
  ],
  month: [
    [-1, ['tháng trước', 'tháng qua', 'tháng vừa qua']],
    [0, ['tháng này']],
    [1, ['tháng tới', 'tháng sau']]
  ],
  week: [
    [-1, ['tuần trước', 'tuần qua', 'tuần vừa qua']],
    [0, ['tuần này']],
    [1, ['tuần tới', 'tuần sau']]
  ],
  quarter: [
    [-1, ['quý qua', 'quý vừa qua', 'quý trước']],
    [0, ['quý này', 'quý nay', 'quý hiện tại']],
    [1, ['quý tới', 'quý sau', 'quý tiếp']]
  ],
  day: [
    [-2, ['ngày hôm kia', 'hôm kia']],
    [-1, ['ngày hôm qua', 'hôm qua']],
    [0, ['ngày hôm nay', 'bữa nay', 'hôm nay']],
    [1, ['ngày mai']],
    [2, ['ngày kia']]
  ]
})

/** Relative periods with no edges to resolve to, with the grain they speak in. */
export const vaguePhrases: Readonly<Record<string, DateGrain>> = {
  'thời gian tới': 'year',
  'thời gian sắp tới': 'year',
  'thời gian sớm nhất': 'year',
  'thời gian gần đây': 'year',
  'thời gian qua': 'year',
  'thời gian vừa qua': 'year',
  'tương lai gần': 'year',
  'những năm gần đây': 'year',
  'những năm qua': 'year',
  'những năm tới': 'year',
  'những năm sắp tới': 'year',
  'các năm tới': 'year',
  'mấy năm gần đây': 'year',
  'những thập niên tới': 'year',
  'những tháng gần đây': 'month',
  'những tháng tới': 'month',
  'những tháng sắp tới': 'month',
  'những tuần tới': 'day',
  'những ngày tới': 'day',
  'những ngày qua': 'day',
  'những ngày gần đây': 'day',
  'mới đây': 'day',
  'vừa mới đây': 'day',
  'giai đoạn tới': 'year',
  'giai đoạn sắp tới': 'year',
  'giai đoạn vừa qua': 'year',
  'giai đoạn qua': 'year',
  'những thập kỷ qua': 'year',
  'những thập niên qua': 'year',
  'các thập kỷ qua': 'year',
  // The period before the one the sentence speaks of, not before the day of writing: no value.
  'năm trước đó': 'year',
  'năm liền trước': 'year',
  'quý trước đó': 'month',
  'quý liền trước': 'month',
  'tháng trước đó': 'month',
  'tháng liền trước': 'month',
  'tuần trước đó': 'day',
  'tuần liền trước': 'day',
  // The same months a year back, that a figure is compared with: which months, its sentence says.
  'cùng kỳ': 'month',
  'cùng kỳ năm trước': 'month',
  'cùng kỳ năm ngoái': 'month',
  'cùng kỳ của năm trước': 'month',
  'cùng kỳ của năm ngoái': 'month'
}

/** Period nouns to their unit. */
export const unitWords: Readonly<Record<string, Exclude<Unit, 'quarter'>>> = {
  năm: 'year',
  tháng: 'month',
  tuần: 'week',
  ngày: 'day'
}

/** Words after a count of periods, by the direction they look in: "50 năm qua", "5 năm tới", "3 năm trước". */
export const countDirections: Readonly<Record<string, 'past' | 'next' | 'ago'>> = {
  qua: 'past',
  'vừa rồi': 'past',
  'vừa qua': 'past',
  'gần đây': 'past',
  'gần nhất': 'past',
  tới: 'next',
  'sắp tới': 'next',
  'tiếp theo': 'next',
  nữa: 'next',
  trước: 'ago',
  'trước đây': 'ago'
}

/** Quarters as Roman or Arabic numerals: "quý I", "quý 4". */
export const quarterNumbers: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4
}

/** Quarters in words: "quý ba". */
export const quarterNames: Readonly<Record<string, number>> = {
  một: 1,
  nhất: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4
}

/** Weekday names (ISO numbering, Monday 1): "thứ Hai", "thứ 2", "Chủ nhật". */
export const weekdays: Readonly<Record<string, number>> = {
  'thứ hai': 1,
  'thứ 2': 1,
  'thứ ba': 2,
  'thứ 3': 2,
  'thứ tư': 3,
  'thứ 4': 3,
  'thứ năm': 4,
  'thứ 5': 4,
  'thứ sáu': 5,
  'thứ 6': 5,
  'thứ bảy': 6,
  'thứ 7': 6,
  'chủ nhật': 7,
  'chúa nhật': 7
}

/** Sunday's names, which need no cue word before them: "thứ hai" may be a rank, "Chủ nhật" is always a day. */
export const sundays: Readonly<Record<string, number>> = { 'chủ nhật': 7, 'chúa nhật': 7 }

/** Month names in words: "tháng sáu", "tháng giêng", "tháng chạp". */
export const monthWords: Readonly<Record<string, number>> = {
  giêng: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
  chạp: 12
}

/** Words after a weekday or a month that place it in the coming or past period: "thứ ba tới", "tháng 3 tới". */
export const placeWords: Readonly<Record<string, -1 | 1>> = {
  tới: 1,
  'sắp tới': 1,
  'vừa rồi': -1,
  'vừa qua': -1
}

/** Which week "tuần này/tới/trước" names, as weeks from the reference day's. */
export const weekWords: Readonly<Record<string, number>> = {
  'tuần này': 0,
  'tuần tới': 1,
  'tuần sau': 1,
  'tuần trước': -1
}

/** Parts of a day and the hours they cover, first and last. */
const partHours: Readonly<Record<string, Hours>> = {
  sáng: [4, 11],
  'buổi sáng': [4, 11],
  trưa: [12, 13],
  'buổi trưa': [12, 13],
  chiều: [12, 18],
  'buổi chiều': [12, 18],
  tối: [18, 23],
  'buổi tối': [18, 23],
  đêm: [18, 23]
}

/** Days a part of the day is placed on, counted from the day of writing. */
const partDays: Readonly<Record<string, number>> = {
  nay: 0,
  'hôm nay': 0,
  mai: 1,
  'ngày mai': 1,
  qua: -1,
  'hôm qua': -1
}

/** "tối nay", "sáng mai", "trưa ngày mai", "tối hôm qua". */
export const dayParts: DayPartWords = {
  phrases: Object.fromEntries(
    Object.entries(partHours).flatMap(([part, hours]) => Object.entries(partDays).map(([day, by]) => [`${part} ${day}`, { by, hours }]))
  ),
  joins: ['ngày', 'vào lúc', 'lúc', 'vào', ','],
  names: {
    dayAtTime: '<day> lúc|vào <time>',
    timeOnDay: '<time> ngày|vào <day>',
    partOfShiftedDay: '<part of day> nay|mai|qua'
  }
}

/** Words of a part of a period and the part they name. */
const partWords = { đầu: 'start', giữa: 'middle', cuối: 'end' } as const

/** "cuối năm 2024", "đầu tháng 3", "giữa năm nay", "cuối năm", "đầu tuần này". */
export const periodParts: PeriodPartWords = {
  before: partWords,
  names: { period: 'đầu|giữa|cuối <period>', between: 'đầu|giữa|cuối năm|tháng <period>', current: 'đầu|giữa|cuối <unit>' },
  current: Object.fromEntries(
    Object.entries(partWords).flatMap(([word, part]) =>
      (
        [
          ['năm', 'year'],
          ['tháng', 'month'],
          ['tuần', 'week']
        ] as const
      ).flatMap(([unitWord, unit]) => ['', ' nay', ' này'].map((now) => [`${word} ${unitWord}${now}`, { part, unit }]))
    )
  ),
  between: 'năm|tháng',
  // "giữa năm 2023 và 2024" is "between 2023 and 2024".
  notFollowedBy: 'và|với|đến|tới|-'
}

/** "3 phút vừa rồi", "4 giờ tới", "5 tiếng tiếp theo". */
export const timeCounts: TimeCountWords = {
  units: { giờ: 'hour', tiếng: 'hour', 'tiếng đồng hồ': 'hour', phút: 'minute', giây: 'second', s: 'second' },
  directions: { 'vừa rồi': -1, 'vừa qua': -1, qua: -1, tới: 1, 'sắp tới': 1, 'tiếp theo': 1, nữa: 1 },
  directionFirst: false
}
