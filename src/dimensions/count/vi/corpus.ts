import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'count'> = {
  dimension: 'count',
  lang: 'vi',
  examples: [
    examples({ value: 417, unit: 'bài đăng' }, ['417 bài đăng']),
    examples({ min: 7.5e6, max: 8e6, unit: 'tấn' }, ['7,5-8 triệu tấn', '7,5 đến 8 triệu tấn']),
    examples({ min: 300, max: 400, unit: 'doanh nghiệp' }, ['300-400 doanh nghiệp', '300 tới 400 doanh nghiệp']),
    examples({ value: 5, unit: 'doanh nghiệp' }, ['5 doanh nghiệp']),
    examples({ value: 3, unit: 'nước' }, ['3 nước']),
    examples({ value: 250e6, unit: 'người' }, ['250 triệu người', 'hai trăm năm mươi triệu người']),
    examples({ value: 50, unit: 'year' }, ['50 năm']),
    examples({ value: 6, unit: 'month' }, ['6 tháng'])
  ],
  inContext: [
    { text: 'khoảng 1.000 người tham dự', finds: [{ quote: '1.000 người', value: { value: 1000, approx: true } }] },
    { text: '3 nước đã ký', finds: [{ quote: '3 nước', value: { unit: 'nước' } }] }
  ],
  negative: [
    'ARF 17',
    'Covid-19',
    '417',
    'năm 2024',
    'ngày 8 tháng 11 năm 1972',
    'tháng 7/2011',
    'lần 2 tại Islamabad',
    'khóa 15',
    '850 triệu USD',
    '522,4 triệu đồng',
    'hai nước',
    'tăng 20,5%'
  ]
}
