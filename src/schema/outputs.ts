import { z } from 'zod'
import { claimStatuses } from '../claims/types.js'
import { langs } from '../lang.js'
import { factKinds, qualifiers } from './vocabulary.js'

/**
 * The JSON Schemas of the dataset's other files, `manifest.json` and
 * `claims.jsonl` (`factline schema --what manifest|claims`). The code writes
 * them from its own types; tests/schema.test.ts validates the committed
 * dataset against these, so the two cannot drift apart.
 */

const message = z
  .object({
    ruleId: z.string().describe('`stage/code`, as listed in the README'),
    source: z.string(),
    reason: z.string(),
    place: z.string().describe('`line:column` or `line:column-line:column`, empty when the message is about the whole file'),
    fatal: z.boolean()
  })
  .strict()

export const manifestSchema = z
  .object({
    tool: z.object({ name: z.literal('factline'), version: z.string() }).strict(),
    schemaVersion: z.string().describe('version of the record schema'),
    configHash: z.string().describe('hash of the config as it acts on extraction'),
    sources: z.array(
      z
        .object({
          path: z.string().describe('the `source` of its records'),
          output: z
            .string()
            .nullable()
            .describe('its records file, relative to the dataset folder; null when it was skipped. A run deletes only outputs listed here'),
          sha256: z.string(),
          bytes: z.number().int().min(0),
          language: z.enum(langs).nullable(),
          skipped: z.boolean().describe('a fatal problem: nothing of the source is in the dataset'),
          facts: z.object(Object.fromEntries(factKinds.map((kind) => [kind, z.number().int().min(0)]))).strict(),
          problems: z.array(message)
        })
        .strict()
    )
  })
  .strict()

const support = z
  .object({ source: z.string(), id: z.string(), line: z.number().int().min(1), quote: z.string(), lang: z.enum(langs) })
  .strict()

/** One line of `claims.jsonl`. */
export const claimSchema = z
  .object({
    id: z.string(),
    kind: z.enum(factKinds),
    about: z.string().describe('what the claim is about, for people; the fields after it say the same for programs'),
    type: z.string().optional(),
    unit: z.string().optional(),
    qualifier: z.enum(qualifiers).optional(),
    subject: z.string().optional().describe("a figure's subject, normalized across sources and languages"),
    period: z.string().nullable().optional().describe('the ISO date or interval the claim holds for; null when unknown'),
    name: z.string().optional().describe("an entity's canonical name"),
    participants: z.array(z.string()).optional().describe("an event's parties, by name, sorted"),
    status: z.enum(claimStatuses),
    values: z.array(z.object({ value: z.union([z.number(), z.string(), z.null()]), support: z.array(support) }).strict()),
    note: z.string().optional(),
    sources: z.array(z.string())
  })
  .strict()
