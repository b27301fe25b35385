import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Config } from './config/schema.js'
import compileJsonl from './stages/compile-jsonl.js'
import detectLanguage from './stages/detect-language.js'
import documentCountries from './stages/document-countries.js'
import extract from './stages/extract.js'
import link, { type Linker } from './stages/link.js'
import referenceDate from './stages/reference-date.js'
import segment from './stages/segment.js'
import toRecords from './stages/to-records.js'
import validate from './stages/validate.js'
import { linkers } from './link/index.js'

/** What the pipeline needs of the config. */
export type PipelineConfig = Pick<Config, 'languages' | 'extractors' | 'referenceDates' | 'dateReading' | 'limits'>

/**
 * The one place the stages are listed, in order: parse (remark, for
 * positions), segment, language, reference date (config or dateline), countries (for shared currency signs), extract, link, records,
 * validate; the compiler writes JSON lines. Reading is done before (io/),
 * writing after (run/). Frozen: rules and lexicons compile once.
 */
export function createPipeline(config: PipelineConfig, extraLinkers: readonly Linker[] = linkers) {
  return unified()
    .use(remarkParse)
    .use(segment, { maxLineLength: config.limits.maxLineLength })
    .use(detectLanguage, { languages: config.languages })
    .use(referenceDate, { referenceDates: config.referenceDates })
    .use(documentCountries)
    .use(extract, {
      languages: config.languages,
      extractors: config.extractors,
      dateReading: config.dateReading,
      maxFactsPerFile: config.limits.maxFactsPerFile
    })
    .use(link, { linkers: extraLinkers })
    .use(toRecords)
    .use(validate)
    .use(compileJsonl)
    .freeze()
}

export type Pipeline = ReturnType<typeof createPipeline>
