import type { EventWords } from '../link/event-words.js'
import type { LeadEffect } from '../quantity/types.js'
import type { PeriodWords } from '../link/period/types.js'
import type { QualifierCues } from '../link/qualifier/types.js'
import type { SubjectGrammar } from '../link/subject/types.js'

/**
 * The words of one language that the stages read outside its dimensions'
 * rules: a language gives all of them, and the compiler names what a new one
 * lacks.
 */
export interface LanguageWords {
  /**
   * Conjunctions that open a new clause inside a sentence. Words that are
   * also something else are left out: "and" joins names ("Vietnam and
   * Pakistan"), Vietnamese "còn" is also "still", "song" is in "song phương".
   */
  readonly clauseWords: readonly string[]
  /** How a date stands to a figure: "in 2024", "so với năm 2023". */
  readonly period: PeriodWords
  /** Cue words of a figure's qualifier and direction: "aims to", "tăng", "a 20% increase". */
  readonly qualifier: QualifierCues
  /** Phrases that name what a figure measures: "exports to <A>", "kim ngạch thương mại song phương". */
  readonly subject: SubjectGrammar
  /** How an event's arguments are written: place cues, verbs of saying, plans. */
  readonly events: EventWords
  /**
   * A person is met again by one word of their name alone ("Mehtab" after
   * "Samina Mehtab"); not where a title stands before it ("ông Chính"), which
   * the rules of titles read.
   */
  readonly personByOneName: boolean
  /**
   * Whether the language's text may write the region's names with, without or
   * with some of their diacritics ("Nguyen Thi Diep Ha" in English news), so
   * the gazetteer matches them folded; a text that writes them whole
   * (Vietnamese) is matched as written.
   */
  readonly plainNames: boolean
  /** How digits are written: which sign groups thousands ("5,000", "5.000") and which one starts decimals ("522.4", "522,4"). */
  readonly digits: { readonly group: ',' | '.'; readonly decimal: '.' | ',' }
  /** Words before a figure that hedge or bound it: "nearly", "more than", "khoảng", "hơn". */
  readonly leads: Readonly<Record<string, LeadEffect>>
  /** Words that end with a period without ending a sentence, lower-cased, without the period: "mr", "tp". */
  readonly abbreviations: readonly string[]
  /** How a text in the language is told from the others and from languages factline does not read. */
  readonly detection: LanguageDetection
}

/**
 * What tells a text in a language: franc's code for it, and the cheap signs
 * that decide before franc is asked. A language gives the signs it has.
 */
export interface LanguageDetection {
  /** franc's ISO 639-3 code: "eng", "vie". */
  readonly franc: string
  /**
   * Letters only this language uses among those handled (a global regex over
   * NFC text), and the shares of a text's letters past which it is the
   * language: `clearly` before franc is asked, `likely` when franc cannot tell.
   */
  readonly ownLetters?: { readonly letters: RegExp; readonly clearly: number; readonly likely: number }
  /** Marks no other language in Latin letters puts on its letters (a global regex over NFD text), and the share past which a text is the language. */
  readonly ownMarks?: { readonly marks: RegExp; readonly clearly: number }
  /** Words of the language frequent in any of its prose and in no other major language, and the share past which a text is the language. */
  readonly functionWords?: { readonly words: ReadonlySet<string>; readonly clearly: number }
}
