import { describe, expect, test } from 'vitest'
import { isKind } from '../src/facts/draft.js'
import type { Lang } from '../src/lang.js'
import { findClause } from '../src/link/clauses.js'
import { linkFigures } from '../src/link/figures.js'
import { cpuMs } from './helpers/cpu.js'
import { date, linkDocument, money, multiplier, organization, percent, place, type Mark } from './helpers/link-document.js'

/** Links the drafts of a hand-made document and returns each figure's quote with its fields. */
function linked(text: string, lang: Lang, marks: readonly Mark[]) {
  const { document, drafts } = linkDocument(text, lang, marks)
  linkFigures(drafts, document)
  return drafts.filter((draft) => isKind(draft, 'figure')).map((draft) => [text.slice(draft.start, draft.end), draft.fields])
}

/** Each figure's quote with the linked fields named, in that order. */
function linkedOnly(keys: readonly string[], text: string, lang: Lang, marks: readonly Mark[]) {
  return linked(text, lang, marks).map(([quote, fields]) => [quote, ...keys.map((key) => (fields as Record<string, unknown>)[key])])
}

const year = (value: string) => ({ value, grain: 'year' as const })
/** A year said relative to the day of writing ("last year"), as a figure's date carries it. */
const relativeYear = (value: string) => ({ ...year(value), relative: true as const })
const vietnam = place('Việt Nam', 'Vietnam')
const pakistan = place('Pakistan')

