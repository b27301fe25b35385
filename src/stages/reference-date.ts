import { defaultLang } from '../lang.js'
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** The day the source was written, when known: relative dates resolve against it. */
    referenceDate: string | undefined
  }
}

export interface ReferenceDateOptions {
  /** Reference days per source path, from `pipeline.config.ts`. */
  readonly referenceDates: Readonly<Record<string, string>>
}

/**
 * Sets the day the source was written: from the config when it names the
 * source, else from a dateline at the top of the text, else none (relative
 * dates then stay unresolved: never guessed).
 */
const referenceDate: Plugin<[ReferenceDateOptions], Root> = function (options) {
  // The date rules load with the first document that needs them, as the extractors' do.
  let dateline: Promise<typeof import('../text/dateline.js')> | undefined
  return async (_tree, file: VFile) => {
    const configured = options.referenceDates[file.data.sourcePath ?? '']
    file.data.referenceDate =
      configured ??
      (await (dateline ??= import('../text/dateline.js'))).findReferenceDate(String(file.value), file.data.lang ?? defaultLang)
  }
}

export default referenceDate
