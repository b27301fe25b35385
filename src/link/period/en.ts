import type { PeriodWords } from './types.js'

/** English words around a figure's date (data only). */
export const period: PeriodWords = {
  connectors: [
    'in', 'in the year', 'as of', 'as at', 'for', 'for the year', 'during', 'by', 'by the end of', 'at the end of',
    'through', 'until', 'till', 'in fiscal year', 'in fiscal', 'in the fiscal year', 'in financial year', 'of', 'throughout', 'within'
  ],
  baseline: [
    'compared with', 'compared to', 'in comparison with', 'relative to', 'from', 'over', 'than', 'against', 'as against',
    'versus', 'vs', 'vs.'
  ],
  samePeriod: ['the same period', 'the same time', 'the same months'],
  baselineFillers: ['the same period of', 'the same period in', 'the same time in', 'the level of', 'levels of', 'the level in', 'that of', 'the year', 'in'],
  since: ['since', 'starting', 'starting in', 'starting from', 'beginning in', 'as early as'],
  frameLeads: [
    'in', 'as of', 'as at', 'by', 'during', 'for', 'throughout', 'through', 'until', 'by the end of', 'at the end of', 'in the year',
    'in fiscal year', 'so far in', 'and', 'but', 'then', 'also', 'alone', 'only', 'the', 'first', 'second', 'third', 'fourth',
    'last', 'half', 'quarter', 'months', 'month', 'of', 'fiscal year', 'financial year', 'calendar year', 'in the'
  ],
  towards: ['to', 'to reach', 'reaching', 'to a record', 'to a total of', 'to around', 'to about', 'to nearly']
}