describe('linkFigures: English', () => {
  test('should date a figure by the year right after it, and not by an unresolved relative date', () => {
    const text = 'Trade between them touched $850 million in 2024, and if things go as expected, it’ll pass the $1 billion mark next year.'
    expect(
      linked(text, 'en', [
        { quote: '$850 million', fields: money(850e6) },
        { quote: '2024', fields: date('2024') },
        { quote: '$1 billion', fields: money(1e9) },
        { quote: 'next year', fields: date(null, 'year', true) }
      ])
    ).toEqual([
      ['$850 million', { ...money(850e6), date: year('2024'), qualifier: 'actual', subject: 'bilateral trade' }],
      // "it" is the trade of the clause before.
      ['$1 billion', { ...money(1e9), qualifier: 'target', subject: 'bilateral trade' }]
    ])
  })

  test('should give each figure of a from-to span its own period', () => {
    const text =
      'Economic and trade relations between the two countries have nearly tripled from USD 331 million in 2013-2014 to USD 907 million in 2021-2022 and are expected to reach USD 1 billion in the near future.'
    expect(
      linked(text, 'en', [
        { quote: 'USD 331 million', fields: money(331e6) },
        { quote: '2013-2014', fields: date('2013/2014') },
        { quote: 'USD 907 million', fields: money(907e6) },
        { quote: '2021-2022', fields: date('2021/2022') },
        { quote: 'USD 1 billion', fields: money(1e9) },
        { quote: 'the near future', fields: date(null, 'year', true) }
      ])
    ).toEqual([
      ['USD 331 million', { ...money(331e6), date: year('2013/2014'), qualifier: 'actual', subject: 'bilateral trade' }],
      ['USD 907 million', { ...money(907e6), date: year('2021/2022'), qualifier: 'actual', subject: 'bilateral trade' }],
      ['USD 1 billion', { ...money(1e9), qualifier: 'forecast', subject: 'bilateral trade' }]
    ])
  })

  test('should measure a change over the period of the level it brought, not the start of a span', () => {
    const text = 'Exports to Vietnam grew by 23 per cent to $187.6 million in 2024, and rose from $90 million to $120 million in 2023.'
    expect(
      linkedOnly(['date'], text, 'en', [
        { quote: '23 per cent', fields: percent(23) },
        { quote: '$187.6 million', fields: money(187.6e6) },
        { quote: '2024', fields: date('2024') },
        { quote: '$90 million', fields: money(90e6) },
        { quote: '$120 million', fields: money(120e6) },
        { quote: '2023', fields: date('2023') }
      ])
    ).toEqual([
      ['23 per cent', year('2024')],
      ['$187.6 million', year('2024')],
      // The level a rise started from is not of the period the rise ended in.
      ['$90 million', undefined],
      ['$120 million', year('2023')]
    ])
  })

  test('should read "as of", a hedge before the figure and two named parties', () => {
    const text =
      'According to analysts, Pakistan–ASEAN trade currently stands at around USD 10.3 billion as of 2024, with Malaysia as the main partner.'
    expect(
      linked(text, 'en', [
        { quote: 'Pakistan', fields: pakistan },
        { quote: 'ASEAN', fields: organization('ASEAN') },
        { quote: 'USD 10.3 billion', fields: money(10.3e9) },
        { quote: '2024', fields: date('2024') },
        { quote: 'Malaysia', fields: place('Malaysia') }
      ])
    ).toEqual([
      ['USD 10.3 billion', { ...money(10.3e9), date: year('2024'), qualifier: 'actual', subject: 'trade between Pakistan and ASEAN' }]
    ])
  })

  test('should take a resolved relative date and leave the importer out when it is not named', () => {
    const text = 'Imports from Vietnam hit $374 million last year, and that’s only going to increase.'
    expect(
      linked(text, 'en', [
        { quote: 'Vietnam', fields: place('Vietnam') },
        { quote: '$374 million', fields: money(374e6) },
        { quote: 'last year', fields: date('2025', 'year', true) }
      ])
    ).toEqual([['$374 million', { ...money(374e6), date: relativeYear('2025'), qualifier: 'actual', subject: 'imports from Vietnam' }]])
  })

  test('should read a target noun after the figure', () => {
    const text = 'They’ve thrown out a $5 billion trade target, which feels ambitious.'
    expect(linked(text, 'en', [{ quote: '$5 billion', fields: money(5e9) }])).toEqual([
      ['$5 billion', { ...money(5e9), qualifier: 'target', subject: 'trade' }]
    ])
  })

  test('should frame every figure of a sentence that opens with a year, and tell a change from a level', () => {
    const text =
      'In 2024, Pakistan’s imports from Vietnam rose 9 percent to $374 million, while Pakistan’s exports to Vietnam fell to $150 million.'
    expect(
      linked(text, 'en', [
        { quote: '2024', fields: date('2024') },
        { quote: 'Pakistan', fields: pakistan },
        { quote: 'Vietnam', fields: place('Vietnam') },
        { quote: '9 percent', fields: percent(9) },
        { quote: '$374 million', fields: money(374e6) },
        { quote: 'Pakistan', fields: pakistan, nth: 2 },
        { quote: 'Vietnam', fields: place('Vietnam'), nth: 2 },
        { quote: '$150 million', fields: money(150e6) }
      ])
    ).toEqual([
      [
        '9 percent',
        { ...percent(9), date: year('2024'), qualifier: 'change', direction: 'increase', subject: 'imports of Pakistan from Vietnam' }
      ],
      ['$374 million', { ...money(374e6), date: year('2024'), qualifier: 'actual', subject: 'imports of Pakistan from Vietnam' }],
      ['$150 million', { ...money(150e6), date: year('2024'), qualifier: 'actual', subject: 'exports from Pakistan to Vietnam' }]
    ])
  })

  test('should make a date after "over" or "compared with" a baseline, not a period', () => {
    const text = 'Exports rose 5% over 2022 to reach $10 billion, compared with $9.5 billion in 2022.'
    expect(
      linked(text, 'en', [
        { quote: '5%', fields: percent(5) },
        { quote: '2022', fields: date('2022') },
        { quote: '$10 billion', fields: money(10e9) },
        { quote: '$9.5 billion', fields: money(9.5e9) },
        { quote: '2022', fields: date('2022'), nth: 2 }
      ])
    ).toEqual([
      ['5%', { ...percent(5), baseline: year('2022'), qualifier: 'change', direction: 'increase', subject: 'exports' }],
      ['$10 billion', { ...money(10e9), qualifier: 'actual', subject: 'exports' }],
      ['$9.5 billion', { ...money(9.5e9), date: year('2022'), qualifier: 'actual', subject: 'exports' }]
    ])
  })

  test('should not date a figure by a date in another clause or by a day that dates an event', () => {
    const text =
      'Vietnam, which joined ASEAN in 1995, exported $371 billion of goods. On 14 October 2025, the two sides agreed to lift trade to $2 billion.'
    expect(
      linked(text, 'en', [
        { quote: 'Vietnam', fields: place('Vietnam') },
        { quote: 'ASEAN', fields: organization('ASEAN') },
        { quote: '1995', fields: date('1995') },
        { quote: '$371 billion', fields: money(371e9) },
        { quote: '14 October 2025', fields: date('2025-10-14', 'day') },
        { quote: '$2 billion', fields: money(2e9) }
      ])
    ).toEqual([
      ['$371 billion', { ...money(371e9), qualifier: 'actual' }],
      ['$2 billion', { ...money(2e9), qualifier: 'target', subject: 'trade' }]
    ])
  })

  test('should not borrow a date from the sentence before', () => {
    const text =
      'The deal was signed in 2001. The agreement aims to increase bilateral trade by five to ten times within the next few years.'
    expect(
      linked(text, 'en', [
        { quote: '2001', fields: date('2001') },
        { quote: 'five to ten times', fields: multiplier(5, 10) },
        { quote: 'the next few years', fields: date(null, 'year', true) }
      ])
    ).toEqual([['five to ten times', { ...multiplier(5, 10), qualifier: 'target', subject: 'bilateral trade' }]])
  })

  test('should frame by "In the first half of", and date a bare change by the figure it follows', () => {
    const text = 'In the first half of 2025, two-way trade climbed to $700 million. Trade reached $1.2 billion last year, up 15% from 2023.'
    expect(
      linked(text, 'en', [
        { quote: '2025', fields: date('2025') },
        { quote: '$700 million', fields: money(700e6) },
        { quote: '$1.2 billion', fields: money(1.2e9) },
        { quote: 'last year', fields: date('2024', 'year', true) },
        { quote: '15%', fields: percent(15) },
        { quote: '2023', fields: date('2023') }
      ])
    ).toEqual([
      ['$700 million', { ...money(700e6), date: year('2025'), qualifier: 'actual', subject: 'bilateral trade' }],
      ['$1.2 billion', { ...money(1.2e9), date: relativeYear('2024'), qualifier: 'actual', subject: 'trade' }],
      [
        '15%',
        { ...percent(15), date: relativeYear('2024'), baseline: year('2023'), qualifier: 'change', direction: 'increase', subject: 'trade' }
      ]
    ])
  })

  test('should read a figure joined to a change of its kind as a change over the same period', () => {
    const text =
      'Vietnam exported rice worth $5.75 billion in 2024, up 12.9 percent in volume and 23 percent in value, and 4 million tonnes went to Manila.'
    expect(
      linkedOnly(['qualifier', 'date'], text, 'en', [
        { quote: '$5.75 billion', fields: money(5.75e9) },
        { quote: '2024', fields: date('2024') },
        { quote: '12.9 percent', fields: percent(12.9) },
        { quote: '23 percent', fields: percent(23) }
      ])
    ).toEqual([
      ['$5.75 billion', 'actual', year('2024')],
      ['12.9 percent', 'change', year('2024')],
      ['23 percent', 'change', year('2024')]
    ])
  })

  test('should read what could or would be as a forecast, and the month May as no modal', () => {
    const text =
      'In May, exports reached $90 million; the ambassador said trade could exceed $1.5bn by 2026 and would top $2 billion later.'
    expect(
      linkedOnly(['qualifier'], text, 'en', [
        { quote: '$90 million', fields: money(90e6) },
        { quote: '$1.5bn', fields: money(1.5e9) },
        { quote: '2026', fields: date('2026') },
        { quote: '$2 billion', fields: money(2e9) }
      ])
    ).toEqual([
      ['$90 million', 'actual'],
      ['$1.5bn', 'forecast'],
      ['$2 billion', 'forecast']
    ])
  })

  test('should read a forecast, a date in brackets and a flow told by its verb', () => {
    const text = 'Vietnam shipped $1.2 billion of rice to the Philippines (2023) and is projected to sell $1.5 billion in 2025.'
    expect(
      linked(text, 'en', [
        { quote: 'Vietnam', fields: place('Vietnam') },
        { quote: '$1.2 billion', fields: money(1.2e9) },
        { quote: 'the Philippines', fields: place('the Philippines', 'Philippines') },
        { quote: '2023', fields: date('2023') },
        { quote: '$1.5 billion', fields: money(1.5e9) },
        { quote: '2025', fields: date('2025') }
      ])
    ).toEqual([
      ['$1.2 billion', { ...money(1.2e9), date: year('2023'), qualifier: 'actual', subject: 'exports from Vietnam to Philippines' }],
      ['$1.5 billion', { ...money(1.5e9), date: year('2025'), qualifier: 'forecast', subject: 'exports from Vietnam to Philippines' }]
    ])
  })
})

