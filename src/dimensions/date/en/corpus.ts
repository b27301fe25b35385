import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'date'> = {
  dimension: 'date',
  lang: 'en',
  referenceDate: '2025-06-01',
  examples: [
    // The periods English reports give figures for, without their year (periods.ts).
    examples({ value: '2025-01/2025-09', grain: 'month', relative: true }, [
      'the first nine months',
      'the first three quarters',
      'the opening nine months of this year'
    ]),
    examples({ value: '2025-07/2025-09', grain: 'month', relative: true }, ['third-quarter']),
    examples({ value: '2025-01/2025-10', grain: 'month', relative: true }, ['the first ten months of the year']),
    examples({ value: '2025-01/2025-03', grain: 'month', relative: true }, ['the first quarter of this year', '1st qtr this year']),
    examples({ value: '2024-07/2024-09', grain: 'month', relative: true }, ['the third quarter of last year']),
    examples({ value: '2025-10/2025-12', grain: 'month', relative: true }, [
      'the last three months of the year',
      'the final three months of the year'
    ]),
    examples({ value: '2025-06', grain: 'month', relative: true }, ['June this year', 'June of this year']),
    examples({ value: null, grain: 'month', relative: true }, ['the same period last year', 'the same period of last year']),
    examples({ value: null, grain: 'day', relative: true }, ['recently', 'of late', 'the previous session', 'the previous trading day']),
    examples({ value: null, grain: 'month', relative: true }, ['the second half of the fiscal year']),
    examples({ value: null, grain: 'year', relative: true }, [
      'the previous year',
      'the year before',
      'a year earlier',
      'ten years earlier'
    ]),
    examples({ value: null, grain: 'day', relative: true }, ['a week later', 'a fortnight later', 'three days earlier']),
    examples({ value: '2024', grain: 'year', relative: true }, ['the past year']),
    examples({ value: '2024-12-03', grain: 'day', relative: true, yearImplied: true }, ['December 3']),
    examples({ value: '1972-11-08', grain: 'day' }, [
      'November 8, 1972',
      'Nov. 8, 1972',
      'Nov 8th 1972',
      'Wednesday, November 8, 1972',
      '8 November 1972',
      'the 8th of November, 1972',
      '8-Nov-1972',
      '11/8/1972',
      '1972-11-08'
    ]),
    examples({ value: '2025-10-14', grain: 'day' }, ['14 October 2025', '14/10/2025', 'October 14, 2025', '14october 2025', '2025-10-14']),
    examples({ value: '2015-03-03', grain: 'day' }, ['2015-3-3']),
    examples({ value: '1974-10-31', grain: 'day' }, ['31-Oct-74', '31/Oct/1974']),
    examples({ value: '2025-04-25T16:00', grain: 'minute', relative: true }, ['4/25 at 4:00pm', '4/25 at 16h']),
    examples({ value: '2025-06-06', grain: 'day', relative: true }, ['Fri 6/6', 'Friday, 6/6']),
    examples({ value: '2025-11-08', grain: 'day', relative: true }, ['Nov. 8', '8 November', 'the 8th of November']),
    // With its weekday, a day without its year is in the nearest year it falls on that weekday.
    examples({ value: '2026-07-18', grain: 'day', relative: true }, ['Saturday, July 18', 'Sat. 18 July']),
    examples({ value: '2023-11-08', grain: 'day', relative: true }, ['Wednesday, Nov. 8', 'Wed 8 November'], { reading: 'next' }),
    examples({ value: '1972-11', grain: 'month' }, ['November 1972', 'Nov. 1972', 'November of 1972']),
    examples({ value: '2004-03', grain: 'month' }, ['3/2004']),
    // Statistics offices and data tables write months and quarters glued to their year.
    examples({ value: '2024-03', grain: 'month' }, ['2024-03']),
    examples({ value: '2024-01/2024-03', grain: 'month' }, ['2024Q1']),
    examples({ value: '2024', grain: 'year' }, ['2024']),
    examples({ value: '2013/2014', grain: 'year' }, ['2013-2014', '2013/14', '2013 - 2014', '2013 to 2014']),
    examples({ value: '2021/2022', grain: 'year' }, ['2021-22']),
    examples({ value: '2023-07/2024-06', grain: 'month' }, [
      'the fiscal year ending June 2024',
      'fiscal year ended June 30, 2024',
      'the financial year to June 2024',
      'the 12 months to June 2024',
      'the year ended 30 June 2024'
    ]),
    examples({ value: '2024-04/2025-03', grain: 'month' }, ['the twelve months through March 2025']),
    // Parts of a fiscal year (fiscal.ts): with no country named, it runs July to June.
    examples({ value: '2023-10/2023-12', grain: 'month' }, ['Q2 FY24', 'Q2 of FY24', '2Q FY2024', 'the second quarter of FY24']),
    examples({ value: '2024-07/2024-12', grain: 'month' }, ['H1 FY25', '1H FY25', 'the first half of FY2025']),
    // A half or a quarter glued to a short or full year: broker and company reports.
    examples({ value: '2025-01/2025-06', grain: 'month' }, ["H1'25", '1H’25', '1H2025']),
    examples({ value: '2024-07/2024-09', grain: 'month' }, ["Q3'24", "3Q'24"]),
    // Dots write the day first, as in Europe and Asia.
    examples({ value: '2024-09-11', grain: 'day' }, ['11.9.2024', '11.09.2024']),
    examples({ value: '1974-10-31', grain: 'day' }, ['10.31.1974']),
    examples({ value: '2022-07/2023-06', grain: 'month' }, ['FY23', 'FY2023', 'FY 2023', 'FY2022-23', 'fiscal year 2023']),
    examples({ value: '2024-01/2024-03', grain: 'month' }, ['Q1 2024', 'Q1 of 2024', 'the first quarter of 2024', 'first quarter 2024']),
    examples({ value: '1990/1999', grain: 'year' }, ['the 1990s', '1990s', "the 1990's"]),
    examples({ value: '1960/1969', grain: 'year' }, ["the '60s", 'the 60s']),
    examples({ value: '2013-07-13/2013-07-15', grain: 'day' }, ['July 13-15, 2013', '13-15 July 2013', 'the 13th to 15th July 2013']),
    examples({ value: '2025-07-13/2025-07-15', grain: 'day', relative: true }, ['July 13 to 15', '13-15 July']),
    examples({ value: '2024', grain: 'year', relative: true }, ['last year']),
    examples({ value: '2025', grain: 'year', relative: true }, ['this year']),
    examples({ value: '2026', grain: 'year', relative: true }, ['next year']),
    examples({ value: '2025-05', grain: 'month', relative: true }, ['last month']),
    examples({ value: '2025-06-02/2025-06-08', grain: 'day', relative: true }, ['next week']),
    examples({ value: '2025-05-31', grain: 'day', relative: true }, ['yesterday']),
    examples({ value: null, grain: 'year', relative: true }, [
      'the near future',
      'the coming time',
      'the coming years',
      'recent years',
      'the past few years',
      'the next few years',
      'the last couple of decades'
    ]),
    examples({ value: '1975/2024', grain: 'year', relative: true }, ['the past 50 years', 'the last fifty years']),
    // Decades counted back or forward from the day of writing: ten years each.
    examples({ value: '2015/2024', grain: 'year', relative: true }, ['the past decade', 'the last decade']),
    examples({ value: '2005/2024', grain: 'year', relative: true }, ['the past two decades', 'the last 2 decades']),
    examples({ value: '2026/2045', grain: 'year', relative: true }, ['the next two decades', 'the coming two decades']),
    examples({ value: '2026/2035', grain: 'year', relative: true }, ['the next decade', 'the coming decade']),
    examples({ value: '2025-05', grain: 'month', relative: true }, ['the past month']),
    examples({ value: '2025-07', grain: 'month', relative: true }, ['the coming month']),
    examples({ value: '2026', grain: 'year', relative: true }, ['the coming year']),
    // A fiscal year's months depend on the country; the month or period before, on the one the sentence speaks of.
    examples({ value: null, grain: 'year', relative: true }, [
      'the current fiscal year',
      'this fiscal year',
      'the previous fiscal year',
      'the outgoing fiscal year',
      'next fiscal year',
      'the coming fiscal year',
      'last season',
      'this season'
    ]),
    examples({ value: null, grain: 'month', relative: true }, [
      'the previous month',
      'a month earlier',
      'two months later',
      'the year-earlier period',
      'the year-ago quarter',
      'the latest quarter',
      'the most recent quarter'
    ]),
    examples({ value: '2026/2030', grain: 'year', relative: true }, ['the next 5 years', 'the coming five years']),
    examples({ value: '2022', grain: 'year', relative: true }, ['3 years ago', 'three years ago']),
    examples({ value: '2025-06-03', grain: 'day', relative: true }, ['next Tuesday', 'coming Tuesday']),
    examples({ value: '2025-05-25', grain: 'day', relative: true }, ['last Sunday']),
    examples({ value: '2025-06-03', grain: 'day', relative: true }, ['Tuesday of next week']),
    examples({ value: '2025-05-19', grain: 'day', relative: true }, ['Monday of last week']),
    // Hours counted from the moment of writing: news gives only the day of writing, so the moment stays unresolved.
    examples({ value: null, grain: 'hour', relative: true }, ['the past 24 hours', 'the last 48 hours']),
    examples({ value: null, grain: 'minute', relative: true }, ['48 hours from now']),
    examples({ value: '2025-06-13', grain: 'day', relative: true }, ['2 fridays from now', 'two Fridays hence', 'Friday after next']),
    examples({ value: '2025-05-22', grain: 'day', relative: true }, ['2 thursdays ago', 'two Thursdays back']),
    examples({ value: '2027-03', grain: 'month', relative: true }, ['March after next']),
    examples({ value: '2014-10-06/2014-10-12', grain: 'day' }, [
      'the first week of October 2014',
      'first week of october 2014',
      'the 1st week in October, 2014'
    ]),
    examples({ value: '2018-12-10/2018-12-16', grain: 'day' }, ['the third last week of 2018', '3rd last week of 2018']),
    examples({ value: '2014-09-22/2014-09-28', grain: 'day' }, ['the last week of September 2014']),
    examples({ value: '1972-11-06/1972-11-12', grain: 'day' }, ['the week of November 8, 1972']),
    examples({ value: '2024-05-27', grain: 'day' }, ['the fifth last day of May 2024', '5th last day of May 2024']),
    examples({ value: '2017-10-27T18/2017-10-29T23', grain: 'hour' }, [
      'the last weekend of October 2017',
      'last week-end in October 2017',
      'last wkend of Oct 2017'
    ]),
    examples({ value: '2025-05-30T18/2025-06-01T23', grain: 'hour', relative: true }, ['this weekend', 'this week-end', 'this week end']),
    examples({ value: '2025-05-23T18/2025-05-25T23', grain: 'hour', relative: true }, ['this past weekend', 'last weekend']),
    examples({ value: '2025-06-06T18/2025-06-08T23', grain: 'hour', relative: true }, ['next weekend']),
    examples({ value: '2025-06-21/2025-09-23', grain: 'day', relative: true }, ['this summer', 'the coming summer', 'current summer']),
    examples({ value: '2025-03-20/2025-06-21', grain: 'day', relative: true }, ['this spring']),
    examples({ value: '2024-12-21/2025-03-20', grain: 'day', relative: true }, ['last winter', 'this past winter']),
    examples({ value: '2025-09-23/2025-12-21', grain: 'day', relative: true }, ['next autumn', 'this fall']),
    examples({ value: '2025-06-02', grain: 'day', relative: true }, ['this Monday', 'Monday']),
    examples({ value: '2025-06-03', grain: 'day', relative: true }, ['tue.', 'tues']),
    examples({ value: '2025-05-30', grain: 'day', relative: true }, ['fri', 'fri.']),
    examples({ value: '2026-03-20', grain: 'day', relative: true }, ['Fri, Mar 20', 'Mar 20, Friday', 'Friday, March 20']),
    examples({ value: '2025-06-10', grain: 'day', relative: true }, ['Tuesday the 10th', 'Tue 10th', 'Tuesday, 10th']),
    examples({ value: '2025-06-13', grain: 'day', relative: true }, ['Fri, Jun13']),
    // 2025-06-01 is a Sunday: news reads a weekday alone as the nearest, a plan as the next after the day of writing.
    examples({ value: '2025-05-31', grain: 'day', relative: true }, ['Saturday']),
    examples({ value: '2025-06-07', grain: 'day', relative: true }, ['Saturday'], { reading: 'next' }),
    examples({ value: '2025-06-08', grain: 'day', relative: true }, ['Sunday'], { reading: 'next' }),
    examples({ value: '2026-03', grain: 'month', relative: true }, ['next March']),
    examples({ value: '2025-03', grain: 'month', relative: true }, ['last March']),
    examples({ value: '2025-04/2025-06', grain: 'month', relative: true }, ['this quarter', 'the current quarter']),
    examples({ value: '2025-07/2025-09', grain: 'month', relative: true }, ['next quarter', 'the third quarter', '3rd qtr']),
    examples({ value: '2025-03-01', grain: 'day', relative: true }, ['the first of March', 'first of March']),
    examples({ value: '2025-07-20', grain: 'day', relative: true }, [
      '20th of next month',
      'the 20th day of the next month',
      '20 of next month',
      'the twentieth of next month'
    ]),
    examples({ value: '2025-05-03', grain: 'day', relative: true }, ['3rd of last month', 'the third of the previous month']),
    examples({ value: '2025-06-15', grain: 'day', relative: true }, ['15th of this month', 'the 15th of the current month']),
    examples({ value: '2025-03-03', grain: 'day', relative: true }, ['March third', 'March the third']),
    examples({ value: '2015-03-03', grain: 'day' }, ['March third, 2015']),
    examples({ value: '2025-06-01T15', grain: 'hour', relative: true }, ['3pm', '3 p.m.']),
    examples({ value: '2025-06-02T17', grain: 'hour', relative: true }, [
      'tomorrow at 5pm',
      '5pm tomorrow',
      'tomorrow evening at 5',
      'tomorrow 5pm'
    ]),
    examples({ value: '2025-06-01T20', grain: 'hour', relative: true }, [
      '8 tonight',
      'tonight at 8',
      "tonight at 8 o'clock",
      'at 8 in the evening'
    ]),
    examples({ value: '2025-06-01T18/2025-06-01T23', grain: 'hour', relative: true }, ['tonight', 'this evening', 'today evening']),
    examples({ value: '2025-05-31T18/2025-05-31T23', grain: 'hour', relative: true }, ['last night', 'yesterday evening']),
    examples({ value: '2025-06-02T00/2025-06-02T11', grain: 'hour', relative: true }, [
      'Monday morning',
      'Monday in the morning',
      'the morning of Monday'
    ]),
    examples({ value: '2025-06-02T00/2025-06-02T08', grain: 'hour', relative: true }, [
      'Monday early morning',
      'Monday early in the morning',
      'Monday in the early hours of the morning'
    ]),
    examples({ value: '2025-05-30T18/2025-05-30T23', grain: 'hour', relative: true }, ['Friday night', 'Friday evening']),
    examples({ value: '2020-05-05T18/2020-05-05T23', grain: 'hour' }, ['the night of May 5, 2020', 'May 5, 2020 in the evening']),
    examples({ value: '2025-05-31T09', grain: 'hour', relative: true }, ['Saturday morning at 9']),
    examples({ value: '2025-06-01T03', grain: 'hour', relative: true }, ['3 in the morning', 'at 3 in the AM']),
    examples({ value: '2025-06-02T20', grain: 'hour', relative: true }, ['tomorrow at 8 in the evening', 'Monday at 8 in the evening']),
    examples({ value: '2025-06-01T21/2025-06-01T23', grain: 'hour', relative: true }, ['late tonight']),
    examples({ value: '1972-11-08T15:30', grain: 'minute' }, [
      'November 8, 1972 at 3:30pm',
      '3:30pm on November 8, 1972',
      '8 November 1972, 15:30'
    ]),
    examples({ value: '2014-07-18T19:00', grain: 'minute' }, ['Fri, Jul 18, 2014 07:00 PM', 'Fri, Jul 18, 2014 19h00']),
    examples({ value: '2025-05-29T09:30/2025-05-29T11:00', grain: 'minute', relative: true }, [
      '9:30 - 11:00 on Thursday',
      'Thursday from 9:30 to 11:00'
    ]),
    examples({ value: '2014-07-18T19:00Z', grain: 'minute' }, ['Fri, Jul 18, 2014 19:00 GMT', '19:00 GMT on July 18, 2014']),
    examples({ value: '2025-05-29T08:00Z', grain: 'minute', relative: true }, ['Thursday 8h GMT', 'Thu 8h GMT']),
    examples({ value: '2025-05-29T08Z', grain: 'hour', relative: true }, ['Thu at 8 GMT', 'Thursday at 8 gmt']),
    examples({ value: '2025-06-01T09:30/2025-06-01T11:00', grain: 'minute', relative: true }, ['9h30 - 11h']),
    examples({ value: '2025-07-13/2025-07-15', grain: 'day', relative: true }, ['July 13 - July 15', 'July 13 to July 15']),
    examples({ value: '2025-11-08/2025-11-10', grain: 'day' }, ['Nov. 8 to Nov. 10, 2025', 'November 8 - November 10, 2025']),
    examples({ value: '2024-12-28/2025-01-03', grain: 'day' }, ['Dec. 28 to Jan. 3, 2025']),
    examples({ value: '2024-01/2024-06', grain: 'month' }, [
      'the first half of 2024',
      'H1 2024',
      '1H 2024',
      'the first six months of 2024'
    ]),
    examples({ value: '2023-07/2023-12', grain: 'month' }, ['the second half of 2023', 'H2 2023', 'the last six months of 2023']),
    examples({ value: '2024-01/2024-09', grain: 'month' }, ['the first nine months of 2024', 'the first 9 months of 2024']),
    examples({ value: '2025-01/2025-06', grain: 'month', relative: true }, ['the first half of the year', 'the first half of this year']),
    examples({ value: '2024-01/2024-10', grain: 'month' }, [
      'January-October 2024',
      'Jan-Oct 2024',
      'Jan.–Oct. 2024',
      'January to October 2024'
    ]),
    examples({ value: '2024-07/2025-03', grain: 'month' }, ['July-March FY25', 'Jul-Mar of FY2024-25', 'July-March of fiscal year 2025']),
    examples({ value: '2010/2020', grain: 'year' }, ['2010 to 2020', '2010 through 2020']),
    examples({ value: '2025-01-01/2025-06-01', grain: 'day', relative: true }, ['year to date', 'year-to-date']),
    examples({ value: '2012', grain: 'year', part: 'end' }, ['the end of 2012', 'end of 2012', 'late 2012']),
    examples({ value: '2024', grain: 'year', part: 'middle' }, ['mid-2024', 'the middle of 2024']),
    examples({ value: '1990/1999', grain: 'year', part: 'start' }, ['the early 1990s']),
    examples({ value: '2025-03', grain: 'month', relative: true, part: 'start' }, ['early March', 'the beginning of March']),
    examples({ value: '2025-06', grain: 'month', relative: true, part: 'end' }, ['the end of the month', 'end of month']),
    examples({ value: '2025', grain: 'year', relative: true, part: 'start' }, ['the beginning of the year', 'early this year']),
    examples({ value: '2025-06-02/2025-06-08', grain: 'day', relative: true, part: 'end' }, ['the end of next week']),
    examples({ value: '2025-05-19/2025-05-25', grain: 'day', relative: true }, ['the previous week', 'previous week']),
    examples({ value: '2025-05-19/2025-05-25', grain: 'day', relative: true, part: 'start' }, [
      'the beginning of the previous week',
      'beginning of previous week'
    ]),
    examples({ value: '2025-06', grain: 'month', relative: true, part: 'end' }, ['EOM', 'the EOM']),
    examples({ value: '2025', grain: 'year', relative: true, part: 'end' }, ['EOY', 'the EOY']),
    examples({ value: '2024-12-25', grain: 'day', relative: true }, ['Christmas', 'xmas']),
    examples({ value: '2025-12-25', grain: 'day', relative: true }, ['Christmas', 'xmas'], { reading: 'next' }),
    examples({ value: '2010-04-04', grain: 'day' }, ['Easter Sunday two thousand ten', 'Easter 2010']),
    // "the following week" of a plan is the one after the week of writing; news tells it after a time of the story.
    examples({ value: '2025-06-02/2025-06-08', grain: 'day', relative: true }, ['the following week'], { reading: 'next' }),
    examples(
      { value: '2025-06-02/2025-06-08', grain: 'day', relative: true, part: 'start' },
      ['the beginning of the following week', 'the beginning of around next week'],
      { reading: 'next' }
    ),
    examples({ value: '2025-12-25', grain: 'day', relative: true }, ['next Christmas', 'Christmas of this year']),
    examples({ value: '2013-11-29', grain: 'day' }, ['Black Friday 2013']),
    examples({ value: '2010-04-04', grain: 'day' }, ['Easter 2010', 'Easter Sunday 2010']),
    examples({ value: '2024-09-17', grain: 'day' }, ['Mid-Autumn Festival 2024', 'Mid Autumn Festival 2024']),
    examples({ value: '2024-02-10', grain: 'day' }, ['Lunar New Year 2024', 'Chinese New Year 2024', 'Tet 2024']),
    examples({ value: '2007-02-18', grain: 'day' }, ['Chinese New Year 2007']),
    examples({ value: '2007-02-17', grain: 'day' }, ['Tet 2007']),
    examples({ value: '2024-02-14/2024-03-30', grain: 'day' }, ['Lent 2024', 'the Lenten season of 2024']),
    examples({ value: '2025-03-05/2025-04-19', grain: 'day', relative: true }, ['Lent']),
    examples({ value: '2024-04-10', grain: 'day' }, ['Eid al-Fitr 2024', 'Eid ul-Fitr 2024', 'Eid-ul-Fitr 2024', 'Hari Raya Puasa 2024']),
    examples({ value: '2024-06-16', grain: 'day' }, ['Eid al-Adha 2024', 'Eid-ul-Azha 2024', 'Bakrid 2024', 'Feast of the Sacrifice 2024']),
    examples({ value: '2024-03-11/2024-04-09', grain: 'day' }, ['Ramadan 2024', 'Ramazan 2024']),
    examples({ value: '2023-11-12', grain: 'day' }, ['Diwali 2023', 'Deepavali 2023', 'Deepavali in 2023']),
    examples({ value: '2024-10-31', grain: 'day' }, ['Diwali 2024', 'Lakshmi Puja 2024']),
    examples({ value: '2025-10-20', grain: 'day', relative: true }, ['Diwali', 'this Diwali']),
    examples({ value: '2024-03-25', grain: 'day' }, ['Holi 2024', 'Dhulandi 2024']),
    examples({ value: '2026-03-04', grain: 'day', relative: true }, ['next Holi']),
    examples({ value: '2024-10-12', grain: 'day' }, ['Dussehra 2024', 'Vijayadashami 2024', 'Dasara 2024']),
    examples({ value: '2018-10-19', grain: 'day' }, ['Dussehra 2018']),
    examples({ value: '2024-01-15', grain: 'day' }, ['Pongal 2024', 'Thai Pongal 2024', 'Makar Sankranti 2024']),
    examples({ value: '2024-04-14', grain: 'day' }, ['Pohela Boishakh 2024', 'Bengali New Year 2024']),
    examples({ value: '2025-03-01/2025-03-29', grain: 'day', relative: true }, ['Ramadan', 'this Ramadan']),
    examples({ value: '2026-02-18/2026-03-19', grain: 'day', relative: true }, ['next Ramadan']),
    examples({ value: '2026-02-18/2026-03-19', grain: 'day', relative: true }, ['Ramadan'], { reading: 'next' }),
    examples({ value: '2024-04-05', grain: 'day' }, ["Jumu'atul-Wida 2024", 'Alvida Jumma 2024']),
    examples({ value: '2024-04-06', grain: 'day' }, ['Laylat al-Qadr 2024', 'Night of Power 2024']),
    examples({ value: '2024-02-08', grain: 'day' }, ["Isra and Mi'raj 2024"]),
    examples({ value: '2024-07-07', grain: 'day' }, ['Islamic New Year 2024', 'Hijri New Year 2024']),
    examples({ value: '2024-07-16', grain: 'day' }, ['Ashura 2024']),
    examples({ value: '2024-09-15', grain: 'day' }, ['Mawlid 2024', 'Mawlid al-Nabi 2024']),
    examples({ value: '2024-11-29', grain: 'day', relative: true }, [
      'Black Friday last year',
      'Black Friday 7 months ago',
      'black friday 1 year ago'
    ]),
    examples({ value: '2024-12-25', grain: 'day', relative: true }, ['Christmas 6 months ago']),
    examples({ value: '2026-03-20', grain: 'day', relative: true }, ['Eid al-Fitr 10 months from now']),
    examples({ value: '2024-04-03', grain: 'day' }, ['three days after Easter 2024', '3 days after Easter 2024']),
    examples({ value: '2024-12-28', grain: 'day', relative: true }, ['three days after Christmas']),
    examples({ value: '2020-04-21', grain: 'day' }, ['two weeks before May 5, 2020', 'a week before April 28, 2020']),
    examples({ value: '2024-12-25', grain: 'day' }, ['a year from Christmas 2023', 'one year after Christmas 2023']),
    examples({ value: '2024-02-29', grain: 'day' }, ['a month after January 31, 2024']),
    examples({ value: '2015-01-13', grain: 'day' }, ['the third Tuesday after Christmas 2014', 'third tuesday after christmas 2014']),
    examples({ value: '2013-11-25', grain: 'day' }, ['the first Monday before Black Friday 2013']),
    examples({ value: '2028', grain: 'year', relative: true }, ['3 years from now', 'three years hence']),
    examples({ value: '2028-06-01', grain: 'day', relative: true }, ['3 years from today']),
    examples({ value: '1066', grain: 'year' }, ['1066 AD', '1066 A.D.', 'AD 1066']),
    examples({ value: '2013-10-07', grain: 'day' }, ['the closest Monday to Oct 5th, 2013', 'the nearest Mon to October 5, 2013']),
    examples({ value: '2013-09-30', grain: 'day' }, ['the second closest Monday to October 5, 2013']),
    examples({ value: '2025-05-25', grain: 'day', relative: true }, ['a week ago']),
    examples({ value: '2025-05-18', grain: 'day', relative: true }, ['a fortnight ago', '14 days ago']),
    examples({ value: '2025-06-08', grain: 'day', relative: true }, ['a week from now', 'a week hence'])
  ],
  inContext: [
    // A fiscal year starts in the month of the country the text is about.
    { text: "India's exports rose 5% in FY22.", finds: [{ quote: 'FY22', value: { value: '2021-04/2022-03' } }] },
    {
      text: 'Indian trade during April-November in fiscal 2016-17 reached $6 billion.',
      finds: [{ quote: 'April-November in fiscal 2016-17', value: { value: '2016-04/2016-11' } }]
    },
    { text: "Pakistan's textile exports fell in Q2 FY24.", finds: [{ quote: 'Q2 FY24', value: { value: '2023-10/2023-12' } }] },
    { text: "Thailand's state revenue in FY2024 missed its target.", finds: [{ quote: 'FY2024', value: { value: '2023-10/2024-09' } }] },
    // "between ... and ..." is a range; days or months listed before one year each take it.
    {
      text: 'Cases recorded between 1 January and 17 August 2019 rose.',
      finds: [{ quote: '1 January and 17 August 2019', value: { value: '2019-01-01/2019-08-17' } }]
    },
    {
      text: 'The storms struck on 1 January and 17 August 2019.',
      finds: [
        { quote: '1 January', value: { value: '2019-01-01' } },
        { quote: '17 August 2019', value: { value: '2019-08-17' } }
      ]
    },
    {
      text: 'Arrivals in January, February and March 2023 beat forecasts.',
      finds: [
        { quote: 'January', value: { value: '2023-01' } },
        { quote: 'February', value: { value: '2023-02' } },
        { quote: 'March 2023', value: { value: '2023-03' } }
      ]
    },
    {
      text: 'The court sat on March 5 and April 7, 2024.',
      finds: [
        { quote: 'March 5', value: { value: '2024-03-05' } },
        { quote: 'April 7, 2024', value: { value: '2024-04-07' } }
      ]
    },
    {
      text: 'Harvests in 2018 and 2019 were poor.',
      finds: [
        { quote: '2018', value: { value: '2018' } },
        { quote: '2019', value: { value: '2019' } }
      ]
    },
    { text: 'Output between 2018 and 2019 fell.', finds: [{ quote: '2018 and 2019', value: { value: '2018/2019' } }] },
    {
      text: 'on third-quarter and nine-month growth data',
      finds: [{ quote: 'third-quarter' }, { quote: 'nine-month', value: { value: '2025-01/2025-09' } }]
    },
    {
      text: 'Net profit for the nine months rose',
      finds: [{ quote: 'the nine months', value: { value: '2025-01/2025-09', relative: true } }]
    },
    { text: 'Exports fell in March.', finds: [{ quote: 'March', value: { value: '2025-03', relative: true, yearImplied: true } }] },
    { text: 'Talks broke down in May; the following week he resigned.', finds: [{ quote: 'May', value: { value: '2025-05' } }] },
    { text: 'Two thousand people marched.', finds: [] },
    { text: 'Trade touched $850 million in 2024.', finds: [{ quote: '2024', value: { value: '2024' } }] },
    { text: 'from USD 331 million in 2013-2014 to USD 907 million in 2021-2022', finds: [{ quote: '2013-2014' }, { quote: '2021-2022' }] },
    { text: 'The embassy opened in March.', finds: [{ quote: 'March', value: { value: '2025-03', relative: true } }] },
    { text: 'They met on Tue. in Hanoi.', finds: [{ quote: 'Tue.', value: { value: '2025-06-03', relative: true } }] },
    { text: 'They met on Monday in Hanoi.', finds: [{ quote: 'Monday', value: { value: '2025-06-02', relative: true } }] },
    { text: 'Ms. Thu met them at 3pm.', finds: [{ quote: '3pm' }] },
    { text: 'Thu 45 said so.', finds: [] },
    {
      text: 'The vote is on the 15th, and the count on the 16th.',
      finds: [
        { quote: 'the 15th', value: { value: '2025-06-15' } },
        { quote: 'the 16th', value: { value: '2025-06-16' } }
      ]
    },
    { text: 'Talks resume on the first at 9am.', finds: [{ quote: 'the first', value: { value: '2025-06-01T09' } }] },
    { text: 'He led 20 of this month’s raids.', finds: [{ quote: 'this month', value: { value: '2025-06' } }] },
    { text: 'The vote is on 2/15 in Hanoi.', finds: [{ quote: '2/15', value: { value: '2025-02-15' } }] },
    { text: 'They agreed on 2/3 of the budget at 5pm.', finds: [{ quote: '5pm' }] },
    { text: 'Output rose from 8am to 6 percent.', finds: [{ quote: '8am' }] },
    { text: 'The curfew runs from 10pm for six hours.', finds: [{ quote: '10pm', value: { yearImplied: true } }] },
    { text: 'The 2014 ad campaign ran long.', finds: [{ quote: '2014' }] },
    { text: 'On Tuesday 19 people were hurt.', finds: [{ quote: 'Tuesday', value: { value: '2025-06-03' } }] },
    { text: 'During the past 50 years, ties grew.', finds: [{ quote: 'the past 50 years' }] },
    { text: 'Floods killed 12 people in the past 24 hours.', finds: [{ quote: 'the past 24 hours', value: { value: null } }] },
    { text: 'The truce ends 48 hours from now.', finds: [{ quote: '48 hours from now', value: { value: null } }] },
    // A count of months after a word of the period a figure covers is the months of the year of writing.
    { text: 'Exports rose 8% over nine months.', finds: [{ quote: 'nine months', value: { value: '2025-01/2025-09' } }] },
    // "so far" qualifies the year the phrase names, as "early" does: the date is the minimal expression.
    { text: 'Arrivals rose 18% so far this year.', finds: [{ quote: 'this year', value: { value: '2025' } }] },
    {
      text: 'Exports fell 4.1% from the previous month and rose 9% from the year-earlier period.',
      finds: [{ quote: 'the previous month' }, { quote: 'the year-earlier period' }]
    },
    {
      text: 'Spending over the past decade averaged RM60 billion; the deficit will narrow in the coming fiscal year.',
      finds: [{ quote: 'the past decade', value: { value: '2015/2024' } }, { quote: 'the coming fiscal year' }]
    },
    {
      text: 'In the coming time, relations will grow in the near future.',
      finds: [{ quote: 'the coming time' }, { quote: 'the near future' }]
    },
    { text: 'He was born in the 1960s and moved in 1999 and 2005.', finds: [{ quote: 'the 1960s' }, { quote: '1999' }, { quote: '2005' }] },
    { text: 'See heading h1 of the 2024 report.', finds: [{ quote: '2024' }] },
    { text: 'Between 2010 and 2020 trade doubled.', finds: [{ quote: '2010 and 2020', value: { value: '2010/2020' } }] },
    { text: 'It rose in 2010 and 2020.', finds: [{ quote: '2010' }, { quote: '2020' }] },
    {
      text: 'The bank lent 2018 firms money during Lent.',
      finds: [{ quote: '2018' }, { quote: 'Lent', value: { value: '2025-03-05/2025-04-19' } }]
    },
    {
      text: 'Talks resumed two days after Eid al-Fitr 2024.',
      finds: [{ quote: 'two days after Eid al-Fitr 2024', value: { value: '2024-04-12' } }]
    },
    // A record quotes the day, not the time or the part of the day put on it, as annotation does ("09:15 21/06/2022" gives "21/06/2022").
    {
      text: 'Shares fell on Wednesday evening, late yesterday afternoon and at 5pm today.',
      finds: [
        { quote: 'Wednesday', value: { grain: 'hour', relative: true } },
        { quote: 'yesterday', value: { value: '2025-05-31T16/2025-05-31T18' } },
        { quote: 'today', value: { value: '2025-06-01T17' } }
      ]
    },
    // Not a part of whichever day the text speaks of, nor a part said alone.
    {
      text: 'The storm hit at 3 in the morning and eased late tonight.',
      finds: [{ quote: 'at 3 in the morning', value: { value: '2025-06-01T03' } }, { quote: 'tonight' }]
    },
    // Nor the qualifier before a period ("2019" in "early 2019"), though the period's part stays in the value.
    {
      text: 'Prices rose in late 2019 and will ease early next year, by the end of the month.',
      finds: [
        { quote: '2019', value: { value: '2019', part: 'end' } },
        { quote: 'next year', value: { value: '2026', part: 'start' } },
        { quote: 'the end of the month', value: { part: 'end' } }
      ]
    },
    // A half of the year of writing where the sentence reports for it; a game's half is not one.
    {
      text: 'Net income for the first half rose 12%, and the second half of the match was goalless.',
      finds: [{ quote: 'the first half', value: { value: '2025-01/2025-06', relative: true } }]
    },
    // A quarter without its year where a report gives it: not "a Q3 meeting".
    {
      text: 'Profit rose in Q2, and Q2 revenue beat forecasts at a Q3 meeting.',
      finds: [
        { quote: 'Q2', value: { value: '2025-04/2025-06', relative: true } },
        { quote: 'Q2', value: { value: '2025-04/2025-06', relative: true } }
      ]
    },
    {
      text: 'First-half profit rose, but a second-half goal won the game.',
      finds: [{ quote: 'First-half', value: { value: '2025-01/2025-06' } }]
    },
    // A sports season and a market's previous session, told from the day of writing.
    {
      text: 'Last season they won at home, and the index rose 1.2% from the previous session.',
      finds: [
        { quote: 'Last season', value: { relative: true } },
        { quote: 'the previous session', value: { relative: true } }
      ]
    },
    // The weekend a report tells of: the last one, or this one when written on it.
    {
      text: 'Floods have killed 35 people over the weekend, and a weekend market closed.',
      finds: [{ quote: 'the weekend', value: { value: '2025-05-30T18/2025-06-01T23', relative: true } }]
    },
    {
      text: 'The talks began at 9am on Monday and ended by the end of the year.',
      finds: [
        { quote: 'Monday', value: { value: '2025-06-02T09' } },
        { quote: 'the end of the year', value: { part: 'end' } }
      ]
    }
  ],
  negative: [
    'the H1 heading',
    'a Q3 meeting',
    'the 1H team',
    'he may and should',
    'jailed for nine months',
    'three quarters of voters',
    'a nine-month sentence',
    'ARF 17',
    'ADB 44',
    '417',
    '30 research articles',
    '50 years',
    'USD 10.3 billion',
    '1 000',
    '20.5%',
    'now',
    'currently',
    'you may 5 times',
    'version 2.1.3',
    'call 0912 345 678',
    'it rose 2024.5 points',
    'We sat in the sun.',
    'We sat 15th in the table.',
    'said Thu',
    'Thu',
    'they wed',
    "c'mon",
    'on the 15th floor',
    'Vietnam led 1-0 in the first half and scored again in the second half.',
    'the weekend market',
    'a first-half goal',
    'deposits rose over the same period',
    'Q2 was a good quarter',
    'a season of floods',
    'this fall in prices',
    '2/15',
    '2/3 of the budget',
    'a 2-15 loss',
    'one of 3 in the PM’s office',
    'the morning',
    'a first week in office',
    'on the first day',
    'the 1st Battalion',
    'Mar the view',
    'five to ten times',
    'the late President',
    'an early warning',
    'at 7 percent',
    'Easter Island',
    'Ramadan Kadyrov',
    'ten days after the election',
    'he lent money',
    'three days after',
    'the boy said',
    'BOY SCOUTS RESCUED',
    'the BOM of the device',
    'eom',
    'the second attack in 24 hours',
    'in 1h',
    'in 7 days',
    'the 2h mark',
    'in a week',
    'a decade of reforms',
    'a fiscal deficit'
  ]
}
