import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { Fact } from '../schema/fact.js'

/**
 * The compiler: records as JSON lines, sorted by position, then kind, then
 * end, type and id, so the same input always gives the same bytes. Keys keep
 * the schema's order (zod writes parsed objects in shape order).
 */
const compileJsonl: Plugin<[], Root, string> = function () {
  this.compiler = (_tree, file) => serializeRecords((file as VFile).data.records ?? [])
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
    compare(a.kind, b.kind) ||
    a.span.end.offset - b.span.end.offset ||
    compare(a.type, b.type) ||
    compare(a.id, b.id)
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
