import { eidAlAdha, eidAlFitr, ramadan } from '../calendars/islamic-holidays.js'
import type { HolidayDate, HolidayNames } from '../holidays.js'

const christmas: HolidayDate = { fixed: [12, 25] }
/** A day of the lunar calendar as Vietnam keeps it (UTC+7). */
const lunar = (month: number, day: number): HolidayDate => ({ lunar: [month, day], zone: 7 })
const tet = lunar(1, 1)
const newYear: HolidayDate = { fixed: [1, 1] }

/**
 * Holidays said in Vietnamese news, with their days: of the solar calendar,
 * from Easter, of the lunar calendar (Tết), and the Islamic holidays that
 * the region's news names, mostly by their own names ("tháng Ramadan", "lễ
 * Eid al-Fitr").
 */
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
  'phục sinh': { easter: true },
  tết: tet,
  'tết nguyên đán': tet,
  'tết âm lịch': tet,
  'tết cổ truyền': tet,
  'mùng 1 tết': tet,
  'mồng 1 tết': tet,
  'rằm tháng giêng': lunar(1, 15),
  'tết nguyên tiêu': lunar(1, 15),
  'giỗ tổ hùng vương': lunar(3, 10),
  'phật đản': lunar(4, 15),
  'lễ phật đản': lunar(4, 15),
  'tết đoan ngọ': lunar(5, 5),
  'lễ vu lan': lunar(7, 15),
  'vu lan': lunar(7, 15),
  'tết trung thu': lunar(8, 15),
  'trung thu': lunar(8, 15),
  'tết ông công ông táo': lunar(12, 23),
  'ông công ông táo': lunar(12, 23),
  'lễ phục sinh': { easter: true },
  ramadan,
  'tháng ramadan': ramadan,
  'tháng chay ramadan': ramadan,
  'eid al fitr': eidAlFitr,
  'lễ eid al fitr': eidAlFitr,
  'eid al adha': eidAlAdha,
  'lễ eid al adha': eidAlAdha,
  'lễ hiến sinh': eidAlAdha
}

/** "năm" between a holiday and its year ("giáng sinh năm 2024"); "này", "tới", "trước" after it are not read yet. */
export const holidayWords = { of: 'năm', shift: {} } as const
