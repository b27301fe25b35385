import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { Fact } from '../schema/fact.js'
import { compareText } from '../text/compare.js'

/**
 * The compiler: records as JSON lines, sorted by position, then kind, then
 * end, type and id, so the same input always gives the same bytes. Keys keep
 * the schema's order (zod writes parsed objects in shape order).
 */
const compileJsonl: Plugin<[], Root, string> = function () {
  this.compiler = (_tree, file) => serializeRecords(file.data.records ?? [])
}

export default compileJsonl

export function serializeRecords(records: readonly Fact[]): string {
  return [...records]
    .sort(compareRecords)
    .map((record) => `${JSON.stringify(record)}\n`)
    .join('')
}

export function compareRecords(a: Fact, b: Fact): number {
  return (
    a.span.start.offset - b.span.start.offset ||
    compareText(a.kind, b.kind) ||
    a.span.end.offset - b.span.end.offset ||
    compareText(a.type, b.type) ||
    compareText(a.id, b.id)
  )
}
