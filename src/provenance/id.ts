import { createHash } from 'node:crypto'

/**
 * A record id from what the record says, not from where it stands: its source,
 * kind, type, quote and the rank of that quote among records alike in the
 * file. An edit elsewhere in the file leaves the id as it was, so a diff
 * between two runs can pair the records.
 */
export function factId(source: string, kind: string, type: string, quote: string, rank: number): string {
  return createHash('sha256')
    .update([source, kind, type, quote.normalize('NFC'), String(rank)].join('\u0000'))
    .digest('hex')
    .slice(0, 16)
}
