import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'multiplier'> = {
  dimension: 'multiplier',
  lang: 'vi',
  examples: [
    examples({ min: 5, max: 10 }, ['gấp 5-10 lần', 'gấp 5 đến 10 lần']),
    examples({ value: 3 }, ['gấp 3 lần', 'gấp ba lần', 'gấp 3']),
    examples({ value: 2 }, ['gấp đôi']),
    examples({ value: 1.5 }, ['gấp rưỡi'])
  ],
  inContext: [{ text: 'tăng gấp 3 lần so với năm 2020', finds: [{ quote: 'gấp 3 lần', value: { value: 3 } }] }],
  negative: ['2 lần', 'lần 2', 'Covid-19', '417', 'năm 2024']
}
