import type { ManifestSource } from '../io/manifest.js'
import { langs } from '../lang.js'
import { factKinds } from '../schema/vocabulary.js'
import { formatSeconds } from './progress.js'

export interface SummaryInput {
  readonly sources: readonly ManifestSource[]
  readonly changed: number
  readonly cached: number
  readonly seconds: number
}

/** The end-of-run summary: files, facts per kind and language, warnings, errors, time. */
export function formatSummary({ sources, changed, cached, seconds }: SummaryInput): string {
  const skipped = sources.filter((source) => source.skipped).length
  const problems = sources.flatMap((source) => source.problems)
  const errors = problems.filter((problem) => problem.fatal).length
  const byLang = new Map(langs.map((lang) => [lang, 0]))
  for (const source of sources) {
    if (!source.language) continue
    const count = Object.values(source.facts).reduce((a, b) => a + b, 0)
    byLang.set(source.language, (byLang.get(source.language) ?? 0) + count)
  }
  const kinds = factKinds.map((kind) => `${kind} ${sources.reduce((sum, source) => sum + source.facts[kind], 0)}`)
  return [
    `files: ${sources.length} (${sources.length - skipped} processed, ${skipped} skipped, ${cached} from cache), ${changed} output file(s) changed`,
    `facts: ${kinds.join(', ')}`,
    `facts by document language: ${[...byLang].map(([lang, count]) => `${lang} ${count}`).join(', ')}`,
    `messages: ${problems.length - errors} warning(s), ${errors} error(s)`,
    `time: ${formatSeconds(seconds)}`
  ].join('\n')
}
