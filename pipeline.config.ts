import { defineConfig } from './src/config/define.js'

export default defineConfig({
  sources: 'sources',
  output: 'output',
  languages: ['en', 'vi'],
  // Reference days resolve "last year" / "năm ngoái"; a source without one
  // uses a dateline found in its text, else its relative dates stay unresolved.
  referenceDates: {},
  extractors: ['money', 'percent', 'count', 'multiplier', 'date', 'entity', 'acronym', 'event'],
  limits: {
    maxFileBytes: 8 * 1024 * 1024,
    maxLineLength: 20_000,
    maxFactsPerFile: 100_000
  }
})
