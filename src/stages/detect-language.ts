import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { Lang } from '../lang.js'
import { detectLanguage } from '../language/detect.js'
import { otherLanguage } from '../language/other.js'
import { report } from '../messages/message.js'

declare module 'vfile' {
  interface DataMap {
    /** The language of the whole document. */
    lang: Lang
  }
}

export interface DetectLanguageOptions {
  readonly languages: readonly Lang[]
}

/** Bounded sample of the document used to decide its language. */
const documentSample = 4000

/**
 * Decides the language of the document and of each block: an English
 * article with a Vietnamese line gets that line as `vi`. A block too short to
 * tell takes the document's language. A document in another language (a
 * French article) fails with `lang/unsupported`: read as English, it would
 * give facts no one meant.
 */
const detectLanguageStage: Plugin<[DetectLanguageOptions], Root> = function (options) {
  const fallback = options.languages[0]!
  return (_tree, file: VFile) => {
    const text = String(file.value)
    const blocks = file.data.blocks ?? []
    const sample = blocks.length > 0 ? sampleOf(text, blocks) : text.slice(0, documentSample)
    const other = otherLanguage(sample)
    if (other) {
      report(file, 'lang/unsupported', { actual: `${other.name}, ${other.code}` })
      // Nothing of it is extracted: the file is skipped.
      file.data.blocks = []
    }
    const documentLang = detectLanguage(sample, options.languages, fallback)
    file.data.lang = documentLang
    for (const block of blocks) block.lang = detectLanguage(text.slice(block.start, block.end), options.languages, documentLang)
  }
}

export default detectLanguageStage

function sampleOf(text: string, blocks: readonly { start: number; end: number }[]): string {
  let sample = ''
  for (const block of blocks) {
    if (sample.length >= documentSample) break
    sample += `${text.slice(block.start, Math.min(block.end, block.start + documentSample))}\n`
  }
  return sample
}
