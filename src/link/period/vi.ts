import type { PeriodWords } from './types.js'

/** Vietnamese words around a figure's date (data only). "năm" stands before a year when the date leaves it out. */
export const period: PeriodWords = {
  connectors: [
    'vào', 'vào năm', 'năm', 'trong', 'trong năm', 'trong cả năm', 'cả năm', 'tính đến', 'tính đến năm', 'tính đến hết',
    'tính đến hết năm', 'đến', 'đến năm', 'đến hết năm', 'cho đến', 'của', 'của năm', 'trong giai đoạn', 'giai đoạn',
    'thời kỳ', 'niên khóa', 'tài khóa', 'năm tài khóa', 'vào cuối năm', 'cuối năm', 'trong vòng'
  ],
  baseline: ['so với', 'so', 'so với mức', 'so với cùng kỳ', 'so cùng kỳ', 'từ mức'],
  baselineFillers: ['cùng kỳ', 'cùng kỳ năm', 'năm', 'mức', 'mức của', 'mức năm', 'của năm'],
  samePeriod: ['cùng kỳ'],
  since: ['từ', 'kể từ', 'từ năm', 'kể từ năm', 'bắt đầu từ', 'bắt đầu từ năm', 'từ sau'],
  frameLeads: [
    'năm', 'trong', 'trong năm', 'vào', 'vào năm', 'tính đến', 'tính đến năm', 'tính đến hết', 'tính đến hết năm', 'đến', 'đến năm',
    'riêng', 'riêng năm', 'cả năm', 'hết năm', 'trong cả năm', 'giai đoạn', 'trong giai đoạn', 'cuối năm', 'đầu năm', 'và', 'còn',
    'tháng', 'tháng đầu', 'tháng đầu năm', 'tháng cuối năm', 'quý', 'nửa đầu', 'nửa đầu năm', 'nửa cuối năm', 'sau', 'trước'
  ],
  towards: ['lên', 'lên mức', 'lên tới', 'lên đến', 'đạt', 'đạt mức', 'đạt gần', 'đạt hơn', 'đạt khoảng']
}