describe('linkFigures: Vietnamese', () => {
  test('should date a figure by "vào năm" after it', () => {
    const text = 'Quan hệ đang phát triển mạnh mẽ với kim ngạch thương mại hai chiều đạt 850 triệu USD vào năm 2024.'
    expect(
      linked(text, 'vi', [
        { quote: '850 triệu USD', fields: money(850e6) },
        { quote: '2024', fields: date('2024') }
      ])
    ).toEqual([['850 triệu USD', { ...money(850e6), date: year('2024'), qualifier: 'actual', subject: 'bilateral trade' }]])
  })

  test('should frame a sentence by its opening year and keep "so với năm 2023" as the baseline', () => {
    const text = 'Năm 2024, kim ngạch xuất nhập khẩu giữa hai nước đạt 850 triệu USD, tăng 20,5% so với năm 2023.'
    expect(
      linked(text, 'vi', [
        { quote: 'Năm 2024', fields: date('2024') },
        { quote: '850 triệu USD', fields: money(850e6) },
        { quote: '20,5%', fields: percent(20.5) },
        { quote: 'năm 2023', fields: date('2023') }
      ])
    ).toEqual([
      ['850 triệu USD', { ...money(850e6), date: year('2024'), qualifier: 'actual', subject: 'bilateral trade' }],
      [
        '20,5%',
        {
          ...percent(20.5),
          date: year('2024'),
          baseline: year('2023'),
          qualifier: 'change',
          direction: 'increase',
          subject: 'bilateral trade'
        }
      ]
    ])
  })

  test('should read a figure joined to a change by "và" as a change', () => {
    const text = 'Năm 2024, xuất khẩu gạo tăng 12,9% về lượng và 23% về giá trị.'
    expect(
      linkedOnly(['qualifier', 'date'], text, 'vi', [
        { quote: 'Năm 2024', fields: date('2024') },
        { quote: '12,9%', fields: percent(12.9) },
        { quote: '23%', fields: percent(23) }
      ])
    ).toEqual([
      ['12,9%', 'change', year('2024')],
      ['23%', 'change', year('2024')]
    ])
  })

  test('should measure a change over the period of the level it brought ("tăng 23% lên ...")', () => {
    const text = 'Xuất khẩu sang Pakistan tăng 23% lên 187,6 triệu USD trong năm 2024.'
    expect(
      linkedOnly(['date'], text, 'vi', [
        { quote: '23%', fields: percent(23) },
        { quote: '187,6 triệu USD', fields: money(187.6e6) },
        { quote: '2024', fields: date('2024') }
      ])
    ).toEqual([
      ['23%', year('2024')],
      ['187,6 triệu USD', year('2024')]
    ])
  })

  test('should frame a sentence by the period that opens it after a dateline', () => {
    const text = 'Hà Nội, ngày 5/11/2024 - Trong 10 tháng năm 2024, kim ngạch thương mại hai chiều đạt 850 triệu USD.'
    expect(
      linked(text, 'vi', [
        { quote: '5/11/2024', fields: date('2024-11-05', 'day') },
        { quote: '10 tháng năm 2024', fields: { ...date('2024-01/2024-10', 'month'), type: 'interval' } },
        { quote: '850 triệu USD', fields: money(850e6) }
      ])
    ).toEqual([
      [
        '850 triệu USD',
        { ...money(850e6), date: { value: '2024-01/2024-10', grain: 'month' }, qualifier: 'actual', subject: 'bilateral trade' }
      ]
    ])
  })

  test('should read "so với cùng kỳ năm 2024" as the same months of 2024', () => {
    const text = 'Trong 2 tháng đầu năm 2025, xuất khẩu đạt 35 triệu USD, giảm 5,3% so với cùng kỳ năm 2024.'
    const months = (value: string) => ({ value, grain: 'month' as const })
    expect(
      linked(text, 'vi', [
        { quote: '2 tháng đầu năm 2025', fields: { ...date('2025-01/2025-02', 'month'), type: 'interval' } },
        { quote: '35 triệu USD', fields: money(35e6) },
        { quote: '5,3%', fields: percent(5.3) },
        { quote: '2024', fields: date('2024') }
      ]).map(([quote, fields]) => [quote, (fields as { date?: unknown }).date, (fields as { baseline?: unknown }).baseline])
    ).toEqual([
      ['35 triệu USD', months('2025-01/2025-02'), undefined],
      ['5,3%', months('2025-01/2025-02'), months('2024-01/2024-02')]
    ])
  })

  test('should name a flow between two places and leave an undated sentence undated', () => {
    const text = 'Năm 2024 là năm bản lề. Trong đó, Việt Nam xuất khẩu sang Pakistan 522,4 triệu USD, tăng mạnh 35,1%.'
    expect(
      linked(text, 'vi', [
        { quote: 'Năm 2024', fields: date('2024') },
        { quote: 'Việt Nam', fields: vietnam },
        { quote: 'Pakistan', fields: pakistan },
        { quote: '522,4 triệu USD', fields: money(522.4e6) },
        { quote: '35,1%', fields: percent(35.1) }
      ])
    ).toEqual([
      ['522,4 triệu USD', { ...money(522.4e6), qualifier: 'actual', subject: 'exports from Vietnam to Pakistan' }],
      ['35,1%', { ...percent(35.1), qualifier: 'change', direction: 'increase', subject: 'exports from Vietnam to Pakistan' }]
    ])
  })

  test('should give each figure of a series its own year', () => {
    const text =
      'Kể từ đó, kim ngạch hai bên bắt đầu tăng nhanh, từ dưới 10 triệu USD năm 1999 tăng lên 149 triệu USD năm 2008; 183 triệu USD năm 2009; 324 triệu USD 2011 và đạt 330,7 triệu USD năm 2013.'
    const marks: Mark[] = [
      { quote: '10 triệu USD', fields: money(10e6) },
      { quote: '1999', fields: date('1999') },
      { quote: '149 triệu USD', fields: money(149e6) },
      { quote: '2008', fields: date('2008') },
      { quote: '183 triệu USD', fields: money(183e6) },
      { quote: '2009', fields: date('2009') },
      { quote: '324 triệu USD', fields: money(324e6) },
      { quote: '2011', fields: date('2011') },
      { quote: '330,7 triệu USD', fields: money(330.7e6) },
      { quote: '2013', fields: date('2013') }
    ]
    expect(linked(text, 'vi', marks)).toEqual(
      [
        ['10 triệu USD', 10e6, '1999'],
        ['149 triệu USD', 149e6, '2008'],
        ['183 triệu USD', 183e6, '2009'],
        ['324 triệu USD', 324e6, '2011'],
        ['330,7 triệu USD', 330.7e6, '2013']
      ].map(([quote, value, period]) => [
        quote,
        { ...money(value as number), date: year(period as string), qualifier: 'actual', subject: 'bilateral trade' }
      ])
    )
  })

  test('should read "nhất trí đưa ... lên" as a target over two years', () => {
    const text =
      'Tại kỳ họp này, hai bên đã ký kết Biên bản ghi nhớ và nhất trí đưa kim ngạch thương mại hai bên lên 500 triệu USD trong năm 2013 và 2014.'
    expect(
      linked(text, 'vi', [
        { quote: '500 triệu USD', fields: money(500e6) },
        { quote: '2013 và 2014', fields: date('2013/2014') }
      ])
    ).toEqual([['500 triệu USD', { ...money(500e6), date: year('2013/2014'), qualifier: 'target', subject: 'bilateral trade' }]])
  })

  test('should read targets without a date', () => {
    const text =
      'Lãnh đạo hai nước quyết tâm đưa con số này vượt mốc 1 tỷ USD trong thời gian sớm nhất. Hai bên cùng hướng tới mục tiêu kim ngạch thương mại song phương vượt 1 tỷ USD.'
    expect(
      linked(text, 'vi', [
        { quote: '1 tỷ USD', fields: money(1e9) },
        { quote: 'thời gian sớm nhất', fields: date(null, 'year', true) },
        { quote: '1 tỷ USD', fields: money(1e9), nth: 2 }
      ])
    ).toEqual([
      ['1 tỷ USD', { ...money(1e9), qualifier: 'target' }],
      ['1 tỷ USD', { ...money(1e9), qualifier: 'target', subject: 'bilateral trade' }]
    ])
  })

  test('should date by a year inside the clause and read a forecast', () => {
    const text = 'Kim ngạch thương mại năm 2023 đạt 700 triệu USD. Năm 2025, xuất khẩu của Việt Nam dự kiến đạt 1 tỷ USD.'
    expect(
      linked(text, 'vi', [
        { quote: 'năm 2023', fields: date('2023') },
        { quote: '700 triệu USD', fields: money(700e6) },
        { quote: 'Năm 2025', fields: date('2025') },
        { quote: 'Việt Nam', fields: vietnam },
        { quote: '1 tỷ USD', fields: money(1e9) }
      ])
    ).toEqual([
      ['700 triệu USD', { ...money(700e6), date: year('2023'), qualifier: 'actual', subject: 'trade' }],
      ['1 tỷ USD', { ...money(1e9), date: year('2025'), qualifier: 'forecast', subject: 'exports of Vietnam' }]
    ])
  })

  test('should frame by an opening period with a count of months, and date a bare change like the figure before it', () => {
    const text =
      'Trong 6 tháng đầu năm 2024, xuất khẩu của Việt Nam sang Pakistan đạt 300 triệu USD. Hai chiều đạt 400 triệu USD vào năm 2023, tăng 8%.'
    expect(
      linked(text, 'vi', [
        { quote: 'năm 2024', fields: date('2024') },
        { quote: 'Việt Nam', fields: vietnam },
        { quote: 'Pakistan', fields: pakistan },
        { quote: '300 triệu USD', fields: money(300e6) },
        { quote: '400 triệu USD', fields: money(400e6) },
        { quote: 'năm 2023', fields: date('2023') },
        { quote: '8%', fields: percent(8) }
      ])
    ).toEqual([
      ['300 triệu USD', { ...money(300e6), date: year('2024'), qualifier: 'actual', subject: 'exports from Vietnam to Pakistan' }],
      ['400 triệu USD', { ...money(400e6), date: year('2023'), qualifier: 'actual' }],
      ['8%', { ...percent(8), date: year('2023'), qualifier: 'change', direction: 'increase' }]
    ])
  })

  test('should read imports and a baseline of the same period a year before', () => {
    const text = 'Pakistan nhập khẩu từ Việt Nam 300 triệu USD trong năm 2022, giảm 4% so với cùng kỳ năm 2021.'
    expect(
      linked(text, 'vi', [
        { quote: 'Pakistan', fields: pakistan },
        { quote: 'Việt Nam', fields: vietnam },
        { quote: '300 triệu USD', fields: money(300e6) },
        { quote: 'năm 2022', fields: date('2022') },
        { quote: '4%', fields: percent(4) },
        { quote: 'năm 2021', fields: date('2021') }
      ])
    ).toEqual([
      ['300 triệu USD', { ...money(300e6), date: year('2022'), qualifier: 'actual', subject: 'imports of Pakistan from Vietnam' }],
      [
        '4%',
        {
          ...percent(4),
          date: year('2022'),
          baseline: year('2021'),
          qualifier: 'change',
          direction: 'decrease',
          subject: 'imports of Pakistan from Vietnam'
        }
      ]
    ])
  })

  test('should not date a figure by a span start ("từ năm") and read "tăng lên" as a level', () => {
    const text = 'Từ năm 2015, kim ngạch thương mại giữa Việt Nam và Pakistan tăng lên 600 triệu USD.'
    expect(
      linked(text, 'vi', [
        { quote: 'năm 2015', fields: date('2015') },
        { quote: 'Việt Nam', fields: vietnam },
        { quote: 'Pakistan', fields: pakistan },
        { quote: '600 triệu USD', fields: money(600e6) }
      ])
    ).toEqual([['600 triệu USD', { ...money(600e6), qualifier: 'actual', subject: 'trade between Vietnam and Pakistan' }]])
  })
})

