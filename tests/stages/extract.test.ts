import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import detectLanguage from '../../src/stages/detect-language.js'
import extract from '../../src/stages/extract.js'
import segment from '../../src/stages/segment.js'

async function extractText(text: string, maxFactsPerFile = 100_000) {
  const processor = unified()
    .use(remarkParse)
    .use(segment, { maxLineLength: 200_000 })
    .use(detectLanguage, { languages: ['en', 'vi'] })
    .use(extract, { languages: ['en', 'vi'], extractors: ['percent'], dateReading: 'nearest', maxFactsPerFile })
  const file = new VFile({ value: text })
  await processor.run(processor.parse(file), file)
  return {
    drafts: file.data.drafts!.map((draft) => ({ block: draft.block, lang: draft.lang, quote: text.slice(draft.start, draft.end) })),
    messages: file.messages.map((message) => [message.ruleId, message.line, message.reason])
  }
}

describe('extract', () => {
  // Blocks are prepared in chunks (of 32 blocks or 64 KB): a document of many blocks, in two
  // languages, crosses many chunk bounds, and long blocks end chunks early.
  const english = (index: number) => `Exports to the region rose ${index}% in the third quarter of the year, the ministry said.`
  const vietnamese = (index: number) => `Kim ngạch xuất khẩu sang khu vực này tăng ${index}% trong quý ba của năm, theo bộ công thương.`
  const long = (index: number) => `${english(index)} ${'The trade office kept its weekly report short. '.repeat(1500)}`

  test('should read every block of a long document once, in order, each in its language', async () => {
    const lines = Array.from({ length: 150 }, (_, index) =>
      index % 40 === 7 ? long(index) : index % 3 === 0 ? vietnamese(index) : english(index)
    )
    const { drafts } = await extractText(lines.join('\n\n'))
    expect(drafts).toEqual(
      lines.map((_, index) => ({ block: index, lang: index % 3 === 0 && index % 40 !== 7 ? 'vi' : 'en', quote: `${index}%` }))
    )
  })

  test('should keep the first facts up to the limit and stop reading at the line that passes it', async () => {
    const text = Array.from({ length: 6 }, (_, index) => `Exports rose ${index}% and imports ${index + 10}%.`).join('\n')
    const { drafts, messages } = await extractText(text, 5)
    expect(drafts.map((draft) => draft.quote)).toEqual(['0%', '10%', '1%', '11%', '2%'])
    expect(messages).toHaveLength(1)
    expect(messages[0]!.slice(0, 2)).toEqual(['extract/too-many-facts', 3])
    expect(String(messages[0]![2])).toContain('6 facts by this line')
  })
})
