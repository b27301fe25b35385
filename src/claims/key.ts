/**
 * What makes facts one claim, part by part: facts with equal keys are one
 * claim. A figure's `about` holds its type, unit, qualifier, subject and
 * period; an event's its type, parties and (unless the type happens once
 * between them) date. An undated event that may happen again stands `alone`:
 * two mentions of it cannot be told to be one happening.
 */
export type ClaimKey =
  | { readonly kind: 'figure'; readonly about: string }
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'entity'; readonly type: string; readonly name: string }
  | { readonly kind: 'event'; readonly about: string; readonly alone?: { readonly source: string; readonly id: string } }

/**
 * The key as one text, to group, sort and hash (the claim's id is a hash of
 * it, so this text is part of the dataset): its parts in order, joined by
 * U+0000, which no part of a record holds.
 */
export function keyText(key: ClaimKey): string {
  return partsOf(key).join('\u0000')
}

function partsOf(key: ClaimKey): readonly string[] {
  switch (key.kind) {
    case 'figure':
      return [key.kind, key.about]
    case 'date':
      return [key.kind, key.value]
    case 'entity':
      return [key.kind, key.type, key.name]
    case 'event':
      return [key.kind, key.about, ...(key.alone ? [key.alone.source, key.alone.id] : [])]
  }
}
