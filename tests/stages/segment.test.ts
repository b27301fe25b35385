import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import segment from '../../src/stages/segment.js'

async function segmentText(text: string, maxLineLength = 20_000) {
  const processor = unified().use(remarkParse).use(segment, { maxLineLength })
  const file = new VFile({ value: text })
  await processor.run(processor.parse(file), file)
  return {
    blocks: file.data.blocks!.map((block) => [text.slice(block.start, block.end), block.node]),
    sentences: file.data.sentences!.map((sentence) => text.slice(sentence.start, sentence.end)),
    messages: file.messages.map(String)
  }
}

describe('segment', () => {
  test('should keep lines that look like markdown whole, as blocks of the source', async () => {
    const text = '1972. Relations were set up.\n* Trade grew.\r\n# Title line\n\n> Quoted line\n\n[a]: b'
    expect((await segmentText(text)).blocks).toEqual([
      ['1972. Relations were set up.', 'list'],
      ['* Trade grew.', 'list'],
      ['# Title line', 'heading'],
      ['> Quoted line', 'blockquote'],
      ['[a]: b', 'definition']
    ])
  })

  test('should split sentences but not at abbreviations, initials or decimals', async () => {
    const text =
      'It was held in Hanoi on Nov. 8. Sahibzada M. Usman spoke. The U.S. and TP.HCM grew 10.3 percent and 522,4 triệu. ' +
      '“We agree.” Hạt điều… Các mặt hàng, nông sản,… hợp tác.'
    expect((await segmentText(text)).sentences).toEqual([
      'It was held in Hanoi on Nov. 8.',
      'Sahibzada M. Usman spoke.',
      'The U.S. and TP.HCM grew 10.3 percent and 522,4 triệu.',
      '“We agree.”',
      'Hạt điều…',
      'Các mặt hàng, nông sản,… hợp tác.'
    ])
  })

  test('should cut a line longer than the limit at blanks and say so', async () => {
    const result = await segmentText('alpha beta gamma delta', 11)
    expect(result.blocks.map(([text]) => text)).toEqual(['alpha beta', ' gamma', ' delta'])
    expect(result.messages).toEqual([
      '1:1: Unexpected line longer than `limits.maxLineLength`, expected shorter lines: it was read in pieces'
    ])
  })
})