describe('linkFigures: periods from the rest of the sentence', () => {
  test('should date a figure in brackets after a baseline by that baseline, and a bare change after a span of days by the span', () => {
    const text =
      'Hotel occupancy during the festival week (3-9 March 2025) was lower than in the same period in 2024 (71%), while 12,400 rooms were booked from 1 January to 9 March 2025, 18% above the 2024 figure.'
    expect(
      linkedOnly(['date', 'baseline'], text, 'en', [
        { quote: '3-9 March 2025', fields: date('2025-03-03/2025-03-09', 'day') },
        { quote: '2024', fields: date('2024') },
        { quote: '71%', fields: percent(71) },
        { quote: '1 January to 9 March 2025', fields: date('2025-01-01/2025-03-09', 'day') },
        { quote: '18%', fields: percent(18) },
        { quote: '2024', fields: date('2024'), nth: 2 }
      ])
    ).toEqual([
      ['71%', year('2024'), undefined],
      ['18%', { value: '2025-01-01/2025-03-09', grain: 'day' }, year('2024')]
    ])
  })

  test('should not date a figure by a day that only dates an event, and date one by the day a cumulative period closes', () => {
    const text = 'On 14 May 2025, the court fined the firm $2 million. As of May 20, 2025, disbursed capital stood at $4.1 billion.'
    expect(
      linkedOnly(['date'], text, 'en', [
        { quote: '14 May 2025', fields: date('2025-05-14', 'day') },
        { quote: '$2 million', fields: money(2e6) },
        { quote: 'May 20, 2025', fields: date('2025-05-20', 'day') },
        { quote: '$4.1 billion', fields: money(4.1e9) }
      ])
    ).toEqual([
      ['$2 million', undefined],
      ['$4.1 billion', { value: '2025-05-20', grain: 'day' }]
    ])
  })

  test('should read a day after a later clause as the close of a cumulative period (Vietnamese)', () => {
    const text = 'Theo số liệu của Tổng cục Hải quan, tính đến ngày 15/6/2025, xuất khẩu cà phê đạt 3,9 tỷ USD, tăng 62%.'
    expect(
      linkedOnly(['date', 'qualifier'], text, 'vi', [
        { quote: '15/6/2025', fields: date('2025-06-15', 'day') },
        { quote: '3,9 tỷ USD', fields: money(3.9e9) },
        { quote: '62%', fields: percent(62) }
      ])
    ).toEqual([
      ['3,9 tỷ USD', { value: '2025-06-15', grain: 'day' }, 'actual'],
      ['62%', { value: '2025-06-15', grain: 'day' }, 'change']
    ])
  })

  test('should measure a change from one level to another over the second level period, in both languages', () => {
    const en = 'Rice exports rose 40%, from $2.5 billion in 2019 to $3.5 billion in 2023.'
    expect(
      linkedOnly(['date'], en, 'en', [
        { quote: '40%', fields: percent(40) },
        { quote: '$2.5 billion', fields: money(2.5e9) },
        { quote: '2019', fields: date('2019') },
        { quote: '$3.5 billion', fields: money(3.5e9) },
        { quote: '2023', fields: date('2023') }
      ])
    ).toEqual([
      ['40%', year('2023')],
      ['$2.5 billion', year('2019')],
      ['$3.5 billion', year('2023')]
    ])
    const vi = 'Lượng khách quốc tế tăng 35%, từ 12 triệu USD năm 2019 lên 16,2 triệu USD năm 2024.'
    expect(
      linkedOnly(['date'], vi, 'vi', [
        { quote: '35%', fields: percent(35) },
        { quote: '12 triệu USD', fields: money(12e6) },
        { quote: 'năm 2019', fields: date('2019') },
        { quote: '16,2 triệu USD', fields: money(16.2e6) },
        { quote: 'năm 2024', fields: date('2024') }
      ])
    ).toEqual([
      ['35%', year('2024')],
      ['12 triệu USD', year('2019')],
      ['16,2 triệu USD', year('2024')]
    ])
  })

  test('should keep a comparison base from dating the changes that follow a dated level (Vietnamese)', () => {
    const text =
      'Trong tháng 3/2025, doanh thu du lịch đạt 2,1 tỷ USD, ngang mức tháng 2/2025, thấp hơn tháng 1/2025 khoảng 4% và tăng 9% so với cùng kỳ.'
    expect(
      linkedOnly(['date'], text, 'vi', [
        { quote: '3/2025', fields: date('2025-03', 'month') },
        { quote: '2,1 tỷ USD', fields: money(2.1e9) },
        { quote: '2/2025', fields: date('2025-02', 'month') },
        { quote: '1/2025', fields: date('2025-01', 'month') },
        { quote: '4%', fields: percent(4) },
        { quote: '9%', fields: percent(9) }
      ])
    ).toEqual([
      ['2,1 tỷ USD', { value: '2025-03', grain: 'month' }],
      ['4%', { value: '2025-03', grain: 'month' }],
      ['9%', { value: '2025-03', grain: 'month' }]
    ])
  })

  test('should not give a figure whose clause has a relative period of its own the period said before', () => {
    const text = 'Kim ngạch tháng 8/2025 đạt 3 tỷ USD (bình quân mỗi tháng trong 7 tháng là 2,8 tỷ USD).'
    expect(
      linkedOnly(['date'], text, 'vi', [
        { quote: '8/2025', fields: date('2025-08', 'month') },
        { quote: '3 tỷ USD', fields: money(3e9) },
        { quote: '7 tháng', fields: date(null, 'month', true) },
        { quote: '2,8 tỷ USD', fields: money(2.8e9) }
      ])
    ).toEqual([
      ['3 tỷ USD', { value: '2025-08', grain: 'month' }],
      ['2,8 tỷ USD', undefined]
    ])
  })

  test('should read "intends to" and "có kế hoạch" as targets', () => {
    const en = 'The ministry intends to lift the share of solar power in the national grid to 15% by 2030.'
    expect(
      linkedOnly(['qualifier', 'date'], en, 'en', [
        { quote: '15%', fields: percent(15) },
        { quote: '2030', fields: date('2030') }
      ])
    ).toEqual([['15%', 'target', year('2030')]])
    const vi = 'Hai nước có kế hoạch nâng kim ngạch song phương chạm mốc 20 tỷ USD trước năm 2030.'
    expect(
      linkedOnly(['qualifier'], vi, 'vi', [
        { quote: '20 tỷ USD', fields: money(20e9) },
        { quote: 'năm 2030', fields: date('2030') }
      ])
    ).toEqual([['20 tỷ USD', 'target']])
  })
})

