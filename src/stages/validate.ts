import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { fact, type Fact } from '../schema/fact.js'
import { report } from '../messages/message.js'

declare module 'vfile' {
  interface DataMap {
    /** Valid fact records, as the schema writes them. */
    records: Fact[]
  }
}

/**
 * Validates every record against the zod schema. An invalid record is a bug
 * of the rule named in it: it is reported as an error at its span (the run
 * exits non-zero), never written and never silently dropped.
 */
const validate: Plugin<[], Root> = function () {
  return (_tree, file: VFile) => {
    const records: Fact[] = []
    for (const candidate of file.data.candidates ?? []) {
      const result = fact.safeParse(candidate)
      if (result.success) {
        records.push(result.data)
        continue
      }
      for (const issue of result.error.issues) {
        report(file, 'schema/invalid', {
          place: candidate.span,
          actual: `${candidate.rule}: ${issue.message}`,
          note: `at ${issue.path.join('.') || '(record)'}`
        })
      }
    }
    file.data.records = records
  }
}

export default validate
