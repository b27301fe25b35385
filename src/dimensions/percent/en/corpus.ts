import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'percent'> = {
  dimension: 'percent',
  lang: 'en',
  examples: [
    examples({ value: 20.5 }, ['20.5%', '20.5 percent', '20.5 per cent', '20.5 pct']),
    examples({ value: 9 }, ['9 percent', 'nine percent', '9%']),
    examples({ value: 12 }, ['12pc', '12 pc']),
    examples({ value: 3.2 }, ['3.2pc']),
    examples({ value: -2.5 }, ['-2.5%']),
    examples({ value: 3 }, ['3 percentage points']),
    examples({ min: 5, max: 10 }, ['5-10%', '5 to 10 percent', '5%-10%', 'between 5 and 10%', 'from 5 to 10 percent'])
  ],
  inContext: [
    { text: 'Exports grew nearly 35.1 per cent last year.', finds: [{ quote: '35.1 per cent', value: { value: 35.1, approx: true } }] },
    { text: 'up more than 9% on 2023', finds: [{ quote: '9%', value: { value: 9, approx: true, bound: 'min' } }] }
  ],
  negative: ['ARF 17', 'Covid-19', '417', 'in 2024', 'percent', 'G20 summit', 'bought 5 PCs']
}