describe('linkFigures: direction', () => {
  test('should tell a fall from a rise, whatever stands after the change (English)', () => {
    const text = 'Exports fell 3.5% year on year, while imports rose 2.1% and services were up 4 percent, a 6% increase.'
    expect(
      linkedOnly(['qualifier', 'direction'], text, 'en', [
        { quote: '3.5%', fields: percent(3.5) },
        { quote: '2.1%', fields: percent(2.1) },
        { quote: '4 percent', fields: percent(4) },
        { quote: '6%', fields: percent(6) }
      ])
    ).toEqual([
      ['3.5%', 'change', 'decrease'],
      ['2.1%', 'change', 'increase'],
      ['4 percent', 'change', 'increase'],
      ['6%', 'change', 'increase']
    ])
  })

  test('should tell a fall from a rise, and carry it to a change joined by "và" (Vietnamese)', () => {
    const text = 'Xuất khẩu giảm 3,5% so với cùng kỳ, giảm 12,9% về lượng và 23% về giá trị; nhập khẩu tăng 2,1% so với cùng kỳ năm 2023.'
    expect(
      linkedOnly(['qualifier', 'direction'], text, 'vi', [
        { quote: '3,5%', fields: percent(3.5) },
        { quote: '12,9%', fields: percent(12.9) },
        { quote: '23%', fields: percent(23) },
        { quote: '2,1%', fields: percent(2.1) }
      ])
    ).toEqual([
      ['3,5%', 'change', 'decrease'],
      ['12,9%', 'change', 'decrease'],
      ['23%', 'change', 'decrease'],
      ['2,1%', 'change', 'increase']
    ])
  })

  test('should say which way a level moved from the one before it, in both languages', () => {
    const english = 'Debt went from $9 million to $5 million.'
    expect(
      linkedOnly(['qualifier', 'direction'], english, 'en', [
        { quote: '$9 million', fields: money(9e6) },
        { quote: '$5 million', fields: money(5e6) }
      ])
    ).toEqual([
      ['$9 million', 'actual', undefined],
      ['$5 million', 'actual', 'decrease']
    ])
    const vietnamese = 'Kim ngạch tăng từ 5 tỷ USD lên 9 tỷ USD.'
    expect(
      linkedOnly(['direction'], vietnamese, 'vi', [
        { quote: '5 tỷ USD', fields: money(5e9) },
        { quote: '9 tỷ USD', fields: money(9e9) }
      ])
    ).toEqual([
      ['5 tỷ USD', undefined],
      ['9 tỷ USD', 'increase']
    ])
  })

  test('should give a level or a change whose words say no way no direction', () => {
    const text = 'Trade reached $850 million in 2024, and the share was 20.5%.'
    expect(
      linkedOnly(['direction'], text, 'en', [
        { quote: '$850 million', fields: money(850e6) },
        { quote: '20.5%', fields: percent(20.5) }
      ])
    ).toEqual([
      ['$850 million', undefined],
      ['20.5%', undefined]
    ])
  })
})

