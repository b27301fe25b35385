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

/** Sets the source's reference day from the config, when the config gives one. */
const referenceDate: Plugin<[ReferenceDateOptions], Root> = function (options) {
  return (_tree, file: VFile) => {
    file.data.referenceDate = options.referenceDates[file.data.sourcePath ?? ''] ?? file.data.referenceDate
  }
}

export default referenceDate
