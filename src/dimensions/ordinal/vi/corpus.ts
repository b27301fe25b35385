import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'ordinal'> = {
  dimension: 'ordinal',
  lang: 'vi',
  examples: [
    examples({ value: 4 }, ['thứ tư', 'thứ 4']),
    examples({ value: 2 }, ['thứ hai', 'thứ 2']),
    examples({ value: 15 }, ['thứ 15', 'thứ mười lăm'])
  ],
  inContext: [
    { text: 'phiên họp lần thứ nhất', finds: [{ quote: 'thứ nhất', value: { value: 1 } }] },
    { text: 'chuyến thăm đầu tiên', finds: [{ quote: 'đầu tiên', value: { value: 1 } }] }
  ],
  negative: ['một', 'thứ']
}
