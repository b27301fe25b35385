import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'numeral'> = {
  dimension: 'numeral',
  lang: 'vi',
  examples: [
    examples({ value: 8 }, ['tám', '8']),
    examples({ value: 10 }, ['mười']),
    examples({ value: 15 }, ['mười lăm']),
    examples({ value: 25 }, ['hai mươi lăm', '25']),
    examples({ value: 21 }, ['hai mươi mốt']),
    examples({ value: 50 }, ['năm mươi', 'năm chục']),
    examples({ value: 5000 }, ['5.000', '5 000', '5k']),
    examples({ value: 6000 }, ['6 nghìn', 'sáu ngàn']),
    examples({ value: 500000 }, ['năm trăm nghìn', 'năm trăm ngàn']),
    examples({ value: 522.4 }, ['522,4', '522 phẩy 4', '522 chấm 4']),
    examples({ value: 10.3 }, ['10.3']),
    examples({ value: 0.35 }, [',35', '0,35']),
    examples({ value: 850e6 }, ['850 triệu', 'tám trăm năm mươi triệu']),
    examples({ value: 522.4e6 }, ['522,4 triệu']),
    examples({ value: 3e9 }, ['3 tỷ', 'ba tỷ', 'ba tỉ']),
    examples({ value: 105 }, ['một trăm linh năm', 'một trăm lẻ năm']),
    examples({ value: 500 }, ['năm trăm']),
    examples({ value: 32014 }, ['ba mươi hai nghìn không trăm mười bốn']),
    examples({ value: -3.4e6 }, ['-3.400.000', 'âm 3.400.000']),
    examples({ value: 62 }, ['sáu mươi hai (62)'])
  ],
  // "năm" alone is "year"; "mười năm" is "ten years", read as 10 and a duration.
  negative: ['năm', 'G20', 'Covid-19', 'phiên bản 1.2.3'],
  inContext: [{ text: 'mười năm', finds: [{ quote: 'mười', value: { value: 10 } }] }]
}
