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
import {
  monthDayYear,
  dayMonthYear,
  dayMonthYearDashed,
  monthDayNumbers,
  monthDay,
  dayMonth,
  monthYear,
  monthAlone,
  yearOfEra,
  yearInWords
} from './calendar-dates.js'
import { monthDayToDay, dayToDayMonth, yearToYearWords, monthToMonth } from './day-ranges.js'
import {
  fiscalYear,
  quarterOfYear,
  yearQuarter,
  quarterOfYearText,
  monthsOfFiscalYear,
  monthsOfYearCount,
  monthsOfCurrentYearCount,
  halfOfYear,
  halfOfCurrentYear,
  halfAlone,
  halfShort,
  shiftedQuarter,
  quarterOfYearSaidRelatively,
  quarterAlone
} from './quarters.js'
import { decadeOfCentury, decadeShortForm, pastDecades, nextDecades, pastDecade, nextDecade } from './decades.js'
import {
  vagueCount,
  pastCount,
  nextCount,
  inCount,
  inOneUnit,
  countFromNow,
  oneUnitFromNow,
  countAgo,
  countEarlier,
  oneUnitEarlier,
  pastYear,
  shiftedMonth,
  periodEnd,
  followingPeriod
} from './counted-periods.js'
import { weekday, countedWeekdays, afterNext, weekdayAndDay, shiftedWeekday, weekdayOfShiftedWeek } from './weekdays.js'
import {
  rankInMonth,
  rankOfMonth,
  theRankOfMonth,
  dayRankAlone,
  dayOfShiftedMonth,
  rankOfShiftedMonth,
  monthRank,
  monthRankYear
} from './ordinal-days.js'
import { inHours, inCountAndHalf, inTimeCount, inTimeWords, timeCountFromNow } from './clock-counts.js'

export const rules = [
  followingPeriod,
  yearInWords,
  ...digitRules({ dayFirst: false }),
  monthDayYear,
  dayMonthYear,
  dayMonthYearDashed,
  monthDayNumbers,
  monthDay,
  dayMonth,
  monthYear,
  monthDayToDay,
  dayToDayMonth,
  fiscalYear,
  ...fiscalRules,
  yearEnding,
  quarterOfYear,
  quarterOfYearText,
  yearQuarter,
  decadeOfCentury,
  decadeShortForm,
  yearToYearWords,
  ...relativeRules({
    shifted: shiftedPhrases,
    vague: vaguePhrases,
    vagueNotFollowedBy: String.raw`(?:of|in)[ \t]+(?:the[ \t]+year[ \t]+)?\d`,
    names: { shifted: 'last|this|next <unit>', vague: '<vague time>' }
  }),
  vagueCount,
  pastCount,
  nextCount,
  pastDecades,
  nextDecades,
  pastDecade,
  nextDecade,
  countAgo,
  countEarlier,
  oneUnitEarlier,
  pastYear,
  countFromNow,
  oneUnitFromNow,
  inCount,
  inOneUnit,
  weekday,
  weekdayAndDay,
  countedWeekdays,
  afterNext,
  shiftedWeekday,
  weekdayOfShiftedWeek,
  rankInMonth,
  ...weekRules,
  shiftedSeason,
  monthsOfFiscalYear,
  monthToMonth,
  monthsOfYearCount,
  monthsOfCurrentYearCount,
  halfOfYear,
  halfOfCurrentYear,
  halfAlone,
  halfShort,
  inTimeCount,
  inTimeWords,
  inHours,
  inCountAndHalf,
  timeCountFromNow,
  monthAlone,
  shiftedMonth,
  shiftedQuarter,
  quarterOfYearSaidRelatively,
  quarterAlone,
  rankOfMonth,
  theRankOfMonth,
  dayRankAlone,
  dayOfShiftedMonth,
  rankOfShiftedMonth,
  monthRank,
  monthRankYear,
  ...timeRules(dayParts),
  ...periodPartRules(periodParts),
  periodEnd,
  yearOfEra,
  ...holidayRules(holidays, holidayWords),
  ...fromDayRules,
  yearToDateRule('year to date', ['year to date', 'year-to-date', 'the year to date']),
  timeCountRule(timeCounts),
  dayRangeRule('<day> to <day>', String.raw`[-–—]|to|through|thru|till|until`),
  dayRangeRule('between <day> and <day>', 'and', 'between'),
  ...listRules,
  ...periodRules
]
