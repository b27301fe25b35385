import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'percent'> = {
  dimension: 'percent',
  lang: 'vi',
  examples: [
    examples({ value: 20.5 }, ['20,5%', '20,5 phần trăm']),
    examples({ value: 9 }, ['9 phần trăm', 'chín phần trăm', '9%']),
    examples({ value: 2 }, ['2 điểm phần trăm']),
    examples({ min: 5, max: 10 }, ['5-10%', '5 đến 10 phần trăm', '5%-10%', 'từ 5 đến 10%', 'giữa 5 và 10%'])
  ],
  inContext: [
    { text: 'tăng 20,5% so với năm 2023', finds: [{ quote: '20,5%', value: { value: 20.5 } }] },
    { text: 'tăng khoảng 35,1%', finds: [{ quote: '35,1%', value: { value: 35.1, approx: true } }] }
  ],
  negative: ['ARF 17', 'Covid-19', '417', 'năm 2024', 'phần trăm']
}
