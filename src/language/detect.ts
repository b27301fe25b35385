import { franc } from 'franc'
import type { Lang } from '../lang.js'
import { languageWords } from '../languages/index.js'

const letter = /\p{L}/gu

/** Below this many letters franc's trigram statistics are not worth trusting. */
const minLettersForFranc = 40

/** franc reads at most this many characters of a block: enough to decide, bounded in time. */
const sampleLength = 600

/**
 * Detects the language of a text among `allowed`. franc decides long texts;
 * short ones (and franc's `und`) are decided by the letters only one
 * language uses (Vietnamese's marked vowels), the one signal that survives
 * a four-word line. A text long enough for franc with none of them is in a
 * language that has no such letters (English); a shorter one, or one with
 * neither signal, takes `fallback` (the document's language, for a block).
 */
export function detectLanguage(text: string, allowed: readonly Lang[], fallback: Lang): Lang {
  if (allowed.length === 1) return allowed[0]!
  const sample = text.length > sampleLength ? text.slice(0, sampleLength) : text
  const normalized = sample.normalize('NFC')
  const letters = normalized.match(letter)?.length ?? 0
  if (letters === 0) return fallback
  const marked = allowed.flatMap((lang) => {
    const own = languageWords[lang].detection.ownLetters
    return own ? [{ lang, own, share: (normalized.match(own.letters)?.length ?? 0) / letters }] : []
  })
  const unmarked = marked.every(({ share }) => share === 0)
  const plain = allowed.filter((lang) => !languageWords[lang].detection.ownLetters)

  // Past these shares of a language's own letters the text decides itself; franc is asked only in between
  // (an English sentence with Vietnamese names, Vietnamese written without its marks).
  const clearly = marked.find(({ own, share }) => share >= own.clearly)
  if (clearly) return clearly.lang
  // A short text with none of any language's own letters (a byline, an agency's name) tells nothing: it takes the fallback.
  if (unmarked && (plain.includes(fallback) || letters < minLettersForFranc)) return fallback
  if (letters >= minLettersForFranc) {
    const code = franc(normalized, { only: allowed.map((lang) => languageWords[lang].detection.franc), minLength: 1 })
    const found = allowed.find((lang) => languageWords[lang].detection.franc === code)
    if (found) return found
  }
  const likely = marked.find(({ own, share }) => share >= own.likely)
  if (likely) return likely.lang
  if (unmarked && plain[0]) return plain[0]
  return fallback
}
