/**
 * Event dates from around the trigger's own phrase, end to end on made-up
 * sentences: the occasion that opens the sentence, the date closing the
 * phrase before, the happening a toll belongs to (in its sentence or the
 * sentence before), and an English sentence retelling a happening; each with
 * the cases where the date is another's and must not reach the event.
 */
import { describe, expect, test } from 'vitest'
import type { Fact } from '../src/schema/fact.js'
import { records } from './helpers/records.js'

/** `type date (reason)` of each event, in text order. */
async function dates(text: string): Promise<string[]> {
  return (await records(text))
    .filter((record): record is Extract<Fact, { kind: 'event' }> => record.kind === 'event')
    .map((record) => `${record.type} ${record.date?.value ?? 'null'}${record.links?.date ? ` (${record.links.date})` : ''}`)
}

describe('event dates: the occasion opening the sentence', () => {
  test('should date what was agreed at a dated meeting or conference by that occasion', async () => {
    expect(await dates('At the meeting on March 12, 2025, the ministers agreed on a goal of $20 billion in trade.')).toEqual([
      'meeting 2025-03-12 (after the trigger in its phrase)',
      'target_set 2025-03-12 (occasion opening its sentence)'
    ])
    expect(await dates('Tại hội nghị ngày 12/3/2025, hai bên đặt mục tiêu đưa kim ngạch thương mại lên 20 tỷ USD.')).toEqual([
      'target_set 2025-03-12 (occasion opening its sentence)'
    ])
  })

  test('should date what was done right after a dated occasion by its day, not after an undated one', async () => {
    expect(
      await dates('Ngay sau lễ khai mạc hội nghị sáng 5/6/2024, Bộ trưởng Ngoại giao Việt Nam đã hội đàm với Bộ trưởng Ngoại giao Lào.')
    ).toEqual(['conference 2024-06-05 (after the trigger in its phrase)', 'meeting 2024-06-05 (occasion opening its sentence)'])
    expect(await dates('Sau lễ khai mạc hội nghị, Bộ trưởng Ngoại giao Việt Nam đã hội đàm với Bộ trưởng Ngoại giao Lào.')).toEqual([
      'conference null',
      'meeting null'
    ])
  })

  test('should read the occasion in a paragraph, past a dateline and among other sentences', async () => {
    expect(
      await dates(
        'HÀ NỘI - Hai nước đã ký 5 văn kiện hợp tác. Tại cuộc gặp với doanh nghiệp ngày 8/3/2025, hai Thủ tướng đặt mục tiêu tăng gấp đôi đầu tư.'
      )
    ).toEqual([
      'agreement_signed null',
      'meeting 2025-03-08 (after the trigger in its phrase)',
      'target_set 2025-03-08 (occasion opening its sentence)'
    ])
  })

  test('should not date by an occasion the day of writing places, nor by an opening that is no occasion', async () => {
    expect(await dates("September 14, 2023\nAt today's meeting, the board decided to hold the key rate at 6.5 percent.")).toContain(
      'policy_adopted null'
    )
    expect(
      await dates("KARACHI, September 14, 2023 (APP) - At today's meeting, the board decided to hold the key rate at 6.5 percent.")
    ).toEqual(['meeting null', 'policy_adopted null'])
    expect(await dates('At least 20 people were killed on May 2, 2025, when the quake struck.')).toEqual([
      'death 2025-05-02 (after the trigger in its phrase)',
      'disaster 2025-05-02 (phrase a when-clause hangs on)'
    ])
  })
})

describe('event dates: the date closing the phrase before', () => {
  test('should date a predicate that goes on past a comma after the date', async () => {
    expect(await dates("The Hanoi People's Court on Wednesday, January 17, 2025, sentenced the former director to eight years.")).toEqual([
      'ruling 2025-01-17 (date closing the phrase before)'
    ])
    expect(await dates('Thủ tướng đến Canberra chiều 6/3/2025, bắt đầu chuyến thăm chính thức Australia.')).toEqual([
      'visit 2025-03-06 (date closing the phrase before)'
    ])
  })

  test('should read the first phrase past a dateline whose day has no year', async () => {
    expect(
      await dates(
        "HANOI, Jan 18 (VNS) - The Hanoi People's Court on Wednesday, January 17, 2024, sentenced the former director to eight years."
      )
    ).toEqual(['ruling 2024-01-17 (date closing the phrase before)'])
  })

  test('should leave to a founding, a plan or a later apposition its own date', async () => {
    expect(await dates('Công ty thành lập năm 1996, đã đầu tư 5 tỷ USD vào Việt Nam.')).toEqual(['investment null'])
    expect(await dates('Ông Nguyễn Văn A, Bộ trưởng từ năm 2021, đã ký bản ghi nhớ với Lào.')).toEqual(['agreement_signed null'])
    expect(await dates('Exports rose 10 percent in the first half of 2024, the ministry said in a statement.')).toEqual(['statement null'])
  })
})

