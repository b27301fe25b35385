import type { QualifierCues } from './types.js'

/** Vietnamese qualifier cues (data only). */
export const cues: QualifierCues = {
  target: [
    'mục tiêu',
    'phấn đấu',
    'vượt mốc',
    'chỉ tiêu',
    'hướng tới',
    'hướng đến',
    'quyết tâm',
    'nhất trí đưa',
    'đặt mục tiêu',
    'đưa … lên',
    'đưa … đạt',
    'đưa … vượt',
    'đưa … tới',
    'đưa … đến',
    'nâng … lên',
    'nâng … đạt',
    'cán đích',
    'nỗ lực đạt'
  ],
  forecast: [
    'dự kiến',
    'dự báo',
    'ước tính sẽ',
    'sẽ',
    'có thể',
    'có khả năng',
    'kỳ vọng',
    'triển vọng',
    'dự tính',
    'được dự đoán',
    'dự đoán'
  ],
  targetAfter: ['mục tiêu', 'chỉ tiêu', 'theo kế hoạch'],
  forecastAfter: ['theo dự báo', 'theo dự kiến'],
  change: [
    'tăng',
    'giảm',
    'tăng trưởng',
    'tăng thêm',
    'giảm thêm',
    'giảm đi',
    'sụt giảm',
    'suy giảm',
    'mức tăng',
    'mức giảm',
    'tăng mạnh',
    'tăng nhẹ',
    'giảm mạnh',
    'giảm nhẹ',
    'tăng vọt',
    'tăng gấp'
  ],
  changeAfter: [],
  level: ['lên', 'đến', 'tới', 'mức', 'từ', 'ở', 'còn', 'đạt', 'lên mức', 'xuống', 'xuống còn'],
  and: ['và', 'hay']
}
