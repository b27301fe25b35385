import type { LanguageWords } from '../types.js'
import { abbreviations } from './abbreviations.js'
import { detection } from './detection.js'
import { events } from './events.js'
import { leads } from './leads.js'
import { period } from './period.js'
import { cues } from './qualifier.js'
import { grammar } from './subject.js'

/** English, for the stages. */
export const en: LanguageWords = {
  clauseWords: ['while', 'whereas', 'but', 'although', 'though', 'which', 'whilst'],
  period,
  qualifier: cues,
  subject: grammar,
  events,
  digits: { group: ',', decimal: '.' },
  leads,
  abbreviations,
  detection,
  personByOneName: true,
  plainNames: true
}
