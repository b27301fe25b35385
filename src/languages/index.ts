import { langs, type Lang } from '../lang.js'
import { en } from './en/index.js'
import type { LanguageWords } from './types.js'
import { vi } from './vi/index.js'

export type { LanguageWords } from './types.js'

/** Each language's words, by its code: a language of `langs` missing here is a compile error. */
export const languageWords: Readonly<Record<Lang, LanguageWords>> = { en, vi }

/**
 * Something made of each language's words, by its code: what the stages compile once from them. Each
 * language's is made on its first use, so a run of one language compiles none of another's patterns.
 */
export function byLanguage<T>(make: (words: LanguageWords) => T): Readonly<Record<Lang, T>> {
  const made = {} as Record<Lang, T>
  for (const lang of langs) {
    Object.defineProperty(made, lang, {
      enumerable: true,
      configurable: true,
      get() {
        const value = make(languageWords[lang])
        Object.defineProperty(made, lang, { enumerable: true, value })
        return value
      }
    })
  }
  return made
}
