/**
 * Events with their arguments, end to end on made-up sentences: the date of
 * the trigger's phrase or of the sentence's opening, lists of items with
 * their own dates, places and participants that are entity records of the
 * same text.
 */
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { defaultExtractors } from '../src/config/load.js'
import { createPipeline } from '../src/pipeline.js'
import { processFile } from '../src/run/process-file.js'
import type { Fact } from '../src/schema/fact.js'

const pipeline = createPipeline({
  languages: ['en', 'vi'],
  extractors: defaultExtractors(),
  referenceDates: {},
  dateReading: 'nearest',
  limits: { maxFileBytes: 1 << 20, maxLineLength: 20_000, maxFactsPerFile: 10_000 }
})

async function records(text: string): Promise<Fact[]> {
  const file = new VFile({ path: 'made-up.txt', value: text, data: { sourcePath: 'made-up.txt' } })
  const output = await processFile(pipeline, file)
  return (output ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Fact)
}

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

  test('should read the opening date after a dateline', async () => {
    expect(
      await events('VIÊNG CHĂN, ngày 5/6/2024 - Chiều 4/6, tại Viêng Chăn, Thủ tướng Lào đã hội kiến Bộ trưởng Ngoại giao Campuchia.')
    ).toEqual(['meeting 2024-06-04'])
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
    const [first, second] = visits as Extract<Fact, { kind: 'event' }>[]
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

  test('should report no plan and no event of a sentence that only names one', async () => {
    expect(await events('The minister will visit Peru next year. The two countries plan to sign an agreement.')).toEqual([])
  })
})
