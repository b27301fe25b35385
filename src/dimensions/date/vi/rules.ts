/**
 * The Vietnamese date rules, one file a topic, in the order resolution depends on:
 * where two rules read the same words, the one listed first is tried first.
 */
import { holidayRules } from '../holidays.js'
import { timeCountRule, timeRules } from '../times.js'
import { holidays, holidayWords } from './holidays.js'
import { periodRules } from './periods.js'
import { dayRangeRule, yearToDateRule, digitRules, periodPartRules, relativeRules } from '../rules.js'
import { dayParts, periodParts, timeCounts, shiftedPhrases, vaguePhrases } from './words.js'
import * as calendarDates from './calendar-dates.js'
import * as countedPeriods from './counted-periods.js'
import * as weekdayRules from './weekdays.js'
import { monthsOfYearRules } from './months-of-year.js'

export const rules = [
  ...digitRules({ dayFirst: true }),
  calendarDates.dayToDayOfMonth,
  calendarDates.yearlessDay,
  calendarDates.monthOfYearWords,
  calendarDates.dayOfMonthWords,
  calendarDates.yearAndYear,
  calendarDates.decadeOfCentury,
  calendarDates.quarterOfYear,
  ...relativeRules({
    shifted: shiftedPhrases,
    vague: vaguePhrases,
    notFollowedBy: 'đó',
    vagueNotFollowedBy: String.raw`(?:của[ \t]+)?(?:năm[ \t]+)?\d|(?:của[ \t]+)?tháng[ \t]+\d`,
    names: { shifted: 'năm ngoái|năm nay|năm tới', vague: 'thời gian tới' }
  }),
  countedPeriods.countedPeriod,
  countedPeriods.countedDecades,
  countedPeriods.oneDecade,
  weekdayRules.weekday,
  weekdayRules.weekdayBeforeDate,
  calendarDates.monthAlone,
  weekdayRules.placedWeekday,
  calendarDates.quarterAlone,
  ...timeRules(dayParts),
  ...periodPartRules(periodParts),
  ...holidayRules(holidays, holidayWords),
  yearToDateRule('từ đầu năm đến nay', [
    'từ đầu năm đến nay',
    'từ đầu năm tới nay',
    'từ đầu năm đến thời điểm này',
    'từ đầu năm đến thời điểm hiện tại'
  ]),
  timeCountRule(timeCounts),
  ...monthsOfYearRules,
  calendarDates.monthToMonth,
  dayRangeRule('<ngày> đến <ngày>', String.raw`[-–—][ \t]*(?:ngày[ \t]+)?|(?:đến|tới)(?:[ \t]+hết)?(?:[ \t]+ngày)?`),
  ...periodRules
]
