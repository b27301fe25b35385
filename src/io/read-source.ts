import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { VFile } from 'vfile'
import { report } from '../messages/message.js'

declare module 'vfile' {
  interface DataMap {
    /** sha256 of the file's bytes, as read. */
    sha256: string
    /** Size of the file in bytes. */
    bytes: number
    /** The path of the source as written in records: posix, relative to its root. */
    sourcePath: string
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** The bytes of a source, or why they were not read: larger than the limit (not read at all), or unreadable. */
export type SourceBytes =
  | { readonly bytes: Uint8Array }
  | { readonly code: 'read/too-large' | 'read/unreadable'; readonly actual: string; readonly size: number; readonly cause?: unknown }

/**
 * Reads a source's bytes once: the run hashes these very bytes for the cache
 * and extracts from them, so an edit between the two can never give a cached
 * result facts of other text. A file larger than `maxBytes` is not read.
 */
export async function readSourceBytes(path: string, maxBytes: number): Promise<SourceBytes> {
  let size = 0
  try {
    const handle = await open(path, 'r')
    try {
      size = (await handle.stat()).size
      if (size > maxBytes) return { code: 'read/too-large', actual: `${size} bytes, limit ${maxBytes}`, size }
      return { bytes: await handle.readFile() }
    } finally {
      await handle.close()
    }
  } catch (error) {
    return { code: 'read/unreadable', actual: errorCode(error), size, cause: error }
  }
}

/**
 * A source as a VFile whose `value` is the decoded text, BOM removed: every
 * offset from here on indexes that string. Bytes that are not UTF-8 text
 * (or were not read) give a fatal message saying why and an empty value;
 * the caller skips the file and goes on.
 */
export function sourceFile(path: string, sourcePath: string, read: SourceBytes): VFile {
  const file = new VFile({ path, data: { sourcePath, sha256: '', bytes: 0 } })
  file.value = ''
  if ('code' in read) {
    file.data.bytes = read.size
    report(file, read.code, { actual: read.actual, ...(read.cause === undefined ? {} : { cause: read.cause }) })
    return file
  }
  const { bytes } = read
  file.data.sha256 = createHash('sha256').update(bytes).digest('hex')
  file.data.bytes = bytes.length
  const problem = decode(bytes)
  if ('code' in problem) report(file, problem.code, { actual: problem.actual, ...(problem.place ? { place: problem.place } : {}) })
  else file.value = problem.text
  return file
}

type Decoded =
  | { text: string }
  | { code: 'read/empty' | 'read/binary' | 'read/utf16' | 'read/not-utf8'; actual: string; place?: { line: number; column: number } }

/** Decodes UTF-8 (BOM removed), or says why the bytes are not UTF-8 text. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { code: 'read/empty', actual: '0 bytes' }
  if (looksUtf16(bytes)) return { code: 'read/utf16', actual: 'a UTF-16 byte order mark or NUL bytes between characters' }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    return {
      code: 'read/not-utf8',
      actual: `byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at byte offset ${at}`,
      place: placeOfByte(bytes, at)
    }
  }
  const control = /[\u0000-\u0008\u000e-\u001f\u007f]/u.exec(text)
  if (control) {
    return {
      code: 'read/binary',
      actual: `control character U+${control[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`,
      place: placeOfOffset(text, control.index)
    }
  }
  if (text.trim() === '') return { code: 'read/empty', actual: 'only white space' }
  return { text }
}

function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true
  // Without a BOM: ASCII text in UTF-16 has a NUL in every other byte.
  const sample = Math.min(bytes.length, 512) & ~1
  if (sample < 4) return false
  let evenNul = 0
  let oddNul = 0
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenNul++
    if (bytes[index + 1] === 0) oddNul++
  }
  const half = sample / 2
  return (evenNul > half * 0.4 && oddNul === 0) || (oddNul > half * 0.4 && evenNul === 0)
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0
    if (length === 0) return index
    try {
      utf8.decode(bytes.subarray(index, index + length))
    } catch {
      return index
    }
    index += length
  }
  return 0
}

function placeOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < at; index++) {
    if (bytes[index] === 0x0a) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: at - lineStart + 1 }
}

function placeOfOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error)
}
