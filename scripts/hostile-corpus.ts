/**
 * Generates the hostile corpus: every kind of broken, huge, oddly named or
 * unreachable source factline must survive. Nothing here is committed; the
 * files are written on demand.
 *
 *   node bin/run-script.js scripts/hostile-corpus.ts OUTDIR [--full]
 *
 * OUTDIR/sources is the corpus; OUTDIR/outside holds what links point to and
 * must never be read. `--full` writes 100,000 tiny files instead of 2,000.
 */
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Code } from '../src/messages/codes.js'

/** What the pipeline must make of one entry of the corpus, by path relative to `sources`. */
export interface HostileExpectation {
  readonly relative: string
  /** The fatal code it must be reported with, or `undefined` when it must be processed. */
  readonly code: Code | undefined
  /** Why it is there. */
  readonly note: string
}

export interface HostileCorpus {
  readonly sources: string
  readonly outside: string
  readonly expectations: readonly HostileExpectation[]
  /** Whether chmod 000 stopped this process from reading (it does not for root). */
  readonly permissionsEnforced: boolean
  /** Text found only outside the sources folder: it must never reach the dataset. */
  readonly outsideMarker: string
}

export interface HostileOptions {
  readonly tinyFiles: number
  readonly hugeBytes: number
  readonly singleLineBytes: number
  readonly depth: number
}

export const smallCounts: HostileOptions = { tinyFiles: 2_000, hugeBytes: 50 * 1024 * 1024, singleLineBytes: 5 * 1024 * 1024, depth: 100 }
export const fullCounts: HostileOptions = { ...smallCounts, tinyFiles: 100_000 }

const english = 'Exports rose 9 percent to $850 million in 2024, the ministry said on Monday.\n'
const vietnamese = 'Năm 2024, kim ngạch xuất khẩu đạt 850 triệu USD, tăng 20,5% so với năm 2023.\n'
/** Vietnamese whose letters à, á, ô, í… exist in Windows-1252, so saving it there gives bytes that are not UTF-8. */
const vietnameseLatin1 = 'Tại Hà Nội, giá xăng tháng này là 25.000 đồng, theo Bộ Công Thương.\n'
/** Prose without figures, so a long line is mostly text, as in a scraped page. */
const filler = 'The committee met again to discuss the plan while observers waited outside for news of the outcome. '
const outsideMarker = 'Outside revenue reached $424242 million'

