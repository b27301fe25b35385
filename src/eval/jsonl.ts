import type { z } from 'zod'
import { inputError } from './input-error.js'

/**
 * Parses JSON lines against a schema; blank lines are skipped. The first bad
 * line stops with its file:line and, for a schema issue, the field's path.
 */
export function parseJsonLines<T extends z.ZodType>(
  content: string,
  shown: string,
  schema: T,
  expected: string
): Array<{ value: z.infer<T>; at: number }> {
  const parsed: Array<{ value: z.infer<T>; at: number }> = []
  content.split('\n').forEach((raw, index) => {
    const at = index + 1
    if (raw.trim() === '') return
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      throw inputError(shown, at, `Unexpected text that is not JSON, expected ${expected} per line`)
    }
    const result = schema.safeParse(json)
    if (!result.success) {
      const issue = result.error.issues[0]!
      throw inputError(shown, at, `${issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ` : ''}${issue.message}`)
    }
    parsed.push({ value: result.data, at })
  })
  return parsed
}
