/**
 * Every reason of `linkReasons` on a made-up sentence: the record the
 * quote names carries it for the linked field, so a heuristic that links
 * the field by another way fails its case.
 */
import { describe, expect, test } from 'vitest'
import { linkReasons, type LinkReason } from '../src/schema/vocabulary.js'
import type { Fact } from '../src/schema/fact.js'
import { records } from './helpers/records.js'

/** A reason, the field it is given for, the kind and quote of the record that carries it, and the text. */
type Case = readonly [reason: LinkReason, field: string, kind: Fact['kind'], quote: string, text: string]

const trade = 'Trade reached $850 million in 2024, and the share was 20.5%.'
const embassy = 'Indonesia lập sứ quán ở Lào năm 1985 và rút năm 1990.'
const occupancy =
  'Hotel occupancy during the festival week (3-9 March 2025) was lower than in the same period in 2024 (71%), while 12,400 rooms were booked from 1 January to 9 March 2025, 18% above the 2024 figure.'
const rice = 'Năm 2024, xuất khẩu gạo tăng 12,9% về lượng và 23% về giá trị.'
const services = 'Exports fell 3.5% year on year, while imports rose 2.1% and services were up 4 percent, a 6% increase.'
const target = 'They’ve thrown out a $5 billion trade target, which feels ambitious.'
const visits = 'Campuchia đã cử nhiều đoàn thăm Lào: Thủ tướng Hun Manet (3/2015); Bộ trưởng Ngoại giao Prak Sokhonn (6/2017).'
const storm = 'Hải Dương và Hà Nội mỗi nơi có 1 người chết vì bão.'
const names = 'Le Thi Thu Hang spoke. Ambassador Samina Mehtab agreed. Hang smiled.'
const monthly = 'Kim ngạch tháng 8/2025 đạt 3 tỷ USD (bình quân mỗi tháng trong 7 tháng là 2,8 tỷ USD).'
const firstMonths = 'Trong 2 tháng đầu năm 2025, xuất khẩu đạt 35 triệu USD, giảm 5,3% so với cùng kỳ năm 2024.'
const bilateralTarget = 'Hai nước có kế hoạch nâng kim ngạch song phương chạm mốc 20 tỷ USD trước năm 2030.'
const growth = 'Kể từ đó, kim ngạch hai bên bắt đầu tăng nhanh, từ dưới 10 triệu USD năm 1999 tăng lên 149 triệu USD năm 2008.'
const partnership = 'Ties became a Comprehensive Strategic Partnership in 2016, when Prime Minister Modi paid a visit to Vietnam.'
const session = 'Kỳ họp thứ ba diễn ra tại Viêng Chăn tháng 5/2016. Tại kỳ họp này, hai bên đã ký Biên bản ghi nhớ về hợp tác.'
const asean = 'The Association of Southeast Asian Nations (ASEAN) grew. Pakistan looks to ASEAN.'
const role = 'Le Thi Thu Hang, Assistant Minister, Ministry of Foreign Affairs, spoke. The Ministry of Foreign Affairs agreed.'

