import { langs, type Lang } from '../lang.js'
import { en } from './en/index.js'
import type { LanguageWords } from './types.js'
import { vi } from './vi/index.js'

export type { LanguageWords } from './types.js'

/** Each language's words, by its code: a language of `langs` missing here is a compile error. */
export const languageWords: Readonly<Record<Lang, LanguageWords>> = { en, vi }

/** Something made of each language's words, by its code: what the stages compile once from them. */
export function byLanguage<T>(make: (words: LanguageWords) => T): Readonly<Record<Lang, T>> {
  return Object.fromEntries(langs.map((lang) => [lang, make(languageWords[lang])])) as Record<Lang, T>
}
