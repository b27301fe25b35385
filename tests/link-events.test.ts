/**
 * Events with their arguments, end to end on made-up sentences: the date of
 * the trigger's phrase or of the sentence's opening, lists of items with
 * their own dates, places and participants that are entity records of the
 * same text.
 */
import { describe, expect, test } from 'vitest'
import type { Fact } from '../src/schema/fact.js'
import { records } from './helpers/records.js'

/** `type date` of each event, in text order. */
async function events(text: string): Promise<string[]> {
  return (await records(text))
    .filter((record): record is Extract<Fact, { kind: 'event' }> => record.kind === 'event')
    .map((record) => `${record.type} ${record.date?.value ?? 'null'}`)
}

describe('linkEvents', () => {
  test('should date an event by its phrase, else by the date opening the sentence', async () => {
    expect(await events('Năm 1995, Indonesia lập Đại sứ quán tại Hà Nội, sau đó phải rút năm 1999 vì khó khăn.')).toEqual([
      'embassy_opened 1995',
      'embassy_closed 1999'
    ])
    expect(await events('Indonesia lập sứ quán ở Lào năm 1985 và rút năm 1990.')).toEqual(['embassy_opened 1985', 'embassy_closed 1990'])
    expect(
      await events('On 3 March 2019, in Jakarta, the ministers of Chile and Peru officially launched negotiations on a trade deal.')
    ).toEqual(['negotiations_launched 2019-03-03'])
  })

  test('should date an event by a date measuring its figure when no other date after the trigger tells when, a target excepted', async () => {
    expect(await events('Pakistan set up a special security division of 15,000 troops in 2016 to protect the projects.')).toEqual([
      'launch 2016'
    ])
    expect(await events('The central bank cut its key policy rate by 100 basis points to 11 per cent on May 5, 2025.')).toEqual([
      'policy_adopted 2025-05-05'
    ])
    expect(await events('The two countries set a target of US$15 billion in 2028.')).toEqual(['target_set null'])
  })

  test('should read the opening date after a dateline', async () => {
    expect(
      await events('VIÊNG CHĂN, ngày 5/6/2024 - Chiều 4/6, tại Viêng Chăn, Thủ tướng Lào đã hội kiến Bộ trưởng Ngoại giao Campuchia.')
    ).toEqual(['meeting 2024-06-04'])
  })

  test('should read the opening date after a dateline that names only a place', async () => {
    expect(await events('ĐÀ NẴNG - Rạng sáng 7/11/2025, bão số 13 đổ bộ vào Quảng Ngãi.')).toEqual(['disaster 2025-11-07'])
  })

  test("should date an event by its sentence's opening rather than by the year of its object", async () => {
    expect(await events('Chiều 13/11/2025, Quốc hội đã thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2026.')).toEqual([
      'policy_adopted 2025-11-13'
    ])
    expect(await events('Ngày 22/10/2025, hai bộ đã khởi động đàm phán về bản ghi nhớ thương mại gạo giai đoạn 2026-2030.')).toEqual([
      'negotiations_launched 2025-10-22'
    ])
    // With no other date, the object's year still dates it, as before.
    expect(await events('Quốc hội đã thông qua dự toán ngân sách năm 2026.')).toEqual(['policy_adopted 2026'])
  })

  test('should not take a term of office or a bound for the date of an event', async () => {
    expect(await events('Lào đã ủng hộ Campuchia là thành viên Hội đồng Nhân quyền nhiệm kỳ 2016-2018.')).toEqual(['support_pledged null'])
    expect(await events('Trước những năm 80, hai nước chỉ có một vài cuộc tiếp xúc.')).toEqual(['meeting null'])
  })

  test('should make one event per item of a list, each with its own date and people', async () => {
    const text = 'Campuchia đã cử nhiều đoàn thăm Lào: Thủ tướng Hun Manet (3/2015); Bộ trưởng Ngoại giao Prak Sokhonn (6/2017).'
    const all = await records(text)
    // One trigger, so the records share a span: order them by date.
    const visits = all.filter((record) => record.kind === 'event').sort((a, b) => (a.date!.value < b.date!.value ? -1 : 1))
    expect(visits.map((record) => `${record.type} ${record.date?.value}`)).toEqual(['visit 2015-03', 'visit 2017-06'])
    const names = new Map(all.filter((record) => record.kind === 'entity').map((record) => [record.id, record.quote]))
    const [first, second] = visits
    expect(first!.participants.map((id) => names.get(id))).toContain('Hun Manet')
    expect(second!.participants.map((id) => names.get(id))).toContain('Prak Sokhonn')
    expect(first!.participants.map((id) => names.get(id))).not.toContain('Prak Sokhonn')
  })

  test('should make one event per coordinated date, and share dates with the trigger that follows', async () => {
    expect(await events('Có các chuyến thăm Lào của đoàn Bộ Quốc phòng Campuchia vào tháng 4/2006 và tháng 9/2008.')).toEqual([
      'visit 2006-04',
      'visit 2008-09'
    ])
    expect(await events('Hai thủ tướng tiếp xúc bên lề Hội nghị thượng đỉnh G20 tại Nhật Bản (6/2019) và tại Ý (10/2021).')).toEqual([
      'meeting 2019-06',
      'meeting 2021-10',
      'conference 2019-06',
      'conference 2021-10'
    ])
  })

  test('should date "at this session" by the session of the sentence before', async () => {
    expect(
      await events('Kỳ họp thứ ba diễn ra tại Viêng Chăn tháng 5/2016. Tại kỳ họp này, hai bên đã ký Biên bản ghi nhớ về hợp tác.')
    ).toEqual(['meeting 2016-05', 'agreement_signed 2016-05'])
  })

  test('should point place, participants and figure at records of the same text', async () => {
    const all = await records('In 2010, Chile and Peru set a $2 billion trade target. The president of Chile visited Peru in 2012.')
    const ids = new Map(all.map((record) => [record.id, record]))
    const [target, visit] = all.filter((record): record is Extract<Fact, { kind: 'event' }> => record.kind === 'event')
    expect(target).toMatchObject({ type: 'target_set', date: { value: '2010' } })
    expect(ids.get(target!.figure!)).toMatchObject({ kind: 'figure', value: 2e9 })
    expect(target!.participants.map((id) => ids.get(id)?.quote).sort()).toEqual(['Chile', 'Peru'])
    expect(visit).toMatchObject({ type: 'visit', date: { value: '2012' } })
    for (const id of [...visit!.participants, ...target!.participants]) expect(ids.get(id)?.kind).toBe('entity')
  })

  test('should take the actors of the trigger as participants, not who reports it', async () => {
    const all = await records('Minister Le Van An said Chile and Peru established diplomatic relations on December 30, 1955.')
    const names = new Map(all.filter((record) => record.kind === 'entity').map((record) => [record.id, record.quote]))
    const [relations] = all.filter((record): record is Extract<Fact, { kind: 'event' }> => record.kind === 'event')
    expect(relations).toMatchObject({ type: 'relations_established', cameo: '054', date: { value: '1955-12-30' } })
    expect(relations!.participants.map((id) => names.get(id)).sort()).toEqual(['Chile', 'Peru'])
  })

  test('should not date an event by a plan told after it, and date a "when" or "during" phrase by the date before it', async () => {
    expect(await events('The ministers signed an agreement and agreed to open a consulate in 2026.')).toEqual(['agreement_signed null'])
    expect(
      await events('Ties became a Comprehensive Strategic Partnership in 2016, when Prime Minister Modi paid a visit to Vietnam.')
    ).toEqual(['relations_upgraded 2016', 'visit 2016'])
    expect(
      await events('The two countries upgraded their ties to a Strategic Partnership in 2024, during a visit to Hanoi by Anwar.')
    ).toEqual(['relations_upgraded 2024', 'visit 2024'])
    expect(await events('Cuộc gặp giữa hai Thủ tướng tại Đại Liên (Trung Quốc), tháng 6/2024.')).toEqual(['meeting 2024-06'])
  })

  test('should date an event by a when-clause that opens its sentence, and not by a date an earlier trigger of its phrase tells', async () => {
    expect(
      await events('When Biden visited Hanoi in September 2023, the two countries upgraded ties to a comprehensive strategic partnership.')
    ).toEqual(['visit 2023-09', 'relations_upgraded 2023-09'])
    expect(await events('Because exports rose in 2023, the two countries upgraded ties to a strategic partnership.')).toEqual([
      'relations_upgraded null'
    ])
    expect(
      await events(
        'Oli first became prime minister in October 2015 and was re-elected to parliament in the November 2022 general election.'
      )
    ).toEqual(['appointment 2015-10', 'election_result 2022-11', 'election 2022-11'])
  })

  test('should read a visit in "a three-day state visit", and no plan in "sẽ" over the clauses it reaches', async () => {
    expect(await events('President Widodo began a three-day state visit to Vietnam.')).toEqual(['visit null'])
    expect(await events('The two countries are expected to sign a trade deal.')).toEqual([])
    expect(await events('Tổng Bí thư sẽ chủ trì buổi gặp cấp cao, đồng thời cùng chủ trì cuộc gặp giữa ba Đảng.')).toEqual([])
  })

  test('should give each event the CAMEO code its trigger tells', async () => {
    const all = (await records('Thailand hosted President Widodo. The ministers held bilateral talks in Bangkok.')).filter(
      (record) => record.kind === 'event'
    )
    expect(all.map((record) => `${record.type} ${record.kind === 'event' ? record.cameo : ''}`)).toEqual(['visit 043', 'meeting 046'])
  })

  test('should link a casualty to its count and tell a toll told again in parts once', async () => {
    const all = await records(
      'Sạt lở đất tại Yên Bái làm 40 người chết. Lào Cai có 66 người chết, mất tích (45 người tử vong, 21 người mất tích).'
    )
    const ids = new Map(all.map((record) => [record.id, record]))
    const deaths = all.filter((record): record is Extract<Fact, { kind: 'event' }> => record.kind === 'event' && record.type === 'death')
    expect(deaths.map((death) => ids.get(death.count!)?.quote)).toEqual(['40 người', '66 người'])
    expect(all.filter((record) => record.kind === 'event').map((record) => record.type)).toEqual(['disaster', 'death', 'death'])
  })

  test('should tell a toll of a phrase of its own in the same sentence as its own, and not a part of the first', async () => {
    expect(await events('Quảng Nam có 4 người chết, Quảng Ngãi có 2 người tử vong.')).toEqual(['death null', 'death null'])
    expect(await events('Vụ tai nạn làm 3 người chết tại chỗ, 1 người tử vong trên đường đi cấp cứu.')).toEqual([
      'disaster null',
      'death null',
      'death null'
    ])
    expect(await events('Lũ quét làm 17 người thiệt mạng và mất tích, cụ thể là 11 người chết và 6 người mất tích.')).toEqual([
      'disaster null',
      'death null'
    ])
    expect(await events('Lào Cai có 66 người chết (ở Sa Pa 45 người tử vong).')).toEqual(['death null'])
    expect(await events('Tại Quảng Nam, 4 người chết, trong đó ở Hội An 2 người tử vong.')).toEqual(['death null'])
  })

  test('should tell one event per place of "A and B each", per contest of a prize and per numbered object', async () => {
    const all = await records('Hải Dương và Hà Nội mỗi nơi có 1 người chết vì bão.')
    const names = new Map(all.filter((record) => record.kind === 'entity').map((record) => [record.id, record.quote]))
    const deaths = all.filter((record): record is Extract<Fact, { kind: 'event' }> => record.kind === 'event')
    // One trigger, so the records share a span: order them by their place.
    expect(deaths.map((death) => death.participants.map((id) => names.get(id)).join()).sort()).toEqual(['Hà Nội', 'Hải Dương'])
    expect(
      await events('She collected three golds that day, in the javelin throw, the 10,000m and the 4x400m, all women’s events.')
    ).toEqual(['award null', 'award null', 'award null'])
    expect(await events('The assembly had adopted 18 laws and 21 resolutions over the session.')).toEqual([
      'policy_adopted null',
      'policy_adopted null'
    ])
  })

  test('should tell one policy adopted per named document of a list and one for a name that holds a joiner', async () => {
    expect(await events('Chiều 15/6, Quốc hội biểu quyết thông qua Luật Đất đai và Luật Nhà ở với đa số đại biểu tán thành.')).toEqual([
      'policy_adopted null',
      'policy_adopted null'
    ])
    expect(await events('Parliament passed the Land Law and the Housing Law, the speaker said.')).toEqual([
      'policy_adopted null',
      'policy_adopted null'
    ])
    expect(await events('Quốc hội thông qua Luật Bảo vệ và Phát triển rừng.')).toEqual(['policy_adopted null'])
    expect(await events('Parliament passed the Law on Forest Protection and Development on Friday.')).toEqual(['policy_adopted null'])
  })

  test('should tell one agreement per agreement of a list, one mission per place closed, one promise per donor listed', async () => {
    expect(
      await events(
        'The two leaders witnessed the signing of a memorandum of understanding on rice trade and an agreement on visa exemption.'
      )
    ).toEqual(['agreement_signed null', 'agreement_signed null'])
    expect(await events('The two sides signed an agreement on trade and investment.')).toEqual(['agreement_signed null'])
    expect(
      await events('Earlier, the government closed its embassies in Argentina and Greece and a consulate in Milan, citing costs.')
    ).toEqual(['embassy_closed null', 'embassy_closed null', 'embassy_closed null'])
    // "Kyiv, Ukraine" is one place told twice: a list ends on a joining word.
    expect(await events('Australia closed its embassy in Kyiv, Ukraine, on Friday.')).toEqual(['embassy_closed null'])
    const all = await records('India, China and Japan have offered assistance to Nepal.')
    const names = new Map(all.filter((record) => record.kind === 'entity').map((record) => [record.id, record.quote]))
    const pledges = all.filter((record): record is Extract<Fact, { kind: 'event' }> => record.kind === 'event')
    // One trigger, so the records share a span: order them by their donor.
    expect(pledges.map((pledge) => pledge.participants.map((id) => names.get(id)).join()).sort()).toEqual(['China', 'India', 'Japan'])
    expect(await events('Vietnam and Japan signed a memorandum on energy.')).toEqual(['agreement_signed null'])
  })

  test('should tell one ruling per sentence handed and one for a sentence with its further penalties', async () => {
    expect(await events('Hai bị cáo nhận mức án 5 năm và 3 năm tù.')).toEqual(['ruling null', 'ruling null'])
    expect(
      await events('Sau ba ngày xét xử, tòa tuyên phạt bị cáo Nguyễn Văn An 12 năm tù, bị cáo Trần Văn Bình 3 năm tù về tội lừa đảo.')
    ).toEqual(['ruling null', 'ruling null'])
    expect(await events('The court sentenced Nguyen Van An to five years and Tran Van Binh to three.')).toEqual([
      'ruling null',
      'ruling null'
    ])
    expect(await events('The court sentenced him to five years in prison and fined him $5,000.')).toEqual(['ruling null'])
    expect(await events('Tòa tuyên phạt bị cáo 5 năm tù và 2 năm quản chế.')).toEqual(['ruling null'])
    expect(
      await events('Tòa tuyên phạt bị cáo 3 năm tù vì tội nhận hối lộ, cộng thêm 5 năm tù vì tội môi giới hối lộ, tổng hợp là 8 năm.')
    ).toEqual(['ruling null'])
    expect(await events('Tòa tuyên phạt bị cáo 3 năm tù vì tội nhận hối lộ và 5 năm tù vì tội môi giới hối lộ.')).toEqual(['ruling null'])
  })

  test('should tell one meeting per person met separately, each with the host, and one for a joint meeting', async () => {
    const all = await records(
      'Chiều 5/3, Thủ tướng Phạm Minh Chính lần lượt tiếp Đại sứ Nhật Bản Yamada Takio và Đại sứ Hàn Quốc Choi Young-sam.'
    )
    const names = new Map(all.filter((record) => record.kind === 'entity').map((record) => [record.id, record.quote]))
    const persons = new Set(all.filter((record) => record.kind === 'entity' && record.type === 'person').map((record) => record.id))
    const meetings = all.filter((record): record is Extract<Fact, { kind: 'event' }> => record.kind === 'event')
    // One trigger, so the records share a span: order them by their guest.
    expect(
      meetings
        .map((meeting) =>
          meeting.participants
            .filter((id) => persons.has(id))
            .map((id) => names.get(id))
            .join()
        )
        .sort()
    ).toEqual(['Phạm Minh Chính,Choi Young-sam', 'Phạm Minh Chính,Yamada Takio'])
    expect(
      await events(
        'Prime Minister Anwar Ibrahim received Japanese Ambassador Takio Yamada and Korean Ambassador Choi Young-sam separately.'
      )
    ).toEqual(['meeting null', 'meeting null'])
    expect(
      await events(
        'Prime Minister Anwar Ibrahim received Japanese Ambassador Takio Yamada, Korean Ambassador Choi Young-sam and Indian Ambassador Ravi Kumar separately.'
      )
    ).toEqual(['meeting null', 'meeting null', 'meeting null'])
    expect(
      await events('Prime Minister Anwar Ibrahim received Japanese Ambassador Takio Yamada and Korean Ambassador Choi Young-sam.')
    ).toEqual(['meeting null'])
    expect(await events('Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Yamada Takio và Đại sứ Hàn Quốc Choi Young-sam.')).toEqual([
      'meeting null'
    ])
  })

  test('should read a colon whose items are clauses with triggers of their own as no list', async () => {
    expect(await events('Động đất mạnh tại Philippines: hơn 100 người thiệt mạng, Việt Nam hỗ trợ 300.000 USD')).toEqual([
      'disaster null',
      'death null',
      'support_pledged null'
    ])
  })

  test('should date a happening told in a phrase that hangs on the date before it ("..., trong chuyến thăm của ...")', async () => {
    expect(
      await events('Hai nước thiết lập quan hệ Đối tác toàn diện vào tháng 7/2013, trong chuyến thăm của Chủ tịch nước Trương Tấn Sang.')
    ).toEqual(['relations_upgraded 2013-07', 'visit 2013-07'])
  })

  test('should date a when-phrase by the bound that ends the phrase before it, and a "where" phrase by the date before it', async () => {
    expect(await events('The fighting was the worst since 2011, when clashes near the temple killed about 20 people.')).toEqual([
      'death 2011'
    ])
    // The bound tells no time of the clause it bounds.
    expect(await events('Clashes near the temple have killed 20 people since 2011.')).toEqual(['death null'])
    expect(
      await events(
        'Yunus addressed the BIMSTEC summit in Bangkok on December 4, 2024, where leaders of the member states adopted a charter.'
      )
    ).toEqual(['conference 2024-12-04', 'policy_adopted 2024-12-04'])
    // A plan told in the phrase is still no event, whatever date it hangs on.
    expect(await events('The ministers met in Hanoi on May 5, 2024, where they agreed to sign a trade deal next year.')).toEqual([
      'meeting 2024-05-05'
    ])
  })

  test('should leave a date past the next trigger to it when a date before the trigger tells its time', async () => {
    expect(
      await events('Ủy ban Bầu cử Sri Lanka ngày 15/11/2024 công bố kết quả chính thức cuộc bầu cử Quốc hội diễn ra ngày 14/11/2024.')
    ).toEqual(['election_result 2024-11-15', 'election 2024-11-14'])
    expect(await events('Ủy ban Bầu cử công bố kết quả chính thức cuộc bầu cử Quốc hội diễn ra ngày 14/11/2024.')).toEqual([
      'election_result 2024-11-14',
      'election 2024-11-14'
    ])
  })

  test('should reach the date before an apposition to the name that is the subject of the trigger, for its first trigger only', async () => {
    expect(
      await events(
        'Ủy ban Bầu cử Sri Lanka ngày 22/9/2024 tuyên bố ông Anura Kumara Dissanayake, lãnh đạo liên minh NPP, giành chiến thắng trong cuộc bầu cử tổng thống.'
      )
    ).toEqual(['election_result 2024-09-22', 'election null'])
    expect(
      await events(
        'The commission on September 22, 2024 declared Anura Kumara Dissanayake, the leader of the NPP, won the presidential election.'
      )
    ).toEqual(['election_result 2024-09-22', 'election null'])
  })

  test('should date a measure by the day its span starts, and not by a bound', async () => {
    expect(await events('Philippines đã tạm ngừng nhập khẩu gạo trong 60 ngày kể từ ngày 1/9/2025.')).toEqual(['trade_measure 2025-09-01'])
    expect(await events('Philippines đã tạm ngừng nhập khẩu gạo lần đầu tiên kể từ năm 2019.')).toEqual(['trade_measure null'])
  })

  test('should not date an event by when the thing named before it came to be, and still by a phrase that is a date alone', async () => {
    expect(await events('Vinamilk, founded in 1976, opened a new plant in Binh Duong.')).toEqual(['launch null'])
    expect(await events('Vietnam Airlines, which was established in 1956, signed an agreement with Boeing.')).toEqual([
      'agreement_signed null'
    ])
    expect(await events('Công ty Vinamilk, thành lập năm 1976, đã khánh thành nhà máy mới tại Bình Dương.')).toEqual(['launch null'])
    expect(await events('Vinamilk, in 2016, opened a new plant in Binh Duong.')).toEqual(['launch 2016'])
    expect(await events('Thủ tướng Phạm Minh Chính, chiều 5/3/2025, đã tiếp Đại sứ Nhật Bản.')).toEqual(['meeting 2025-03-05'])
  })

  test("should read a sentence run into a heading left without its full stop from the sentence's own opening", async () => {
    const heading = 'Table 1: Cases per region, week 1-33 2018 and 2019'
    expect(await events(`${heading} Between 1 January and 17 August 2019, the system logged 229,736 cases, 958 of them deaths.`)).toEqual([
      'death 2019-01-01/2019-08-17'
    ])
    // No opener after the heading's number: the heading's dates are not a phrase of the sentence's own.
    expect(await events(`${heading} the system logged 229,736 cases, 958 of them deaths.`)).toEqual(['death null'])
  })

  test('should tell one event per person of "A, B và C đều" and none more for a single subject', async () => {
    const all = await records(
      'Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Nguyễn Xuân Phúc và Chủ tịch Quốc hội Vương Đình Huệ đều trúng cử đại biểu Quốc hội.'
    )
    const names = new Map(all.filter((record) => record.kind === 'entity').map((record) => [record.id, record.quote]))
    const results = all.filter((record): record is Extract<Fact, { kind: 'event' }> => record.kind === 'event')
    expect(results.map((result) => result.participants.map((id) => names.get(id)).join()).sort()).toEqual([
      'Nguyễn Phú Trọng',
      'Nguyễn Xuân Phúc',
      'Vương Đình Huệ'
    ])
    expect(await events('Ông Nguyễn Phú Trọng đều trúng cử với tỷ lệ cao.')).toEqual(['election_result null'])
  })

  test('should not tell again a happening a later phrase or noun only mentions', async () => {
    expect(await events('Typhoon Yagi struck the Philippines in 2024, where floods and landslides killed 20 people.')).toEqual([
      'disaster 2024',
      'death 2024'
    ])
    expect(
      await events('The 2024 presidential elections drew record turnout. Observers said the 2024 presidential elections were fair.')
    ).toEqual(['election 2024'])
  })

  test('should date the casualties of a sentence by the sentence after it that retells them, and drop its retelling noun', async () => {
    expect(await events('Xe khách lao xuống vực khiến 5 người chết. Vụ tai nạn xảy ra lúc 4 giờ ngày 12/3/2025.')).toEqual([
      'disaster 2025-03-12T04',
      'death 2025-03-12T04'
    ])
    expect(await events('Một vụ cháy nhà trọ khiến 2 người thiệt mạng. Vụ việc xảy ra vào rạng sáng 5/4/2025.')).toEqual([
      'disaster 2025-04-05',
      'death 2025-04-05'
    ])
    // Another paragraph, a happening that is no casualty, a date of its own: nothing to give.
    expect(await events('Xe tải tông vào xe máy làm 1 người tử vong.\nVụ tai nạn xảy ra lúc 6 giờ ngày 1/2/2025.')).toEqual([
      'disaster null',
      'death null',
      'disaster 2025-02-01T06'
    ])
    expect(await events('Thủ tướng hội đàm với Tổng thống Chile. Vụ việc xảy ra ngày 3/3/2025.')).toEqual(['meeting null'])
    expect(await events('Ngày 2/3/2025, xe khách lao xuống vực khiến 5 người chết. Vụ tai nạn xảy ra lúc 4 giờ ngày 12/3/2025.')).toEqual([
      'disaster 2025-03-02',
      'death 2025-03-02',
      'disaster 2025-03-12T04'
    ])
  })

  test('should not date a text passed by the day it takes effect, nor tell that term a happening of its own', async () => {
    expect(await events('Quốc hội đã thông qua Luật Đất đai có hiệu lực thi hành từ ngày 1/1/2025.')).toEqual(['policy_adopted null'])
    expect(await events('Chiều 18/1/2024, Quốc hội thông qua Luật Đất đai (sửa đổi), có hiệu lực từ ngày 1/8/2024.')).toEqual([
      'policy_adopted 2024-01-18'
    ])
    expect(await events('Hiệp định EVFTA chính thức có hiệu lực từ ngày 1/8/2020.')).toEqual(['policy_adopted 2020-08-01'])
  })

  test('should report no plan and no event of a sentence that only names one', async () => {
    expect(await events('The minister will visit Peru next year. The two countries plan to sign an agreement.')).toEqual([])
  })
})
