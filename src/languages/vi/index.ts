import type { LanguageWords } from '../types.js'
import { abbreviations } from './abbreviations.js'
import { detection } from './detection.js'
import { events } from './events.js'
import { leads } from './leads.js'
import { period } from './period.js'
import { cues } from './qualifier.js'
import { grammar } from './subject.js'

/** Vietnamese, for the stages. */
export const vi: LanguageWords = {
  clauseWords: ['trong khi', 'nhưng', 'tuy nhiên', 'mặc dù', 'trong đó'],
  period,
  qualifier: cues,
  subject: grammar,
  events,
  digits: { group: '.', decimal: ',' },
  leads,
  abbreviations,
  detection,
  personByOneName: false,
  plainNames: false
}
