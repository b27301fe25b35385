import { readFile } from 'node:fs/promises'
import { decode } from '../io/read-source.js'
import { defaultLang, langs, type Lang } from '../lang.js'
import { detectLanguage } from '../language/detect.js'
import { normalizeNfc } from '../provenance/normalize.js'
import { inputError } from './input-error.js'
import type { Range } from './item.js'

/** A source as gold annotations see it: decoded text (BOM removed) in lines split on `\n`. */
export interface SourceText {
  /** The path shown in messages and lists of misses. */
  readonly shown: string
  readonly lines: readonly string[]
  /** Offset of each line's first character in the decoded text. */
  readonly lineStarts: readonly number[]
  /** The document's language: the fallback of each line's. */
  readonly language: Lang
}

export async function readSourceText(file: string, shown: string): Promise<SourceText> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch {
    throw inputError(shown, undefined, 'Unexpected missing source, expected the text the gold annotates (see --sources)')
  }
  const decoded = decode(bytes)
  if (!('text' in decoded))
    throw inputError(shown, undefined, `Unexpected source that is not UTF-8 text (${decoded.actual}), expected the text the gold annotates`)
  const lines = decoded.text.split('\n')
  const lineStarts: number[] = []
  let offset = 0
  for (const line of lines) {
    lineStarts.push(offset)
    offset += line.length + 1
  }
  return { shown, lines, lineStarts, language: detectLanguage(decoded.text, langs, defaultLang) }
}

/** The text of a 1-based line, or undefined past the end. */
export function lineText(source: SourceText, line: number): string | undefined {
  return source.lines[line - 1]
}

/** A gold item's language: its line's, the document's when the line does not say. */
export function lineLanguage(source: SourceText, line: number): Lang {
  return detectLanguage(lineText(source, line) ?? '', langs, source.language)
}

/**
 * Every occurrence of `text` on a line, as source offsets. Both sides are
 * compared in NFC, so gold written in NFC finds its text in an NFD source;
 * the offsets still index the source's own text.
 */
export function locate(source: SourceText, line: number, text: string): Range[] {
  const content = lineText(source, line)
  if (content === undefined || text === '') return []
  const normalized = normalizeNfc(content)
  const needle = text.normalize('NFC')
  const base = source.lineStarts[line - 1]!
  const ranges: Range[] = []
  for (let at = normalized.text.indexOf(needle); at !== -1; at = normalized.text.indexOf(needle, at + 1)) {
    ranges.push({ start: base + normalized.toSourceStart(at), end: base + normalized.toSourceEnd(at + needle.length) })
  }
  return ranges
}
