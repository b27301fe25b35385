import type { Miss } from './dataset.js'
import { describeFields } from './item.js'

/**
 * One line per strict miss: `source:line  missed|spurious  kind  "text"  value`,
 * marked `(lenient match)` when lenient matching pairs it after all.
 */
export function formatMisses(misses: readonly Miss[]): string {
  if (misses.length === 0) return 'no misses\n'
  return `${misses
    .map(({ side, source, item, lenient }) => {
      const value = describeFields(item.fields)
      return [
        `${source}:${item.line}`,
        side.padEnd(8),
        item.fields.kind.padEnd(13),
        ...(item.label ? [JSON.stringify(item.label)] : []),
        ...(value ? [value] : []),
        ...(lenient ? ['(lenient match)'] : [])
      ].join('  ')
    })
    .join('\n')}\n`
}