describe('findClause', () => {
  const clause = (text: string, at: string, lang: Lang) => {
    const range = findClause(text, { start: 0, end: text.length }, text.indexOf(at), lang)
    return text.slice(range.start, range.end)
  }

  test('should end clauses at a comma, semicolon or colon followed by a blank, not inside a number', () => {
    const text = 'Năm 2024, kim ngạch đạt 850 triệu USD, tăng 20,5% so với năm 2023; xuất khẩu đạt 522,4 triệu USD.'
    expect([clause(text, '850', 'vi'), clause(text, '20,5', 'vi'), clause(text, '522,4', 'vi')]).toEqual([
      'kim ngạch đạt 850 triệu USD',
      'tăng 20,5% so với năm 2023',
      'xuất khẩu đạt 522,4 triệu USD.'
    ])
  })

  test('should open a clause at a conjunction, but not split names joined by a dash or "and"', () => {
    const text = 'Vietnam – Pakistan trade and Malaysia trade rose while exports to Vietnam — a new market — fell.'
    expect([clause(text, 'Malaysia', 'en'), clause(text, 'exports', 'en'), clause(text, 'a new', 'en')]).toEqual([
      'Vietnam – Pakistan trade and Malaysia trade rose',
      'while exports to Vietnam',
      'a new market'
    ])
  })

  test('should keep Vietnamese "trong khi" as a clause opener and stay within the sentence given', () => {
    const text = 'Xuất khẩu tăng trong khi nhập khẩu giảm. Câu sau.'
    const range = findClause(text, { start: 0, end: 40 }, text.indexOf('nhập'), 'vi')
    expect(text.slice(range.start, range.end)).toBe('trong khi nhập khẩu giảm.')
  })
})

