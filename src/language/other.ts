import { francAll } from 'franc'
import { langs } from '../lang.js'
import { languageWords } from '../languages/index.js'

/** A language factline does not read, as franc names it (ISO 639-3) and in English. */
export interface OtherLanguage {
  readonly code: string
  readonly name: string
}

/** Below this many words a text is too short to tell its language from its letters: it is read as a language factline reads. */
const minWords = 20

/** franc's score (1 for its best) that a language factline reads must reach for a text to be read as such: French news gives English 0.79, English news 1. */
const closeEnough = 0.9

const detections = langs.map((lang) => languageWords[lang].detection)
const francCodes = new Set(detections.map((detection) => detection.franc))
// The names go into messages, which are in English. Made on first use: an Intl object cannot be kept in the
// startup snapshot (see src/snapshot/).
let languageNames: Intl.DisplayNames | undefined

/**
 * The language of a text when it is clearly none of the languages factline
 * reads (a French article), else undefined. Those are told apart cheaply
 * (function words, marked letters); only a text that is none of them is
 * compared with every language franc knows, which costs a few milliseconds.
 */
export function otherLanguage(sample: string): OtherLanguage | undefined {
  const text = sample.normalize('NFC')
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < minWords) return undefined
  for (const { functionWords } of detections) {
    if (functionWords && words.filter((word) => functionWords.words.has(word)).length / words.length >= functionWords.clearly)
      return undefined
  }
  const decomposed = text.normalize('NFD')
  const letters = decomposed.match(/\p{L}/gu)?.length ?? 0
  for (const { ownMarks } of detections) {
    if (ownMarks && (decomposed.match(ownMarks.marks)?.length ?? 0) >= letters * ownMarks.clearly) return undefined
  }
  const scores = francAll(text, { minLength: 10 })
  const [top] = scores
  if (!top || top[0] === 'und' || francCodes.has(top[0])) return undefined
  if (scores.some(([code, score]) => francCodes.has(code) && score >= closeEnough)) return undefined
  return { code: top[0], name: (languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' })).of(top[0]) ?? top[0] }
}
