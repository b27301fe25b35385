import type { HolidayDate, HolidayNames } from '../holidays.js'

const christmas: HolidayDate = { fixed: [12, 25] }
const newYear: HolidayDate = { fixed: [1, 1] }

/** Holidays of the solar calendar said in Vietnamese news, with their days (lunar ones such as Tết Nguyên đán are not computed). */
export const holidays: HolidayNames = {
  'giáng sinh': christmas,
  'lễ giáng sinh': christmas,
  noel: christmas,
  'tết dương lịch': newYear,
  'năm mới dương lịch': newYear,
  'quốc khánh': { fixed: [9, 2] },
  'ngày quốc khánh': { fixed: [9, 2] },
  'giải phóng miền nam': { fixed: [4, 30] },
  'quốc tế lao động': { fixed: [5, 1] },
  'quốc tế phụ nữ': { fixed: [3, 8] },
  'phụ nữ việt nam': { fixed: [10, 20] },
  'nhà giáo việt nam': { fixed: [11, 20] },
  'lễ tình nhân': { fixed: [2, 14] },
  valentine: { fixed: [2, 14] },
  'phục sinh': { easter: 'western', offset: 0 },
  'lễ phục sinh': { easter: 'western', offset: 0 }
}

/** "năm" between a holiday and its year ("giáng sinh năm 2024"); "này", "tới", "trước" after it are not read yet. */
export const holidayWords = { of: 'năm', shift: {} } as const
