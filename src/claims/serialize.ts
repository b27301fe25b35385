import type { Claim } from './types.js'

export const claimsFileName = 'claims.jsonl'

/** Claims as JSON lines, in the order `buildClaims` gives: conflicts first. */
export function serializeClaims(claims: readonly Claim[]): string {
  return claims.map((claim) => `${JSON.stringify(claim)}\n`).join('')
}
