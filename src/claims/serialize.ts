import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { inputError } from '../eval/input-error.js'
import type { Claim } from './types.js'

export const claimsFileName = 'claims.jsonl'

/** Claims as JSON lines, in the order `buildClaims` gives: conflicts first. */
export function serializeClaims(claims: readonly Claim[]): string {
  return claims.map((claim) => `${JSON.stringify(claim)}\n`).join('')
}

/** The claims a run wrote to the output folder `out`, or undefined when it wrote none. */
export async function readClaims(out: string): Promise<Claim[] | undefined> {
  let text: string
  try {
    text = await readFile(path.join(out, claimsFileName), 'utf8')
  } catch {
    return undefined
  }
  const file = path.join(out, claimsFileName)
  return text.split('\n').flatMap((line, index) => {
    if (line === '') return []
    try {
      return [JSON.parse(line) as Claim]
    } catch {
      throw inputError(
        file,
        index + 1,
        'Unexpected text that is not JSON, expected one claim a line: run `npx --no-install factline run` again'
      )
    }
  })
}
