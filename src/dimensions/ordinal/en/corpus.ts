import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'ordinal'> = {
  dimension: 'ordinal',
  lang: 'en',
  examples: [
    examples({ value: 5 }, ['fifth', '5th']),
    examples({ value: 11 }, ['eleventh', '11th']),
    examples({ value: 61 }, ['sixty-first', 'sixty first', '61st']),
    examples({ value: 30 }, ['thirtieth'])
  ],
  negative: ['one', '1', 'firstly']
}
