import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const sport: CorpusPart = {
  examples: [examples({ type: 'award' }, ['giành HCV', 'đoạt huy chương vàng', 'giành ngôi vô địch'])],
  inContext: [
    {
      text: 'U23 Việt Nam đánh bại U23 Thái Lan với tỷ số 1-0.',
      finds: [{ quote: 'đánh bại', value: { type: 'match' } }]
    },
    { text: 'Đội tuyển thắng 3-1 trên sân nhà.', finds: [{ quote: 'thắng', value: { type: 'match' } }] },
    { text: 'U23 Việt Nam vô địch SEA Games 31.', finds: [{ quote: 'vô địch', value: { type: 'award' } }] }
  ],
  negative: ['nhà vô địch SEA Games', 'Đương kim vô địch Thái Lan.']
}
