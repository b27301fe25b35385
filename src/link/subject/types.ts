/**
 * A phrase that names what a figure measures. `pattern` is regex source
 * where a blank stands for blanks and `<name>` for: `<A>`, `<B>` a place or
 * organization of the clause (its canonical name), `<F>` the figure itself,
 * `<w*>` up to four words (each with the blanks after it), `<'s>` a
 * possessive, and any other `<name>` a word list of the language.
 */
export interface SubjectRule {
  readonly name: string
  readonly pattern: string
  readonly subject: (names: { readonly a: string; readonly b: string }) => string
}

export interface SubjectGrammar {
  /** Word lists named in patterns: trade nouns, export verbs, "bilateral" words. */
  readonly words: Readonly<Record<string, readonly string[]>>
  /** Most specific first: at one place, the first rule that matches wins. */
  readonly rules: readonly SubjectRule[]
}
