import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'clock'> = {
  dimension: 'clock',
  lang: 'en',
  examples: [
    examples({ from: { hour: 15, minute: 30 } }, [
      '3:30pm',
      '3:30 p.m.',
      '3:30 p m',
      '15:30',
      '15h30',
      'half past 3pm',
      '30 minutes past 3pm',
      '330 p.m.'
    ]),
    examples({ from: { hour: 15 } }, ['3pm', '3 PM', '3 p.m.', "3 o'clock pm", '3ish pm', 'three pm', '3p']),
    examples({ from: { hour: 15, minute: 0 } }, ['15h', '15h00']),
    examples({ from: { hour: 3, minute: 18 } }, ['3:18am', '3:18a', '3h18']),
    examples({ from: { hour: 12 } }, ['noon', 'midday', '12pm']),
    examples({ from: { hour: 0 } }, ['midnight', '12am']),
    examples({ from: { hour: 11, minute: 45 } }, ['a quarter to noon', '11:45am', '15 minutes to noon', '15 to noon']),
    examples({ from: { hour: 13, minute: 15 } }, ['a quarter past 1pm', '1:15pm', '13h15', '15 minutes from 1pm', '15 minutes past 13h']),
    examples({ from: { hour: 15 } }, ['3pm approximately', '3pm or so']),
    examples({ from: { hour: 10, minute: 30 } }, ['ten thirty am']),
    examples({ from: { hour: 3, minute: 30 }, ambiguous: true }, ['3:30', 'half past three']),
    examples({ from: { hour: 3, minute: 20 }, ambiguous: true }, ['20 minutes past three']),
    examples({ from: { hour: 8 }, ambiguous: true }, ["8 o'clock", 'eight o’clock']),
    examples({ from: { hour: 15, minute: 23, second: 24 } }, ['15:23:24']),
    examples({ from: { hour: 9, minute: 1, second: 10 } }, ['9:01:10 AM']),
    examples({ from: { hour: 15 }, to: { hour: 16 } }, ['3-4pm', '3pm to 4pm', '3pm - 4pm']),
    examples({ from: { hour: 15, minute: 30 }, to: { hour: 18 } }, ['3:30 to 6 PM', '3:30-6 p.m.', 'between 3:30pm and 6 pm']),
    examples({ from: { hour: 9, minute: 30 }, to: { hour: 11, minute: 0 } }, ['9:30 - 11:00', '9h30 - 11h00', 'between 9:30 and 11:00']),
    examples({ from: { hour: 11, minute: 30 }, to: { hour: 13, minute: 30 } }, ['11:30-1:30']),
    examples({ from: { hour: 9 }, to: { hour: 11 } }, ['9-11am']),
    examples({ from: { hour: 8 }, to: { hour: 18 } }, ['8am until 6', '8am to 6']),
    examples({ from: { hour: 15, minute: 30 }, to: { hour: 18 } }, ['later than 3:30pm but before 6pm', 'after 3:30pm and before 6pm']),
    examples({ from: { hour: 16 }, to: { hour: 16, minute: 30 } }, ['4pm for 30 mins', '4pm for thirty minutes']),
    examples({ from: { hour: 9, minute: 30 }, to: { hour: 11, minute: 0 } }, ['9:30 untill 11:00']),
    examples({ from: { hour: 10, minute: 0 }, offset: 0 }, ['10:00 GMT', '10:00 UTC', '10:00 (GMT)']),
    examples({ from: { hour: 8, minute: 0 }, offset: 0 }, ['8h GMT', '8h (UTC)']),
    examples({ from: { hour: 8 }, offset: 0 }, ['at 8 GMT']),
    examples({ from: { hour: 9, minute: 30 }, to: { hour: 11, minute: 0 } }, ['9h30 - 11h']),
    examples({ from: { hour: 16 }, offset: 60 }, ['4pm CET', '4 p.m. (CET)']),
    examples({ from: { hour: 9, minute: 30 }, offset: 420 }, ['9:30 GMT+7', '9:30 (UTC+07:00)', '9:30 ICT']),
    examples({ from: { hour: 21, minute: 30 }, offset: 330 }, ['9:30pm IST']),
    // Four digits of the 24-hour clock, as wire reports write them.
    examples({ from: { hour: 8, minute: 0 }, offset: 0 }, ['0800 GMT', '0800 UTC']),
    examples({ from: { hour: 19, minute: 30 }, offset: 0 }, ['1930 GMT']),
    examples({ from: { hour: 10, minute: 30 } }, ['1030 hrs', '1030 HRS'])
  ],
  inContext: [
    { text: 'Talks resume at 1030 on Monday.', finds: [{ quote: '1030', value: { from: { hour: 10, minute: 30 } } }] },
    { text: 'The plane landed at 1200.', finds: [{ quote: '1200', value: { from: { hour: 12, minute: 0 } } }] },
    {
      text: 'Polls open from 0900 to 1100 GMT.',
      finds: [{ quote: '0900 to 1100 GMT', value: { from: { hour: 9, minute: 0 }, to: { hour: 11, minute: 0 }, offset: 0 } }]
    }
  ],
  negative: [
    'five to ten times',
    '4a',
    'at 8 eat',
    'a 3:1 win',
    'rose 2.5 to 3.0',
    'FY2023',
    '2024-03',
    '24h',
    '20.5%',
    'at 7 percent',
    '3 amendments',
    'at 2010 prices',
    'at 1500 metres',
    'the 2030 agenda',
    'by 1990'
  ]
}