describe('event dates: the happening a toll belongs to', () => {
  test('should date a toll by the happening told before it in its sentence', async () => {
    expect(await dates('Typhoon Yagi hit northern Vietnam on September 7, 2024, killing four people.')).toEqual([
      'disaster 2024-09-07 (after the trigger in its phrase)',
      'death 2024-09-07 (happening before it in its sentence)'
    ])
    expect(await dates('Bão số 3 đổ bộ vào Quảng Ninh ngày 7/9/2024, khiến 4 người chết.')).toEqual([
      'disaster 2024-09-07 (after the trigger in its phrase)',
      'death 2024-09-07 (happening before it in its sentence)'
    ])
  })

  test('should date the toll of the sentence after a dated happening, in the same paragraph', async () => {
    expect(await dates('The landslide struck the village on February 6, 2025. It killed 14 people.')).toEqual([
      'disaster 2025-02-06 (after the trigger in its phrase)',
      'death 2025-02-06 (happening of the sentence before)'
    ])
    expect(await dates('Rạng sáng 12/8/2025, lũ quét tràn qua bản Mường Lát. Trận lũ khiến 6 người chết và 2 người mất tích.')).toEqual([
      'disaster 2025-08-12 (date-alone phrase before)',
      'death 2025-08-12 (happening of the sentence before)'
    ])
  })

  test('should not date a toll of another time, place in the text or happening', async () => {
    // A plan, a running total, another happening, another paragraph, a day the text does not write.
    expect(await dates('Bão số 3 đổ bộ ngày 7/9/2024, dự kiến khiến nhiều người chết.')).toEqual([
      'disaster 2024-09-07 (after the trigger in its phrase)'
    ])
    expect(await dates('Typhoon Yagi hit northern Vietnam on September 7, 2024. So far, 200 people have died.')).toEqual([
      'disaster 2024-09-07 (after the trigger in its phrase)',
      'death null'
    ])
    expect(await dates('Ngày 7/9/2024, bão số 3 đổ bộ vào Quảng Ninh. Một vụ sạt lở đất khác khiến 3 người chết.')).toEqual([
      'disaster 2024-09-07 (date-alone phrase before)',
      'disaster null',
      'death null'
    ])
    expect(await dates('The landslide struck the village on February 6, 2025.\nIt killed 14 people.')).toEqual([
      'disaster 2025-02-06 (after the trigger in its phrase)',
      'death null'
    ])
    expect(await dates('The storm hit today. It killed 4 people.')).toEqual(['disaster null', 'death null'])
    expect(await dates('The Prime Minister met his Lao counterpart on March 5, 2025. Three people died in a crash.')).toEqual([
      'meeting 2025-03-05 (after the trigger in its phrase)',
      'death null'
    ])
  })
})

describe('event dates: the happening a consequence follows', () => {
  test('should date what a phrase opened as a consequence tells by the happening before it', async () => {
    expect(await dates('Vietnam beat Thailand 1-0 in the final on May 22, 2022, winning the gold medal.')).toEqual([
      'match 2022-05-22 (after the trigger in its phrase)',
      'award 2022-05-22 (happening before it in its sentence)'
    ])
    expect(await dates('U23 Việt Nam đánh bại U23 Thái Lan 1-0 tối 22/5/2022 trên sân Mỹ Đình, qua đó giành huy chương vàng.')).toEqual([
      'match 2022-05-22 (after the trigger in its phrase)',
      'award 2022-05-22 (happening before it in its sentence)'
    ])
  })

  test('should not date a consequence past a plan or by a happening of another date', async () => {
    expect(await dates('Vietnam beat Thailand 1-0 on May 22, 2022 and will play again next year, winning the gold medal.')).toEqual([
      'match 2022-05-22 (after the trigger in its phrase)',
      'award null'
    ])
  })
})

describe('event dates: a phrase of a date with places and asides', () => {
  test('should read a date with a place or a bracketed aside as a phrase of its date alone', async () => {
    expect(await dates('Sáng 5/9/2025 tại Hà Nội, Bộ trưởng Bộ Công Thương đã tiếp Đại sứ Ấn Độ.')).toEqual([
      'meeting 2025-09-05 (date-alone phrase before)'
    ])
    expect(await dates('Chiều 26/5/2025 (giờ địa phương), Thủ tướng đã hội đàm với Thủ tướng Malaysia.')).toEqual([
      'meeting 2025-05-26 (date-alone phrase before)'
    ])
    expect(await dates('Sáng nay (27/4/2024), Bộ Giao thông vận tải tổ chức lễ thông xe cao tốc Diễn Châu - Bãi Vọt.')).toEqual([
      'launch 2024-04-27 (date-alone phrase before)'
    ])
  })

  test('should not read a phrase that says more than its date and places as a date alone', async () => {
    expect(await dates('Trong báo cáo công bố tại Hà Nội năm 2024 về thương mại, Bộ trưởng đã tiếp Đại sứ Ấn Độ.')).toEqual([
      'meeting null'
    ])
  })
})