export function generateHostileCorpus(folder: string, options: HostileOptions = smallCounts): HostileCorpus {
  const sources = path.join(folder, 'sources')
  const outside = path.join(folder, 'outside')
  mkdirSync(sources, { recursive: true })
  mkdirSync(outside, { recursive: true })
  const expectations: HostileExpectation[] = []
  const put = (relative: string, content: string | Uint8Array, code: Code | undefined, note: string) => {
    const file = path.join(sources, relative)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
    expectations.push({ relative, code, note })
  }

  put('good/en.txt', english.repeat(3), undefined, 'a good English article')
  put('good/vi.md', `# Kinh tế\n\n${vietnamese.repeat(3)}`, undefined, 'a good Vietnamese article')
  put('empty.txt', '', 'read/empty', 'empty')
  put('whitespace.txt', ' \n\t\r\n   \n', 'read/empty', 'white space only')
  put('binary.txt', binary(4096), 'read/not-utf8', 'binary (a PNG header and noise)')
  put('nul.txt', `${english}\u0000\u0000${english}`, 'read/binary', 'NUL bytes inside good text')
  put('utf16le-bom.txt', utf16(english, 'le', true), 'read/utf16', 'UTF-16 LE with a BOM')
  put('utf16be-bom.txt', utf16(english, 'be', true), 'read/utf16', 'UTF-16 BE with a BOM')
  put('utf16le.txt', utf16(english, 'le', false), 'read/utf16', 'UTF-16 LE without a BOM')
  put('utf16be.txt', utf16(vietnamese, 'be', false), 'read/utf16', 'UTF-16 BE without a BOM, Vietnamese')
  put('windows-1252-vi.txt', windows1252(`${vietnamese}${vietnameseLatin1}`), 'read/not-utf8', 'Vietnamese saved as Windows-1252')
  put(
    'invalid-utf8-middle.txt',
    Buffer.concat([Buffer.from(english.repeat(20)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(english.repeat(20))]),
    'read/not-utf8',
    'invalid UTF-8 in the middle of a good file'
  )

  writeRepeated(path.join(sources, 'huge-50mb.txt'), english, options.hugeBytes)
  expectations.push({ relative: 'huge-50mb.txt', code: 'read/too-large', note: `an article of ${options.hugeBytes} bytes` })
  writeRepeated(path.join(sources, 'single-line.txt'), `${filler.repeat(15)}${english.replace('\n', ' ')}`, options.singleLineBytes, '\n')
  expectations.push({ relative: 'single-line.txt', code: undefined, note: `one line of ${options.singleLineBytes} bytes, read in pieces` })

  for (let index = 0; index < options.tinyFiles; index++) {
    const name = `tiny/${String(Math.floor(index / 1000)).padStart(3, '0')}/${String(index).padStart(6, '0')}.txt`
    put(name, `Sales rose ${index % 97} percent in ${1990 + (index % 35)}.\n`, undefined, 'one of many tiny files')
  }

  const deep = Array.from({ length: options.depth }, (_, level) => `d${level}`).join('/')
  put(`${deep}/deep.txt`, english, undefined, `a file ${options.depth} folders deep`)

  for (const name of [
    'with space.txt',
    `quote's "double".txt`,
    'new\nline.txt',
    'carriage\rreturn.txt',
    'tab\there.txt',
    'tiếng Việt ünïcødé 日本語 🙂.txt',
    'e\u0301-decomposed.txt',
    '-leading-dash.txt',
    '--help.txt',
    '..two-dots.txt',
    'back\\slash.txt',
    '<img src=x onerror=alert(1)>.txt',
    '&amp; $(touch pwned) `id`.txt'
  ]) {
    put(name, english, undefined, 'a hostile file name')
  }

  writeFileSync(path.join(outside, 'secret.txt'), `${outsideMarker} in 1999.\n`)
  symlinkSync(path.join(outside, 'secret.txt'), path.join(sources, 'link-outside.txt'))
  expectations.push({ relative: 'link-outside.txt', code: 'walk/outside-root', note: 'a link to a file outside the sources' })
  symlinkSync('../outside', path.join(sources, 'link-outside-folder'))
  expectations.push({ relative: 'link-outside-folder', code: 'walk/outside-root', note: 'a link to a folder outside the sources' })
  symlinkSync('good/en.txt', path.join(sources, 'link-inside.txt'))
  expectations.push({ relative: 'link-inside.txt', code: undefined, note: 'a link inside the sources, followed' })
  symlinkSync('loop-self.txt', path.join(sources, 'loop-self.txt'))
  expectations.push({ relative: 'loop-self.txt', code: 'walk/loop', note: 'a link to itself' })
  mkdirSync(path.join(sources, 'loop'), { recursive: true })
  symlinkSync('..', path.join(sources, 'loop', 'back'))
  expectations.push({ relative: 'loop/back', code: 'walk/loop', note: 'a folder link back to an ancestor' })
  execFileSync('mkfifo', [path.join(sources, 'fifo.txt')])
  expectations.push({ relative: 'fifo.txt', code: 'walk/not-a-file', note: 'a named pipe: reading it would wait forever' })

  const permissionsEnforced = chmodEnforced(folder)
  put('unreadable.txt', english, permissionsEnforced ? 'read/unreadable' : undefined, 'a file with mode 000')
  chmodSync(path.join(sources, 'unreadable.txt'), 0o000)
  put('unreadable-folder/inner.txt', english, undefined, 'a file in a folder with mode 000')
  chmodSync(path.join(sources, 'unreadable-folder'), 0o000)
  if (permissionsEnforced) {
    expectations.pop()
    expectations.push({ relative: 'unreadable-folder', code: 'walk/unreadable', note: 'a folder with mode 000' })
  }

  return { sources, outside, expectations, permissionsEnforced, outsideMarker }
}

/** Gives back read permission so the corpus can be deleted. */
export function removeHostileCorpus(folder: string): void {
  const sources = path.join(folder, 'sources')
  for (const name of ['unreadable.txt', 'unreadable-folder']) {
    try {
      chmodSync(path.join(sources, name), 0o755)
    } catch {
      // already gone
    }
  }
  rmSync(folder, { recursive: true, force: true })
}

/** Whether mode 000 stops this process from reading: root and CAP_DAC_OVERRIDE read anyway. */
function chmodEnforced(folder: string): boolean {
  const probe = mkdtempSync(path.join(folder, '.probe-'))
  const file = path.join(probe, 'probe')
  writeFileSync(file, 'x')
  chmodSync(file, 0o000)
  try {
    readFileSync(file)
    return false
  } catch {
    return true
  } finally {
    chmodSync(file, 0o644)
    rmSync(probe, { recursive: true, force: true })
  }
}

/** Writes `piece` repeated up to `bytes` bytes, in chunks, so the generator's memory stays small. */
function writeRepeated(file: string, piece: string, bytes: number, ending = ''): void {
  const chunk = Buffer.from(piece.repeat(Math.ceil((1024 * 1024) / piece.length)))
  const handle = openSync(file, 'w')
  try {
    let written = 0
    while (written < bytes) {
      const length = Math.min(chunk.length, bytes - written)
      writeSync(handle, chunk, 0, length)
      written += length
    }
    if (ending) writeSync(handle, ending)
  } finally {
    closeSync(handle)
  }
}

/** Deterministic noise after a PNG signature: invalid UTF-8 from its first byte. */
function binary(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  let state = 42
  for (let index = 8; index < length; index++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    bytes[index] = state >> 16
  }
  return bytes
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le')
  if (order === 'be') body.swap16()
  const mark = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  return Buffer.concat([Buffer.from(mark), body])
}

/** Windows-1252 bytes: Latin-1 letters as single bytes, the rest of Vietnamese as `?`, as a wrong "Save as" does. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(
    Array.from(text.normalize('NFC'), (char) => {
      const code = char.codePointAt(0)!
      return code < 0x100 ? code : 0x3f
    })
  )
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  const [folder, ...flags] = process.argv.slice(2)
  if (!folder) {
    console.error('usage: node bin/run-script.js scripts/hostile-corpus.ts OUTDIR [--full]')
    process.exit(2)
  }
  const corpus = generateHostileCorpus(path.resolve(folder), flags.includes('--full') ? fullCounts : smallCounts)
  const bad = corpus.expectations.filter((entry) => entry.code)
  console.log(
    `${corpus.expectations.length} entries in ${corpus.sources}: ${bad.length} bad, ${corpus.expectations.length - bad.length} good`
  )
  if (!corpus.permissionsEnforced) console.log('mode 000 does not stop this user from reading (root): unreadable files are read')
}
