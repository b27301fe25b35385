import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'money'> = {
  dimension: 'money',
  lang: 'vi',
  examples: [
    examples({ value: 850e6, currency: 'USD' }, ['850 triệu USD', '850 triệu đô la', 'USD 850 triệu', '$850 triệu']),
    examples({ value: 522.4e6, currency: 'USD' }, ['522,4 triệu USD']),
    examples({ value: 8.3e9, currency: 'USD' }, ['8,3 tỷ USD']),
    examples({ value: 4.1e6, currency: 'USD' }, ['4,1 triệu USD']),
    examples({ value: 1e9, currency: 'USD' }, ['1 tỷ USD', 'một tỷ đô', '1 tỉ USD']),
    examples({ value: 5000, currency: 'VND' }, ['5.000 đồng', '5.000đ', '5.000 VNĐ', 'năm nghìn đồng', 'VND5.000']),
    examples({ value: 4.56, currency: 'USD' }, ['USD4,56']),
    examples({ value: 1, currency: 'USD' }, ['một đô']),
    examples({ value: 0.35, currency: 'USD' }, ['35 xen']),
    examples({ value: 3.35, currency: 'USD' }, ['3 đô la và 35 xen', '3 đô 35 xu', 'ba đô 35', '3 đô và 35', '$3 và 35c']),
    examples({ min: 5e6, max: 10e6, currency: 'USD' }, ['5-10 triệu USD', 'từ 5 đến 10 triệu USD', 'giữa 5 và 10 triệu USD']),
    examples({ min: 3000, max: 4000, currency: 'VND' }, ['3000 tới 4000 đồng', 'từ 3000 đồng đến 4000 đồng']),
    examples({ value: 9000, bound: 'max', currency: 'VND' }, ['từ 9.000 đồng trở xuống']),
    examples({ min: 1.1e9, max: 1.2e9, currency: 'USD' }, ['1,1-1,2 tỷ USD', 'từ 1,1 tỷ USD đến 1,2 tỷ USD']),
    examples({ value: 42e12, currency: 'VND' }, ['42 nghìn tỷ đồng', 'VND42 nghìn tỷ', '42.000 tỷ đồng']),
    examples({ value: 2e9, currency: 'SGD' }, ['2 tỷ đô la Singapore', 'S$2 tỷ'])
  ],
  inContext: [
    {
      text: 'Kim ngạch đạt gần 1 tỷ USD, tăng 20,5%.',
      finds: [{ quote: '1 tỷ USD', value: { value: 1e9, currency: 'USD', approx: true } }]
    },
    {
      text: 'từ dưới 10 triệu USD năm 1999 lên 149 triệu USD năm 2008; 324 triệu USD 2011; 390,6 triệu USD năm 2012',
      finds: [
        { quote: '10 triệu USD', value: { value: 10e6, approx: true, bound: 'max' } },
        { quote: '149 triệu USD', value: { value: 149e6 } },
        { quote: '324 triệu USD', value: { value: 324e6 } },
        { quote: '390,6 triệu USD', value: { value: 390.6e6 } }
      ]
    },
    { text: 'vượt mốc 1 tỷ USD', finds: [{ quote: '1 tỷ USD', value: { value: 1e9, approx: true } }] },
    {
      text: 'Tại Pakistan, khoản vay 500 tỷ rupee được giải ngân.',
      finds: [{ quote: '500 tỷ rupee', value: { value: 500e9, currency: 'PKR' } }]
    }
  ],
  negative: ['ARF 17', 'Covid-19', 'G20', '417', 'năm 2024', 'phiên bản 2.1.3', 'đồng ý với 5 điểm', 'ngày 8/11/1972']
}