describe('linkFigures: long input', () => {
  test('should link thousands of figures of one 100 kB sentence in well under a second of CPU', () => {
    const unit = '$1,000 in 2024 and exports of trade to '
    const text = unit.repeat(Math.ceil(100_000 / unit.length))
    const marks: Mark[] = []
    const count = Math.ceil(100_000 / unit.length)
    for (let nth = 1; nth <= count; nth++) {
      marks.push({ quote: '$1,000', fields: money(1000), nth }, { quote: '2024', fields: date('2024'), nth })
    }
    const { document, drafts } = linkDocument(text, 'en', marks)
    expect(cpuMs(() => linkFigures(drafts, document))).toBeLessThan(1000)
    expect(drafts.filter((draft) => isKind(draft, 'figure')).every((draft) => 'date' in draft.fields)).toBe(true)
  })

  test('should read a 100 kB clause of digits, commas, dots, blanks and currency signs in well under a second of CPU', () => {
    const text = `${'1.2, 3 $ 4,5 đ '.repeat(7000)}tăng 5%`
    const { document, drafts } = linkDocument(text, 'vi', [{ quote: '5%', fields: percent(5) }])
    expect(cpuMs(() => linkFigures(drafts, document))).toBeLessThan(1000)
    expect(drafts[0]!.fields).toEqual({ ...percent(5), qualifier: 'change', direction: 'increase' })
  })
})