describe('event dates: an English sentence retelling a happening', () => {
  test('should date the casualties before it and drop its retelling noun', async () => {
    expect(
      await dates('A bus plunged into a ravine, killing nine passengers. The accident happened at about 5 am on April 3, 2025.')
    ).toEqual(['disaster 2025-04-03T05 (sentence retelling it after)', 'death 2025-04-03T05 (sentence retelling it after)'])
    // A happening of another kind is told, not retold.
    expect(await dates('The two ministers held talks in Hanoi. The incident happened on April 3, 2025.')).toEqual(['meeting null'])
  })
})

describe('event dates: the occasion a sentence names again', () => {
  test('should date what was done after the talks or at the reception by the day they were told', async () => {
    expect(
      await dates(
        'Sáng 4/6/2025, Bộ trưởng Công Thương hội đàm với Bộ trưởng Thương mại Chile tại Hà Nội. Hai bên đánh giá cao đà tăng của thương mại song phương. Sau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác khoáng sản.'
      )
    ).toEqual(['meeting 2025-06-04 (date-alone phrase before)', 'agreement_signed 2025-06-04 (occasion it refers back to)'])
    expect(
      await dates(
        'Chiều 9/10/2025, nhà máy thép tổ chức lễ khánh thành lò cao số 2. Ông Lâm phát biểu chúc mừng. Cũng tại buổi lễ, tập đoàn trao tặng 3 tỷ đồng cho quỹ khuyến học của tỉnh.'
      )
    ).toEqual(['launch 2025-10-09 (date-alone phrase before)', 'support_pledged 2025-10-09 (occasion it refers back to)'])
  })

  test('should leave undated what the occasion names no dated happening for, and a toll the meeting only speaks of', async () => {
    // The latest talks told were not dated: the earlier ones do not date these.
    expect(
      await dates(
        'Ngày 2/3/2025, hai Ngoại trưởng điện đàm. Tháng sau, hai Thủ tướng hội đàm tại Jakarta. Sau hội đàm, hai bên đã ký Bản ghi nhớ về nghề cá.'
      )
    ).toEqual(['meeting 2025-03-02 (date-alone phrase before)', 'meeting null', 'agreement_signed null'])
    expect(
      await dates('Sáng 8/9/2025, Chủ tịch nước đã tiếp Đại sứ Ấn Độ. Trong cuộc gặp, Đại sứ chia buồn trước việc cố Tổng Bí thư qua đời.')
    ).toEqual(['meeting 2025-09-08 (date-alone phrase before)', 'death null'])
  })
})

describe('event dates: a date that names the object', () => {
  test('should leave to the day told the month or holiday a wage, a bonus or a gift is for', async () => {
    expect(await dates('Chiều 4/2/2025, hàng trăm công nhân đã ngừng việc để đòi trả lương tháng 1 và thưởng Tết.')).toEqual([
      'protest 2025-02-04 (date-alone phrase before)'
    ])
    expect(await dates('Ngày 20/1/2025, Công đoàn tỉnh đã trao tặng 300 suất quà Tết cho người lao động.')).toEqual([
      'support_pledged 2025-01-20 (date-alone phrase before)'
    ])
  })

  test('should date by the day pointed back to, not by the period of a thing listed after the trigger', async () => {
    expect(
      await dates(
        'Thủ tướng hội đàm với Thủ tướng Lào ngày 8/1/2025. Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết 4 văn kiện, trong đó có kế hoạch hợp tác giai đoạn 2026-2030.'
      )
    ).toEqual(['meeting 2025-01-08 (after the trigger in its phrase)', 'agreement_signed 2025-01-08 (occasion it refers back to)'])
    expect(
      await dates('Thủ tướng hội đàm với Thủ tướng Lào ngày 8/1/2025. Cùng ngày, Quốc hội Lào thông qua dự toán ngân sách năm 2026.')
    ).toEqual(['meeting 2025-01-08 (after the trigger in its phrase)', 'policy_adopted 2025-01-08 (sentence before it)'])
    expect(await dates('Câu lạc bộ Hải Phòng đánh bại Nam Định 2-0 ở chung kết giải Vô địch Quốc gia 2023 chiều 2/7/2023.')).toEqual([
      'match 2023-07-02 (after the trigger in its phrase)'
    ])
    // Nothing else tells its time: the year of the budget does.
    expect(await dates('Quốc hội thông qua dự toán ngân sách năm 2026.')).toEqual(['policy_adopted 2026 (after the trigger in its phrase)'])
  })
})

describe('event dates: a relative clause before the trigger', () => {
  test('should keep the date of a passive relative clause to its own happening', async () => {
    expect(await dates('Cây cầu được khởi công tháng 4/2022 đã chính thức thông xe.')).toEqual([
      'launch 2022-04 (after the trigger in its phrase)',
      'launch null'
    ])
    expect(await dates('Tháng 4/2022, cây cầu đã chính thức thông xe.')).toEqual(['launch 2022-04 (date-alone phrase before)'])
  })
})
