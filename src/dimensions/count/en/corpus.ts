import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'count'> = {
  dimension: 'count',
  lang: 'en',
  examples: [
    examples({ value: 250e6, unit: 'people' }, ['250 million people']),
    examples({ value: 30, unit: 'articles' }, ['30 research articles', '30 articles']),
    examples({ value: 5, unit: 'countries' }, ['5 countries']),
    examples({ value: 50, unit: 'year' }, ['50 years']),
    examples({ value: 6, unit: 'month' }, ['6 months'])
  ],
  inContext: [
    { text: 'Some 3,000 delegates attended.', finds: [{ quote: '3,000 delegates', value: { value: 3000, unit: 'delegates', approx: true } }] },
    { text: 'It marks 50 years of ties.', finds: [{ quote: '50 years', value: { unit: 'year' } }] },
    { text: 'The 5 countries signed.', finds: [{ quote: '5 countries', value: { unit: 'countries' } }] }
  ],
  negative: [
    'ARF 17 ministers',
    'ADB 44 meeting',
    'Covid-19 patients',
    'G20 leaders',
    '417',
    'in 2024 exports rose',
    '2024 figures',
    'On 14 October 2025',
    'Article 5 states',
    'version 2.1 release',
    'five people',
    '$520 billion worth',
    'met three times',
    'the 9 percent rise'
  ]
}
