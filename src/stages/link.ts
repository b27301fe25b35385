import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { LinkDocument } from '../facts/document.js'
import type { Draft } from '../facts/draft.js'

/** One linking pass: reads and mutates the drafts of a file, may add drafts (list items). */
export type Linker = (drafts: Draft[], document: LinkDocument) => Draft[] | void

export interface LinkOptions {
  /** In order: entities first (coreference), then figures, then events, which use both. */
  readonly linkers: readonly Linker[]
}

/**
 * Ties facts of a file together: a figure to its date, qualifier and subject;
 * an entity to the long form it abbreviates; an event to its date, place and
 * participants. Links point at drafts; records turn them into ids.
 */
const link: Plugin<[LinkOptions], Root> = function (options) {
  return (_tree, file: VFile) => {
    const document: LinkDocument = {
      text: String(file.value),
      blocks: file.data.blocks ?? [],
      sentences: file.data.sentences ?? [],
      referenceDate: file.data.referenceDate
    }
    let drafts = file.data.drafts ?? []
    for (const linker of options.linkers) drafts = linker(drafts, document) ?? drafts
    file.data.drafts = drafts
  }
}

export default link
