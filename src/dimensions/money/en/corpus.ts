import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'money'> = {
  dimension: 'money',
  lang: 'en',
  examples: [
    examples({ value: 850e6, currency: 'USD' }, [
      '$850 million',
      'US$850 million',
      'USD 850 million',
      '850 million dollars',
      '850 million US dollars'
    ]),
    examples({ value: 10.3e9, currency: 'USD' }, ['USD 10.3 billion', '$10.3bn', 'US$ 10.3 billion']),
    // Decimals times a scale are the number written, not its nearest double product (4.1 × 10⁶ is 4099999.9999999995 in binary).
    examples({ value: 4.1e6, currency: 'USD' }, ['$4.1 million']),
    examples({ value: 8.3e9, currency: 'USD' }, ['$8.3 billion']),
    examples({ value: 7.25, currency: 'USD' }, ['USD7.25', '7.25US$']),
    examples({ value: 35, currency: 'EUR' }, ['€35', '35€', '35 euros', 'EUR 35']),
    examples({ value: 5e6, currency: 'GBP' }, ['£5m', '5 million pounds']),
    examples({ value: 61, currency: 'MYR' }, ['RM61', '61 ringgit', 'RM 61', '61MYR']),
    examples({ value: 500, currency: 'INR' }, ['Rs 500', 'Rs. 500', '500 rupees']),
    examples({ value: 1, currency: 'EUR' }, ['a euro']),
    examples({ value: 0.15, currency: 'USD' }, ['15 cents', '15c']),
    examples({ value: 30.15, currency: 'USD' }, ['$30 and 15 cents', '30 dollars 15 cents', '$30 15', '$30 and 15']),
    examples({ min: 5e6, max: 10e6, currency: 'USD' }, ['$5-10 million', '$5 million-$10 million']),
    examples({ min: 1e9, max: 2e9, currency: 'USD' }, ['between $1 and $2 billion']),
    examples({ min: 30, max: 40, currency: 'USD' }, ['from 30 to 40 dollars'])
  ],
  inContext: [
    {
      text: 'Trade touched nearly $520 billion in 2024.',
      finds: [{ quote: '$520 billion', value: { value: 520e9, currency: 'USD', approx: true } }]
    },
    {
      text: 'It will pass the $1 billion mark, more than USD 850 million now.',
      finds: [
        { quote: '$1 billion', value: { value: 1e9, approx: true, bound: 'min' } },
        { quote: 'USD 850 million', value: { value: 850e6, approx: true, bound: 'min' } }
      ]
    },
    {
      text: 'Exports rose from $5 million to $9 million.',
      finds: [
        { quote: '$5 million', value: { value: 5e6 } },
        { quote: '$9 million', value: { value: 9e6 } }
      ]
    },
    {
      text: 'Pakistan raised Rs 500 billion.',
      finds: [{ quote: 'Rs 500 billion', value: { value: 500e9, currency: 'PKR' } }]
    },
    {
      text: 'Qatar offered 900 million riyals; Pakistan quoted INR 500 crore.',
      finds: [
        { quote: '900 million riyals', value: { value: 900e6, currency: 'QAR' } },
        { quote: 'INR 500 crore', value: { value: 5e9, currency: 'INR' } }
      ]
    },
    { text: 'It paid $30 15 times.', finds: [{ quote: '$30', value: { value: 30 } }] },
    { text: 'from USD 331 million in 2013-2014 to USD 907 million', finds: [{ quote: 'USD 331 million' }, { quote: 'USD 907 million' }] }
  ],
  negative: ['ARF 17', 'Covid-19', 'G20', '417', 'in 2024', 'version 2.1.3', 'call 0912 345 678', 'dollars only', 'the USD 2024 budget']
}
