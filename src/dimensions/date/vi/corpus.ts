import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'date'> = {
  dimension: 'date',
  lang: 'vi',
  referenceDate: '2025-06-01',
  examples: [
    examples({ value: '1972-11-08', grain: 'day' }, ['8/11/1972', '08.11.1972', '8 tháng 11 năm 1972', '1972-11-08']),
    examples({ value: '2003-07-08/2003-07-09', grain: 'day' }, ['8-9/7/2003', '8 - 9/7/2003']),
    examples({ value: '2010-06-03/2010-06-06', grain: 'day' }, ['3-6/6/2010']),
    examples({ value: '2004-03', grain: 'month' }, ['3/2004']),
    // Data tables write a month glued to its year.
    examples({ value: '2024-03', grain: 'month' }, ['2024-03']),
    // The time a page gives under its headline, after the day.
    examples({ value: '2025-10-14T10:30', grain: 'minute' }, ['Thứ Hai, 14/10/2025 10:30', '14/10/2025 10:30']),
    // Hours counted from the moment of writing: news gives only the day of writing, so the moment stays unresolved.
    examples({ value: null, grain: 'hour', relative: true }, ['24 giờ qua', '48 giờ tới']),
    // A half of the year of writing.
    examples({ value: '2025-01/2025-06', grain: 'month', relative: true }, ['nửa đầu năm']),
    examples({ value: '2025-07/2025-12', grain: 'month', relative: true }, ['nửa cuối năm', 'nửa sau năm']),
    // The forms of periods/dates Vietnamese reports use (periods.ts).
    examples({ value: '2024-08', grain: 'month' }, ['tháng 8-2024', 'tháng 8 - 2024']),
    examples({ value: '2024-09-11', grain: 'day' }, ['11.9.2024']),
    examples({ value: '2025-07/2025-09', grain: 'month' }, ['quý III/2025', 'quý 3 năm 2025']),
    examples({ value: '2024-04-10/2024-04-12', grain: 'day' }, ['ngày 10 đến ngày 12/4/2024', 'ngày 10 - 12/4/2024']),
    examples({ value: '2023-05-15/2023-05-17', grain: 'day' }, ['ngày 15 đến ngày 17 tháng 5 năm 2023']),
    examples({ value: '2025-05', grain: 'month', relative: true }, ['tháng qua', 'tháng vừa qua']),
    examples({ value: '2025-01/2025-03', grain: 'month', relative: true }, ['quý vừa qua', 'quý qua']),
    examples({ value: '2024', grain: 'year', relative: true }, ['năm vừa qua']),
    examples({ value: '2015/2024', grain: 'year', relative: true }, ['thập kỷ qua', 'một thập kỷ qua', 'thập niên vừa qua']),
    examples({ value: '2005/2024', grain: 'year', relative: true }, ['hai thập kỷ qua', '2 thập niên qua']),
    examples({ value: '2026/2035', grain: 'year', relative: true }, ['thập kỷ tới']),
    examples({ value: null, grain: 'month', relative: true }, ['tháng trước đó', 'tháng liền trước', 'quý liền trước']),
    examples({ value: null, grain: 'year', relative: true }, ['năm trước đó', 'những thập kỷ qua']),
    examples({ value: '2025-01/2025-09', grain: 'month' }, ['9 tháng 2025', '9 tháng năm 2025', '3 quý đầu năm 2025']),
    examples({ value: '2025-01/2025-09', grain: 'month', relative: true }, ['3 quý đầu năm']),
    examples({ value: '2024-12', grain: 'month', relative: true }, ['tháng 12 năm ngoái']),
    examples({ value: '2025-01/2025-03', grain: 'month', relative: true }, ['quý I năm nay']),
    examples({ value: null, grain: 'month', relative: true }, ['cùng kỳ', 'cùng kỳ năm trước', 'cùng kỳ của năm ngoái']),
    examples({ value: null, grain: 'day', relative: true }, ['mới đây', 'những ngày qua']),
    examples({ value: null, grain: 'year', relative: true }, ['giai đoạn tới']),
    // Named without their year: relative, and marked so.
    examples({ value: '2025-05', grain: 'month', relative: true, yearImplied: true }, ['tháng 5']),
    examples({ value: '2011-06', grain: 'month' }, ['tháng 6 năm 2011', 'thán 6 năm 2011', 'Tháng 6, năm 2011']),
    examples({ value: '2024', grain: 'year' }, ['2024']),
    examples({ value: '2013/2014', grain: 'year' }, ['2013 và 2014', '2013-2014', '2013 đến 2014']),
    examples({ value: '2014/2016', grain: 'year' }, ['2014 -2016', '2014 – 2016']),
    examples({ value: '1960/1969', grain: 'year' }, ['những năm 60', 'những năm 1960', 'thập niên 60']),
    examples({ value: '1990/1999', grain: 'year' }, ['thập niên 1990', 'thập kỷ 90']),
    examples({ value: '2024-01/2024-03', grain: 'month' }, ['quý I/2024', 'quý 1/2024', 'Quý I năm 2024']),
    examples({ value: '2024', grain: 'year', relative: true }, ['năm ngoái', 'năm trước']),
    examples({ value: '2025', grain: 'year', relative: true }, ['năm nay']),
    examples({ value: '2026', grain: 'year', relative: true }, ['năm tới', 'năm sau', 'sang năm']),
    examples({ value: '2025-05-31', grain: 'day', relative: true }, ['hôm qua']),
    examples({ value: '2025-06-02', grain: 'day', relative: true }, ['ngày mai']),
    examples({ value: null, grain: 'year', relative: true }, [
      'thời gian tới',
      'thời gian sắp tới',
      'thời gian sớm nhất',
      'những năm gần đây',
      'tương lai gần'
    ]),
    examples({ value: '1975/2024', grain: 'year', relative: true }, ['50 năm qua', '50 năm gần đây']),
    examples({ value: '2026/2030', grain: 'year', relative: true }, ['5 năm tới']),
    examples({ value: '2026/2027', grain: 'year', relative: true }, ['hai năm tới']),
    examples({ value: '2022', grain: 'year', relative: true }, ['3 năm trước', 'ba năm trước']),
    examples({ value: '2025-06', grain: 'month', relative: true }, ['tháng 6', 'tháng sáu']),
    examples({ value: '2026-03', grain: 'month', relative: true }, ['tháng 3 tới']),
    examples({ value: '2025-10', grain: 'month' }, ['tháng mười năm 2025']),
    examples({ value: '2025-06-05', grain: 'day', relative: true }, ['thứ năm tuần tới', 'thứ 5 của tuần sau']),
    examples({ value: '2025-06-03', grain: 'day', relative: true }, ['thứ ba tới']),
    examples({ value: '2025-05-27', grain: 'day', relative: true }, ['thứ ba vừa rồi']),
    // With its weekday, a day without its year is in the nearest year it falls on that weekday.
    examples({ value: '2026-07-18', grain: 'day', relative: true }, ['thứ Bảy, ngày 18/7', 'thứ 7 ngày 18 tháng 7']),
    examples({ value: '2023-11-08', grain: 'day', relative: true }, ['thứ Tư, ngày 8/11']),
    examples({ value: '2025-07/2025-09', grain: 'month', relative: true }, ['quý 3', 'quý ba', 'quý tới']),
    examples({ value: '2018-10/2018-12', grain: 'month' }, ['quý 4 của năm 2018']),
    examples({ value: '2025-04/2025-06', grain: 'month', relative: true }, ['quý này']),
    examples({ value: '2017-04-20T15', grain: 'hour' }, ['3 giờ chiều ngày 20/4/2017', '15 giờ chiều ngày 20/4/2017']),
    examples({ value: '2017-04-20T19:30', grain: 'minute' }, [
      '7:30 chiều ngày 20/4/2017',
      '19h30 ngày 20/4/2017',
      '7:30 chiều ngày 20 tháng 4 năm 2017'
    ]),
    examples({ value: '2025-06-02T15', grain: 'hour', relative: true }, ['3 giờ chiều ngày mai', '15 giờ chiều ngày mai']),
    examples({ value: '2025-06-02T15:00', grain: 'minute', relative: true }, ['15h ngày mai']),
    examples({ value: '2025-06-01T14', grain: 'hour', relative: true }, ['hôm nay lúc 2 giờ chiều', '2 giờ chiều']),
    examples({ value: '2025-06-01T18/2025-06-01T23', grain: 'hour', relative: true }, ['tối nay', 'tối hôm nay', 'buổi tối nay']),
    examples({ value: '2025-05-31T18/2025-05-31T23', grain: 'hour', relative: true }, ['tối qua', 'tối hôm qua']),
    examples({ value: '2025-06-02T12/2025-06-02T13', grain: 'hour', relative: true }, ['trưa mai', 'trưa ngày mai']),
    examples({ value: '2024-01/2024-06', grain: 'month' }, ['6 tháng đầu năm 2024', 'sáu tháng đầu năm 2024', 'nửa đầu năm 2024']),
    examples({ value: '2023-01/2023-09', grain: 'month' }, ['9 tháng năm 2023', '9 tháng đầu năm 2023']),
    examples({ value: '2023-07/2023-12', grain: 'month' }, ['6 tháng cuối năm 2023', 'nửa cuối năm 2023', 'nửa sau năm 2023']),
    examples({ value: '2025-01/2025-11', grain: 'month', relative: true }, ['11 tháng đầu năm', '11 tháng đầu năm nay']),
    examples({ value: '2024-01/2024-06', grain: 'month', relative: true }, ['6 tháng đầu năm ngoái', 'nửa đầu năm ngoái']),
    examples({ value: '2024-01/2024-10', grain: 'month' }, ['tháng 1-10/2024', 'tháng 1 - 10 năm 2024']),
    examples({ value: '2025-01-01/2025-06-01', grain: 'day', relative: true }, ['từ đầu năm đến nay', 'từ đầu năm tới nay']),
    examples({ value: '2024', grain: 'year', part: 'end' }, ['cuối năm 2024', 'cuối 2024']),
    examples({ value: '2024-03', grain: 'month', part: 'start' }, ['đầu tháng 3 năm 2024', 'đầu tháng 3/2024']),
    examples({ value: '2025', grain: 'year', relative: true, part: 'middle' }, ['giữa năm nay', 'giữa năm']),
    examples({ value: '2025-06', grain: 'month', relative: true, part: 'end' }, ['cuối tháng', 'cuối tháng này']),
    examples({ value: '2024-12-25', grain: 'day' }, ['giáng sinh năm 2024', 'Giáng sinh 2024', 'lễ Giáng sinh năm 2024']),
    examples({ value: '2025-09-02', grain: 'day', relative: true }, ['Quốc khánh']),
    examples({ value: '2025-01-29', grain: 'day' }, ['Tết Nguyên đán 2025', 'Tết Nguyên đán năm 2025', 'Tết 2025']),
    examples({ value: '2025-01-29', grain: 'day', relative: true }, ['Tết', 'Tết Nguyên đán', 'Tết âm lịch']),
    // A plan reads a date said without its year as the next one: Tết of 2026, March of 2026, the Sunday after 2025-06-01 (a Sunday).
    examples({ value: '2026-02-17', grain: 'day', relative: true }, ['Tết Nguyên đán'], { reading: 'next' }),
    examples({ value: '2025-03', grain: 'month', relative: true }, ['tháng 3']),
    examples({ value: '2026-03', grain: 'month', relative: true }, ['tháng 3'], { reading: 'next' }),
    examples({ value: '2025-06-08', grain: 'day', relative: true }, ['Chủ nhật'], { reading: 'next' }),
    examples({ value: '2024-09-17', grain: 'day' }, ['Tết Trung thu năm 2024', 'Trung thu 2024']),
    examples({ value: '2024-03-11/2024-04-09', grain: 'day' }, ['tháng Ramadan năm 2024', 'tháng chay Ramadan 2024']),
    examples({ value: '2025-03-01/2025-03-29', grain: 'day', relative: true }, ['tháng Ramadan']),
    examples({ value: '2024-04-10', grain: 'day' }, ['lễ Eid al-Fitr năm 2024', 'Eid al-Fitr 2024']),
    examples({ value: '2024-06-16', grain: 'day' }, ['lễ Hiến sinh năm 2024', 'lễ Eid al-Adha 2024'])
  ],
  inContext: [
    { text: 'Trong 24 giờ qua, mưa lớn gây ngập nhiều nơi.', finds: [{ quote: '24 giờ qua', value: { value: null } }] },
    { text: 'Xuất khẩu nửa cuối năm dự kiến tăng.', finds: [{ quote: 'nửa cuối năm', value: { value: '2025-07/2025-12' } }] },
    { text: 'Chiều ngày 27/3, đại sứ', finds: [{ quote: '27/3', value: { value: '2025-03-27', relative: true, yearImplied: true } }] },
    {
      text: 'Lãi 9 tháng tăng 26% so cùng kỳ',
      finds: [{ quote: '9 tháng', value: { value: '2025-01/2025-09', relative: true } }, { quote: 'cùng kỳ' }]
    },
    {
      text: 'Xuất khẩu cà phê 7 tháng đạt 3,5 tỷ USD',
      finds: [{ quote: '7 tháng', value: { value: '2025-01/2025-07', relative: true } }]
    },
    { text: 'Thu ngân sách 9 tháng ước đạt 343.000 tỷ đồng', finds: [{ quote: '9 tháng', value: { value: '2025-01/2025-09' } }] },
    { text: 'sau 7 tháng tăng liên tiếp, giá giảm', finds: [] },
    {
      text: 'Giá lúa tăng mạnh trong tuần qua, cao nhất trong một thập kỷ qua.',
      finds: [
        { quote: 'tuần qua', value: { value: '2025-05-19/2025-05-25' } },
        { quote: 'một thập kỷ qua', value: { value: '2015/2024' } }
      ]
    },
    {
      text: 'Lượng khách tăng 5% so với tháng liền trước và 12% so với quý trước đó.',
      finds: [
        { quote: 'tháng liền trước', value: { value: null } },
        { quote: 'quý trước đó', value: { value: null } }
      ]
    },
    { text: 'tổng vốn đăng ký trong 3 tháng vẫn tăng', finds: [{ quote: '3 tháng', value: { value: '2025-01/2025-03' } }] },
    { text: 'gấp 13 lần cùng kỳ năm 2022', finds: [{ quote: '2022', value: { value: '2022' } }] },
    { text: 'được thực thi từ ngày 1/8 năm 2020', finds: [{ quote: '1/8 năm 2020', value: { value: '2020-08-01' } }] },
    { text: 'Ngày 8/11/1972, Việt Nam và Pakistan lập quan hệ ngoại giao.', finds: [{ quote: '8/11/1972' }] },
    { text: 'Tháng 10/2000, Pakistan mở lại Đại sứ quán.', finds: [{ quote: '10/2000', value: { value: '2000-10' } }] },
    { text: 'kim ngạch đạt 850 triệu USD vào năm 2024, tăng 20,5% so với năm 2023.', finds: [{ quote: '2024' }, { quote: '2023' }] },
    { text: 'từ dưới 10 triệu USD năm 1999; 324 triệu USD 2011.', finds: [{ quote: '1999' }, { quote: '2011' }] },
    { text: 'Tổng thống thăm Việt Nam (5/2001) và dự ARF 17 (2010).', finds: [{ quote: '5/2001' }, { quote: '2010' }] },
    { text: 'Ngày 8 tháng 11 năm 1972 là một mốc.', finds: [{ quote: '8 tháng 11 năm 1972' }] },
    { text: 'Hội nghị diễn ra ngày 8/11 tại Hà Nội.', finds: [{ quote: '8/11', value: { value: '2025-11-08', relative: true } }] },
    { text: 'Chiều 8/11, hai bên đã hội đàm.', finds: [{ quote: '8/11', value: { value: '2025-11-08', relative: true } }] },
    { text: 'Tỷ số là 3/1 sau hiệp một.', finds: [] },
    { text: 'Đoàn đã đến các ngày 8-9/7.', finds: [{ quote: '8-9/7', value: { value: '2025-07-08/2025-07-09', relative: true } }] },
    { text: 'Hai bên gặp nhau vào thứ Hai.', finds: [{ quote: 'thứ Hai', value: { value: '2025-06-02', relative: true } }] },
    { text: 'trong năm 1999 và 2005.', finds: [{ quote: '1999' }, { quote: '2005' }] },
    { text: 'giữa năm 2023 và năm 2025', finds: [{ quote: '2023 và năm 2025', value: { value: '2023/2025' } }] },
    { text: 'Từ năm 2010 đến năm 2020, kim ngạch tăng gấp đôi.', finds: [{ quote: '2010 đến năm 2020', value: { value: '2010/2020' } }] },
    { text: 'Kim ngạch hai chiều tăng mạnh.', finds: [] },
    {
      text: 'Trong 6 tháng đầu năm 2024, kim ngạch đạt 500 triệu USD.',
      finds: [{ quote: '6 tháng đầu năm 2024', value: { value: '2024-01/2024-06', grain: 'month' } }]
    },
    {
      text: 'Hội chợ diễn ra từ ngày 8/11 đến ngày 10/11/2025.',
      finds: [{ quote: '8/11 đến ngày 10/11/2025', value: { value: '2025-11-08/2025-11-10' } }]
    },
    {
      text: 'Hội chợ diễn ra các ngày 8/11 - 10/11/2025.',
      finds: [{ quote: '8/11 - 10/11/2025', value: { value: '2025-11-08/2025-11-10' } }]
    },
    { text: 'Lễ hội diễn ra từ 5 đến 7/9/2025.', finds: [{ quote: '5 đến 7/9/2025', value: { value: '2025-09-05/2025-09-07' } }] },
    {
      text: 'Triển lãm mở cửa từ 30/8 đến hết ngày 2/9/2025.',
      finds: [{ quote: '30/8 đến hết ngày 2/9/2025', value: { value: '2025-08-30/2025-09-02' } }]
    },
    { text: 'Giải đấu diễn ra từ 30/12 - 2/1/2026.', finds: [{ quote: '30/12 - 2/1/2026', value: { value: '2025-12-30/2026-01-02' } }] },
    {
      text: 'Hội nghị kéo dài hai ngày 5 và 6/9/2025.',
      finds: [{ quote: 'ngày 5 và 6/9/2025', value: { value: '2025-09-05/2025-09-06' } }]
    },
    // Two days apart: "và" joins them, no range.
    { text: 'Hai đoàn gặp nhau ngày 5 và 16/9/2025.', finds: [{ quote: '16/9/2025', value: { value: '2025-09-16' } }] },
    {
      text: 'từ ngày 8 tháng 11 đến ngày 10 tháng 11 năm 2025',
      finds: [{ quote: '8 tháng 11 đến ngày 10 tháng 11 năm 2025', value: { value: '2025-11-08/2025-11-10' } }]
    }
  ],
  negative: [
    // Numbers after "từ" that end in a percent, not a day.
    'Giá tăng từ 5 đến 7% trong năm.',
    'phạt 15 tháng tù',
    'ARF 17',
    'Hội nghị ADB 44',
    '417 bài đăng',
    '50 năm',
    '1 000',
    '20,5%',
    '522,4 triệu USD',
    'hiện nay',
    'Kỳ họp thứ hai diễn ra tại Islamabad',
    'lần 2 tại Islamabad',
    'năm sau đó',
    '6 tháng',
    'sau 6 tháng, dự án',
    'kéo dài 6 tháng tăng ca',
    'một thập kỷ đổi mới'
  ]
}
