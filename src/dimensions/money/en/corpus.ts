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
    examples({ min: 30, max: 40, currency: 'USD' }, ['from 30 to 40 dollars', 'from 30 dollars to 40 dollars']),
    examples({ min: 2e9, max: 3e9, currency: 'USD' }, ['$2 billion to $3 billion', '$2-$3 billion', 'from $2 billion to $3 billion']),
    // A currency glued to its digits, then a scale word: the amount is the scale's.
    examples({ value: 42e12, currency: 'VND' }, ['VND42 trillion', 'VND 42 trillion', 'VND42tn']),
    examples({ value: 2.8e12, currency: 'MYR' }, ['RM2.8 trillion', 'RM 2.8 trillion']),
    examples({ value: 15e9, currency: 'USD' }, ['USD15 billion', 'USD15bn', '$15-billion']),
    examples({ value: 4.5e9, currency: 'USD' }, ['$4.5-billion', 'US$4.5 billion']),
    examples({ value: 150e9, currency: 'USD' }, ['$150bn', '$150 bn', '150 billion US dollars']),
    examples({ value: 1.5e12, currency: 'INR' }, ['Rs1.5 trillion', 'Rs. 1.5 trillion', '1.5 trillion rupees']),
    examples({ value: 5e7, currency: 'INR' }, ['Rs 5 crore', 'INR 5 crore']),
    // Signs of one currency, from the data package and the news.
    examples({ value: 5e6, currency: 'CAD' }, ['C$5 million', 'CAD 5 million', '5 million Canadian dollars']),
    examples({ value: 20e9, currency: 'HKD' }, ['HK$20 billion', 'HKD20 billion']),
    examples({ value: 3.5e9, currency: 'AUD' }, ['A$3.5bn', '3.5 billion Australian dollars']),
    examples({ value: 1.2e6, currency: 'SGD' }, ['S$1.2 million', 'SGD 1.2 million']),
    examples({ value: 500, currency: 'NGN' }, ['₦500', '500 naira']),
    examples({ value: 500, currency: 'CHF' }, ['500 Swiss francs', 'CHF 500']),
    examples({ value: 300, currency: 'KES' }, ['KES 300', '300 Kenyan shillings']),
    // Cents are their own currency's: pence are sterling, sen ringgit.
    examples({ value: 0.3, currency: 'GBP' }, ['30 pence', '30 pennies']),
    examples({ value: 0.43, currency: 'MYR' }, ['43 sen'])
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
    { text: 'from USD 331 million in 2013-2014 to USD 907 million', finds: [{ quote: 'USD 331 million' }, { quote: 'USD 907 million' }] },
    {
      text: 'Revenue increased by $2 billion to $5 billion.',
      finds: [
        { quote: '$2 billion', value: { value: 2e9 } },
        { quote: '$5 billion', value: { value: 5e9 } }
      ]
    },
    // A shared sign reads as the currency of the country the text is about.
    {
      text: 'KARACHI: The State Bank of Pakistan injected Rs1.5 trillion.',
      finds: [{ quote: 'Rs1.5 trillion', value: { value: 1.5e12, currency: 'PKR' } }]
    },
    {
      text: 'COLOMBO: Sri Lanka budgets Rs 500 billion for roads.',
      finds: [{ quote: 'Rs 500 billion', value: { value: 500e9, currency: 'LKR' } }]
    },
    { text: 'He paid Rs 500 for it.', finds: [{ quote: 'Rs 500', value: { value: 500, unsettled: 'Rs' } }] },
    { text: 'The fine was 500 francs.', finds: [{ quote: '500 francs', value: { value: 500, unsettled: 'francs' } }] },
    {
      text: 'Jollibee, the Philippine fast-food chain, earned P2.33 billion.',
      finds: [{ quote: 'P2.33 billion', value: { value: 2.33e9, currency: 'PHP' } }]
    },
    { text: 'The P2 chip costs $30.', finds: [{ quote: '$30', value: { value: 30, currency: 'USD' } }] }
  ],
  negative: [
    'ARF 17',
    'Covid-19',
    'G20',
    '417',
    'in 2024',
    'version 2.1.3',
    'call 0912 345 678',
    'dollars only',
    'the USD 2024 budget',
    'P2.33 billion',
    'TOP 10 companies',
    'ALL 5 members'
  ]
}
