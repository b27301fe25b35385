import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'count'> = {
  dimension: 'count',
  lang: 'en',
  examples: [
    examples({ value: 250e6, unit: 'people' }, ['250 million people']),
    // A range before one noun: the low end scaled like the high one, or written in full.
    examples({ min: 7.5e6, max: 8e6, unit: 'tonnes' }, ['7.5-8 million tonnes', '7.5 to 8 million tonnes']),
    examples({ min: 5e5, max: 1e6, unit: 'people' }, ['500,000 to 1 million people']),
    examples({ min: 20, max: 30, unit: 'articles' }, ['20-30 articles', '20 to 30 research articles']),
    examples({ value: 30, unit: 'articles' }, ['30 research articles', '30 articles']),
    examples({ value: 5, unit: 'countries' }, ['5 countries']),
    examples({ value: 50, unit: 'year' }, ['50 years']),
    examples({ value: 6, unit: 'month' }, ['6 months'])
  ],
  inContext: [
    {
      text: 'Some 3,000 delegates attended.',
      finds: [{ quote: '3,000 delegates', value: { value: 3000, unit: 'delegates', approx: true } }]
    },
    { text: 'It marks 50 years of ties.', finds: [{ quote: '50 years', value: { unit: 'year' } }] },
    { text: 'The 5 countries signed.', finds: [{ quote: '5 countries', value: { unit: 'countries' } }] },
    // Not a range: eight is not below five million, nor written in full.
    { text: 'from 8 to 5 million tonnes', finds: [{ quote: '5 million tonnes', value: { value: 5e6 } }] },
    { text: 'In 2023-8 million tonnes were shipped.', finds: [{ quote: '8 million tonnes', value: { value: 8e6 } }] }
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