const cases: readonly Case[] = [
  ['date right after', 'date', 'figure', '$850 million', trade],
  ['bracketed after its date', 'date', 'figure', '71%', occupancy],
  ['period of its clause', 'date', 'figure', '3 tỷ USD', monthly],
  ['period opening a clause', 'date', 'figure', '12,9%', rice],
  ['period of the level it reaches', 'date', 'figure', '23%', 'Xuất khẩu sang Pakistan tăng 23% lên 187,6 triệu USD trong năm 2024.'],
  ['period of the figure before', 'date', 'figure', '20.5%', trade],
  ['period said before it', 'date', 'figure', '18%', occupancy],
  ['compared period after it', 'baseline', 'figure', '5%', 'Exports rose 5% over 2022 to reach $10 billion.'],
  ['same months of the compared year', 'baseline', 'figure', '5,3%', firstMonths],
  ['target word before', 'qualifier', 'figure', '20 tỷ USD', bilateralTarget],
  ['forecast word before', 'qualifier', 'figure', '1 tỷ USD', 'Năm 2025, xuất khẩu của Việt Nam dự kiến đạt 1 tỷ USD.'],
  ['target word after', 'qualifier', 'figure', '$5 billion', target],
  ['forecast word after', 'qualifier', 'figure', '$12 billion', 'Exports of $12 billion are expected next year.'],
  ['change word before', 'qualifier', 'figure', '3.5%', services],
  ['change word after', 'qualifier', 'figure', '6%', services],
  ['joined to a change', 'qualifier', 'figure', '23%', rice],
  ['no qualifier word', 'qualifier', 'figure', '$850 million', trade],
  ['rise or fall word before', 'direction', 'figure', '3.5%', services],
  ['rise or fall word after', 'direction', 'figure', '6%', services],
  ['joined to a change', 'direction', 'figure', '23%', rice],
  ['from one level to another', 'direction', 'figure', '$5 million', 'Debt went from $9 million to $5 million.'],
  ['phrase holding the figure', 'subject', 'figure', '$5 million', 'Vietnam exported $5 million to Pakistan.'],
  ['phrase before the figure', 'subject', 'figure', '$850 million', trade],
  ['phrase after the figure', 'subject', 'figure', '$5 billion', target],
  ['subject of the figure before', 'subject', 'figure', '20.5%', trade],
  ['read before a bare figure', 'subject', 'figure', '10 triệu USD', growth],
  ['after the trigger in its phrase', 'date', 'event', 'lập sứ quán', embassy],
  ['before the trigger in its phrase', 'date', 'event', 'signed', 'In March 2024 Vietnam and Laos signed an agreement on trade.'],
  ['phrase a when-clause hangs on', 'date', 'event', 'paid a visit', partnership],
  ['date-alone phrase before', 'date', 'event', 'lập Đại sứ quán', 'Năm 1995, Indonesia lập Đại sứ quán tại Hà Nội.'],
  [
    'occasion opening its sentence',
    'date',
    'event',
    'agreed on a goal',
    'At the meeting on March 12, 2025, the ministers agreed on a goal of $20 billion.'
  ],
  [
    'date closing the phrase before',
    'date',
    'event',
    'sentenced',
    "The Hanoi People's Court on Wednesday, January 17, 2025, sentenced the former director to eight years."
  ],
  [
    'happening before it in its sentence',
    'date',
    'event',
    'killing',
    'Typhoon Yagi hit northern Vietnam on September 7, 2024, killing four people.'
  ],
  ['rest of its clause', 'date', 'event', 'Cuộc gặp', 'Cuộc gặp giữa hai Thủ tướng tại Đại Liên (Trung Quốc), tháng 6/2024.'],
  ['date-alone phrase after', 'date', 'event', 'met', 'The two leaders met in Hanoi; in March 2024.'],
  ['sentence before it', 'date', 'event', 'đã ký', session],
  [
    'occasion it refers back to',
    'date',
    'event',
    'đã ký',
    'Sáng 3/4/2025, hai Bộ trưởng hội đàm tại Hà Nội. Hai bên hài lòng về hợp tác. Sau hội đàm, hai bên đã ký Bản ghi nhớ về du lịch.'
  ],
  [
    'sentence retelling it after',
    'date',
    'event',
    '2 người chết',
    'Xe tải lao xuống vực làm 2 người chết. Vụ tai nạn xảy ra lúc 5 giờ ngày 4/6/2025.'
  ],
  [
    'happening of the sentence before',
    'date',
    'event',
    '4 người thiệt mạng',
    'Ngày 7/9/2024, bão đổ bộ vào Quảng Ninh. Bão làm 4 người thiệt mạng.'
  ],
  ['its list item', 'date', 'event', 'đoàn thăm', visits],
  ['names of its phrase', 'participants', 'event', 'lập sứ quán', embassy],
  ['subject before an apposition', 'participants', 'event', 'visited', 'The deputy minister, Le Thi Thu Hang, visited Pakistan in 2024.'],
  ['names of its list item', 'participants', 'event', 'đoàn thăm', visits],
  ['one place of each', 'participants', 'event', '1 người chết', storm],
  [
    'one person met separately',
    'participants',
    'event',
    'tiếp',
    'Thủ tướng Phạm Minh Chính lần lượt tiếp Đại sứ Nhật Bản Yamada Takio và Đại sứ Hàn Quốc Choi Young-sam.'
  ],
  ['place cue after the trigger', 'place', 'event', 'lập sứ quán', embassy],
  ['place cue before the trigger', 'place', 'event', 'rút', embassy],
  ['target figure after the trigger', 'figure', 'event', 'thrown out a $5 billion trade target', target],
  ['nearest count in its phrase', 'count', 'event', '1 người chết', storm],
  ['acronym after its long form', 'refersTo', 'entity', 'ASEAN', asean],
  ['acronym defined before', 'refersTo', 'entity', 'SAARC', 'Former head of the South Asian Association (SAARC) Chamber spoke. SAARC met.'],
  ['full name met before', 'refersTo', 'entity', 'Hang', names],
  ['full name met before', 'canonical', 'entity', 'Hang', names],
  ['full name of a later short name', 'canonical', 'entity', 'Le Thi Thu Hang', names],
  ['organization named in the role', 'roleOf', 'entity', 'Le Thi Thu Hang', role]
]

describe('link reasons', () => {
  test('should have a case for every reason of the closed list', () => {
    expect(new Set(cases.map(([reason]) => reason))).toEqual(new Set(linkReasons))
  })

  for (const [reason, field, kind, quote, text] of cases) {
    test(`should give "${reason}" as the reason of ${field} on the ${kind} «${quote}»`, async () => {
      const found = (await records(text)).filter((record) => record.kind === kind && record.quote === quote)
      expect(found.map((record) => (record as { links?: Record<string, string> }).links?.[field])).toContain(reason)
    })
  }
})
