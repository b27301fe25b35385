import { describe, expect, test } from 'vitest'
import { decode } from '../src/io/read-source.js'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decode', () => {
  test('should remove a UTF-8 BOM and keep CRLF as it is', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hà Nội\r\nHanoi')]))).toEqual({ text: 'Hà Nội\r\nHanoi' })
  })

  test('should keep NFD text as it is (spans index the file’s own text)', () => {
    const nfd = 'Vie\u0323\u0302t Nam'
    expect(decode(utf8(nfd))).toEqual({ text: nfd })
  })

  test.each([
    ['an empty file', new Uint8Array(), 'read/empty'],
    ['white space only', utf8(' \n\t\r\n '), 'read/empty'],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('Trade grew', 'utf16le')]), 'read/utf16'],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...Buffer.from('Trade grew', 'utf16le').swap16()]), 'read/utf16'],
    ['UTF-16 LE without BOM', new Uint8Array(Buffer.from('Trade between them grew fast', 'utf16le')), 'read/utf16'],
    ['Windows-1252 Vietnamese', new Uint8Array([0x56, 0x69, 0xea, 0x74, 0x20, 0x4e, 0x61, 0x6d]), 'read/not-utf8'],
    ['binary with NUL bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'read/not-utf8'],
    ['text with a NUL byte', utf8('Trade\u0000 grew'), 'read/binary']
  ])('should refuse %s', (_name, bytes, code) => {
    expect(decode(bytes)).toMatchObject({ code })
  })

  test('should place invalid UTF-8 in the middle of a good file', () => {
    const bytes = new Uint8Array([...utf8('line one\nline two '), 0xc3, 0x28, ...utf8(' rest')])
    expect(decode(bytes)).toEqual({
      code: 'read/not-utf8',
      actual: 'byte 0xc3 at byte offset 18',
      place: { line: 2, column: 10 }
    })
  })
})
