import { defineConfig } from './src/config/define.js'

export default defineConfig({
  sources: 'sources',
  output: 'output',
  languages: ['en', 'vi'],
  // Reference days resolve "last year" / "năm ngoái"; a source without one
  // uses a dateline found in its text, else its relative dates stay unresolved.
  referenceDates: {},
  // A date said without its year or week ("Nov. 8", "on Monday") is the one
  // nearest the day of writing, as news mean it; 'next' reads plans and schedules.
  dateReading: 'nearest',
  extractors: ['money', 'percent', 'count', 'multiplier', 'date', 'entity', 'acronym', 'event'],
  limits: {
    maxFileBytes: 8 * 1024 * 1024,
    maxLineLength: 20_000,
    maxFactsPerFile: 100_000
  }
})
