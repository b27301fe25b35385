import type { ManifestSource } from '../io/manifest.js'
import { dropsFacts } from '../messages/codes.js'
import { langs, type Lang } from '../lang.js'
import { factKinds, type FactKind } from '../schema/vocabulary.js'
import { formatSeconds } from './progress.js'

/** What the end of a run says of its sources, counted as each is done: the sources themselves are not kept. */
export interface RunTally {
  files: number
  skipped: number
  /** Sources processed with some of their facts dropped at a limit. */
  dropped: number
  warnings: number
  errors: number
  readonly facts: Record<FactKind, number>
  readonly factsByLang: Map<Lang, number>
}

export function emptyTally(): RunTally {
  return {
    files: 0,
    skipped: 0,
    dropped: 0,
    warnings: 0,
    errors: 0,
    facts: Object.fromEntries(factKinds.map((kind) => [kind, 0])) as Record<FactKind, number>,
    factsByLang: new Map(langs.map((lang) => [lang, 0]))
  }
}

export function countSource(tally: RunTally, source: ManifestSource): void {
  tally.files++
  if (source.skipped) tally.skipped++
  else if (source.problems.some((problem) => dropsFacts(problem.ruleId))) tally.dropped++
  for (const problem of source.problems) {
    if (problem.fatal) tally.errors++
    else tally.warnings++
  }
  for (const kind of factKinds) tally.facts[kind] += source.facts[kind]
  if (!source.language) return
  const count = Object.values(source.facts).reduce((a, b) => a + b, 0)
  tally.factsByLang.set(source.language, (tally.factsByLang.get(source.language) ?? 0) + count)
}

export interface SummaryInput {
  readonly tally: RunTally
  readonly changed: number
  readonly cached: number
  readonly seconds: number
  /** Threads that extracted, and the most the run could start; none for a step that extracts nothing. */
  readonly threads?: number
  readonly maxThreads?: number
}

/** Whether a run failed its sources: one was skipped, an error was reported or facts were dropped at a limit. */
export function failedTally(tally: RunTally): boolean {
  return tally.skipped > 0 || tally.errors > 0 || tally.dropped > 0
}

/** The end-of-run summary: files, facts per kind and language, warnings, errors, time. */
export function formatSummary({ tally, changed, cached, seconds, threads, maxThreads }: SummaryInput): string {
  const kinds = factKinds.map((kind) => `${kind} ${tally.facts[kind]}`)
  return [
    `files: ${tally.files} (${tally.files - tally.skipped} processed, ${tally.skipped} skipped, ${cached} from cache), ${changed} output file(s) changed`,
    `facts: ${kinds.join(', ')}`,
    `facts by document language: ${[...tally.factsByLang].map(([lang, count]) => `${lang} ${count}`).join(', ')}`,
    `messages: ${tally.warnings} warning(s), ${tally.errors} error(s)${tally.dropped > 0 ? `, facts dropped at a limit in ${tally.dropped} file(s)` : ''}`,
    ...(maxThreads === undefined ? [] : [`threads: ${threads ?? 0} (of at most ${maxThreads})`]),
    `time: ${formatSeconds(seconds)}`
  ].join('\n')
}

/** The summary for `run --json`: the same figures, for scripts. */
export function summaryJson({ tally, changed, cached, seconds, threads }: SummaryInput, out: string) {
  return {
    out,
    files: tally.files,
    processed: tally.files - tally.skipped,
    skipped: tally.skipped,
    cached,
    changed,
    facts: tally.facts,
    factsByLang: Object.fromEntries(tally.factsByLang),
    warnings: tally.warnings,
    errors: tally.errors,
    dropped: tally.dropped,
    threads,
    seconds: Math.round(seconds * 1000) / 1000
  }
}
