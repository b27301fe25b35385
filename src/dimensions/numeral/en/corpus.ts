import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'numeral'> = {
  dimension: 'numeral',
  lang: 'en',
  examples: [
    examples({ value: 7 }, ['7', 'seven', '007']),
    examples({ value: 19 }, ['nineteen']),
    examples({ value: 25 }, ['twenty-five', 'twenty five', '25']),
    examples({ value: 6000 }, ['6,000', '6 000', '6\u00a0000', 'six thousand', '6 thousand', '6k']),
    examples({ value: 522.4 }, ['522.4']),
    examples({ value: 10.3 }, ['10.3']),
    examples({ value: 0.5 }, ['.5', '0.5', 'point 5']),
    examples({ value: 1.5 }, ['1 point 5']),
    examples({ value: 1.4e6 }, ['1.4 million', '1.4M', '1,400,000', '1.4m', '1.4 mn']),
    examples({ value: 850e6 }, ['850 million', 'eight hundred fifty million']),
    examples({ value: 5e9 }, ['5 billion', '5bn', '5 bn', 'five billion']),
    examples({ value: 3e12 }, ['3 trillion', '3tn']),
    examples({ value: 4.5e9 }, ['4.5-billion', '4.5 billion']),
    examples({ value: 1e6 }, ['a million']),
    examples({ value: 1000 }, ['a thousand']),
    examples({ value: 36 }, ['three dozen']),
    examples({ value: 2 }, ['a pair of', 'a couple of']),
    examples({ value: 104 }, ['one hundred and four', 'one hundred four']),
    examples({ value: 42017 }, ['forty-two thousand seventeen']),
    examples({ value: 4600000 }, ['four million six hundred thousand']),
    examples({ value: 5e6 }, ['50 lakh']),
    examples({ value: -306 }, ['-306', 'minus 306', 'negative three hundred and six']),
    examples({ value: 0.25 }, ['1/4']),
    examples({ value: 62 }, ['sixty-two (62)'])
  ],
  negative: ['G20', 'Covid-19', 'version 1.2.3', 'ARF17', '5G'],
  backlog: [{ text: 'several', why: 'vague quantity: not a number a figure can be made of' }]
}
