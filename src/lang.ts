/** The languages factline extracts from, as ISO 639-1 codes (the contract's `lang`). */
export const langs = ['en', 'vi'] as const

export type Lang = (typeof langs)[number]

/** The language a text is read in where nothing tells another: the first of `langs`. */
export const defaultLang: Lang = langs[0]

export function isLang(value: string): value is Lang {
  return (langs as readonly string[]).includes(value)
}
