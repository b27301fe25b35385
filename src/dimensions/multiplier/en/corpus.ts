import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'multiplier'> = {
  dimension: 'multiplier',
  lang: 'en',
  examples: [
    examples({ min: 5, max: 10 }, ['five to ten times', '5-10 times', '5 to 10 times']),
    examples({ value: 2 }, ['two-fold', '2-fold', '2 fold', 'twofold']),
    examples({ value: 3 }, ['threefold']),
    examples({ value: 10 }, ['tenfold', 'Tenfold'])
  ],
  inContext: [
    { text: 'trade by five to ten times within', finds: [{ quote: 'five to ten times', value: { min: 5, max: 10 } }] },
    { text: 'three times more than before', finds: [{ quote: 'three times', value: { value: 3 } }] },
    { text: 'Investment has grown nearly threefold since 2018.', finds: [{ quote: 'threefold', value: { value: 3, approx: true } }] }
  ],
  negative: ['met three times', 'tripled', 'manifold', 'onefold', 'the Times', '417', '2024 times']
}
