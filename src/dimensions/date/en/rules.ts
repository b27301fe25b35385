/**
 * The English date rules, one file a topic, in the order resolution depends on:
 * where two rules read the same words, the one listed first is tried first.
 */
import { holidayRules } from '../holidays.js'
import { periodRules } from './periods.js'
import { timeCountRule, timeRules } from '../times.js'
import { fromDayRules } from './from-day.js'
import { yearEnding } from './year-ending.js'
import { fiscalRules } from './fiscal.js'
import { listRules } from './lists.js'
import { holidays, holidayWords } from './holidays.js'
import { shiftedSeason } from './seasons.js'
import { weekRules } from './weeks.js'
import { dayRangeRule, yearToDateRule, digitRules, periodPartRules, relativeRules } from '../rules.js'
import { dayParts, periodParts, timeCounts, shiftedPhrases, vaguePhrases } from './relatives.js'
import * as calendarDates from './calendar-dates.js'
import { monthDayToDay, dayToDayMonth, yearToYearWords, monthToMonth } from './day-ranges.js'
import * as quarters from './quarters.js'
import { decadeOfCentury, decadeShortForm, pastDecades, nextDecades, pastDecade, nextDecade } from './decades.js'
import * as countedPeriods from './counted-periods.js'
import { weekday, countedWeekdays, afterNext, weekdayAndDay, shiftedWeekday, weekdayOfShiftedWeek } from './weekdays.js'
import * as ordinalDays from './ordinal-days.js'
import { timeCountFromNow } from './clock-counts.js'

export const rules = [
  countedPeriods.followingPeriod,
  calendarDates.yearInWords,
  ...digitRules({ dayFirst: false }),
  calendarDates.monthDayYear,
  calendarDates.dayMonthYear,
  calendarDates.dayMonthYearDashed,
  calendarDates.monthDayNumbers,
  calendarDates.monthDay,
  calendarDates.dayMonth,
  calendarDates.monthYear,
  monthDayToDay,
  dayToDayMonth,
  quarters.fiscalYear,
  ...fiscalRules,
  yearEnding,
  quarters.quarterOfYear,
  quarters.quarterOfYearText,
  quarters.yearQuarter,
  decadeOfCentury,
  decadeShortForm,
  yearToYearWords,
  ...relativeRules({
    shifted: shiftedPhrases,
    vague: vaguePhrases,
    vagueNotFollowedBy: String.raw`(?:of|in)[ \t]+(?:the[ \t]+year[ \t]+)?\d`,
    names: { shifted: 'last|this|next <unit>', vague: '<vague time>' }
  }),
  countedPeriods.vagueCount,
  countedPeriods.pastCount,
  countedPeriods.nextCount,
  pastDecades,
  nextDecades,
  pastDecade,
  nextDecade,
  countedPeriods.countAgo,
  countedPeriods.countEarlier,
  countedPeriods.oneUnitEarlier,
  countedPeriods.pastYear,
  countedPeriods.countFromNow,
  countedPeriods.oneUnitFromNow,
  weekday,
  weekdayAndDay,
  countedWeekdays,
  afterNext,
  shiftedWeekday,
  weekdayOfShiftedWeek,
  ordinalDays.rankInMonth,
  ...weekRules,
  shiftedSeason,
  quarters.monthsOfFiscalYear,
  monthToMonth,
  quarters.monthsOfYearCount,
  quarters.monthsOfCurrentYearCount,
  quarters.halfOfYear,
  quarters.halfOfCurrentYear,
  quarters.halfAlone,
  quarters.halfShort,
  timeCountFromNow,
  calendarDates.monthAlone,
  countedPeriods.shiftedMonth,
  quarters.shiftedQuarter,
  quarters.quarterOfYearSaidRelatively,
  quarters.quarterAlone,
  ordinalDays.rankOfMonth,
  ordinalDays.theRankOfMonth,
  ordinalDays.dayRankAlone,
  ordinalDays.dayOfShiftedMonth,
  ordinalDays.rankOfShiftedMonth,
  ordinalDays.monthRank,
  ordinalDays.monthRankYear,
  ...timeRules(dayParts),
  ...periodPartRules(periodParts),
  countedPeriods.periodEnd,
  calendarDates.yearOfEra,
  ...holidayRules(holidays, holidayWords),
  ...fromDayRules,
  yearToDateRule('year to date', ['year to date', 'year-to-date', 'the year to date']),
  timeCountRule(timeCounts),
  dayRangeRule('<day> to <day>', String.raw`[-–—]|to|through|thru|till|until`),
  dayRangeRule('between <day> and <day>', 'and', 'between'),
  ...listRules,
  ...periodRules
]
