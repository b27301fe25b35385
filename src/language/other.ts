import { francAll } from 'franc'
import { englishFunctionWords } from './function-words.js'

/** A language factline does not read, as franc names it (ISO 639-3) and in English. */
export interface OtherLanguage {
  readonly code: string
  readonly name: string
}

/** Below this many words a text is too short to tell its language from its letters: it is read as English or Vietnamese. */
const minWords = 20

/** English prose has a fifth or more of its words among `englishFunctionWords`; past this share a text is English without asking franc. */
const clearlyEnglish = 0.08

/**
 * Marks no other language written in Latin letters puts on its letters as
 * Vietnamese does (dot below, hook above, horn), and its đ: French and
 * Spanish share its acute, grave and circumflex, so those do not count.
 * Decomposed (NFD), each mark is a character of its own.
 */
const vietnameseMark = /[\u0323\u0309\u031b\u0111\u0110]/gu

/** Vietnamese prose has about one letter in ten with such a mark; past this share a text is Vietnamese without asking franc. */
const clearlyVietnamese = 0.03

/** franc's score (1 for its best) that English or Vietnamese must reach for a text to be read as such: French news gives English 0.79, English news 1. */
const closeEnough = 0.9

const francToLang = new Set(['eng', 'vie'])
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' })

/**
 * The language of a text when it is clearly neither English nor Vietnamese (a
 * French article), else undefined. English and Vietnamese prose are told
 * apart cheaply (function words, marked letters); only a text that is
 * neither is compared with every language franc knows, which costs a few
 * milliseconds.
 */
export function otherLanguage(sample: string): OtherLanguage | undefined {
  const text = sample.normalize('NFC')
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < minWords) return undefined
  if (words.filter((word) => englishFunctionWords.has(word)).length / words.length >= clearlyEnglish) return undefined
  const decomposed = text.normalize('NFD')
  const letters = decomposed.match(/\p{L}/gu)?.length ?? 0
  if ((decomposed.match(vietnameseMark)?.length ?? 0) >= letters * clearlyVietnamese) return undefined
  const scores = francAll(text, { minLength: 10 })
  const [top] = scores
  if (!top || top[0] === 'und' || francToLang.has(top[0])) return undefined
  if (scores.some(([code, score]) => francToLang.has(code) && score >= closeEnough)) return undefined
  return { code: top[0], name: languageNames.of(top[0]) ?? top[0] }
}
