import type { Fact } from '../schema/fact.js'

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/**
 * What claims need of a record: all but its span (the line and offset are
 * enough) and rule. Made where the record is made, in the worker, so the
 * batch's main thread never parses the dataset back, and cached with it.
 */
export type ClaimInput = DistributiveOmit<Fact, 'span' | 'rule'> & { readonly line: number; readonly offset: number }

/** The claim input of a record, or undefined for records no claim is made of (a figure with no subject, an unresolved date). */
export function toClaimInput(record: Fact): ClaimInput | undefined {
  if (record.kind === 'figure' && !record.subject) return undefined
  if (record.kind === 'date' && record.value === null) return undefined
  const { span, rule: _rule, ...fields } = record
  return { ...fields, line: span.start.line, offset: span.start.offset }
}
