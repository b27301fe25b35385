import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { isoDateOrInterval } from '../schema/fact.js'
import { inputError } from './input-error.js'
import { parseJsonLines } from './jsonl.js'
import type { Fields, Item } from './item.js'
import { nameKinds } from './kinds.js'
import { lineLanguage, lineText, locate, type SourceText } from './source.js'

/** Gold files are `<stem>.gold.jsonl`; the stem names the source (`000_x` for `000_x.txt`). */
export const goldSuffix = '.gold.jsonl'

const line = z.number().int().min(1)
/** The exact substring of the line: never blank, never padded. */
const text = z
  .string()
  .min(1)
  .refine((value) => value.trim() === value, 'Unexpected white space around the text, expected the exact substring')
const amount = z.number().finite()
const isoDate = z.string().regex(isoDateOrInterval, 'Unexpected date, expected ISO 8601 as `2024`, `2000-10`, `1972-11-08` or `2013/2014`')
/** Event types are snake_case words; the contract allows more than the schema lists today. */
const eventType = z.string().regex(/^[a-z]+(?:_[a-z]+)*$/u, 'Unexpected event type, expected a snake_case word')

/** One gold annotation, as the corpus README defines it. Unknown fields are refused, so a typo is not silently ignored. */
export const goldItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('money'), line, text, value: amount, unit: z.string().min(1), approx: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('percent'), line, text, value: amount, approx: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('date'), line, text, value: isoDate }).strict(),
  z.object({ kind: z.enum(nameKinds), line, text }).strict(),
  z
    .object({
      kind: z.literal('dated_figure'),
      line,
      value: amount,
      unit: z.string().min(1),
      date: isoDate,
      target: z.boolean().optional()
    })
    .strict(),
  z.object({ kind: z.literal('event'), line, type: eventType, date: isoDate.nullable(), text }).strict()
])
export type GoldItem = z.infer<typeof goldItem>

export interface GoldEntry {
  readonly item: GoldItem
  /** The line of the gold file it was read from, for messages. */
  readonly at: number
}

export interface GoldFile {
  readonly stem: string
  /** The gold file's path as shown in messages. */
  readonly shown: string
  readonly entries: readonly GoldEntry[]
}

/** Reads every `<stem>.gold.jsonl` of a folder, sorted by name; any bad line stops with its file:line. */
export async function readGold(folder: string, shown: string): Promise<GoldFile[]> {
  let names: string[]
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith(goldSuffix)).sort()
  } catch {
    throw inputError(shown, undefined, 'Unexpected missing gold folder, expected a folder of `<stem>.gold.jsonl` files')
  }
  if (names.length === 0) throw inputError(shown, undefined, `Unexpected folder without gold, expected \`<stem>${goldSuffix}\` files`)
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(shown, name)
      return {
        stem: name.slice(0, -goldSuffix.length),
        shown: file,
        entries: parseGold(
          await readFile(path.join(folder, name), 'utf8').catch(() => {
            throw inputError(file, undefined, 'Unexpected folder or unreadable file, expected a gold file of JSON lines')
          }),
          file
        )
      }
    })
  )
}

/** Parses gold JSON lines; blank lines are skipped. */
export function parseGold(content: string, shown: string): GoldEntry[] {
  return parseJsonLines(content, shown, goldItem, 'one JSON object').map(({ value, at }) => ({ item: value, at }))
}

/**
 * A gold entry as an item to match: its line's language and where its text
 * stands on the line. A text that is not on its line is bad gold.
 */
export function goldToItem(entry: GoldEntry, goldShown: string, source: SourceText): Item {
  const { item } = entry
  if (lineText(source, item.line) === undefined) {
    throw inputError(goldShown, entry.at, `Unexpected line ${item.line}, expected a line of ${source.shown} (${source.lines.length} lines)`)
  }
  const spans = 'text' in item ? locate(source, item.line, item.text) : []
  if ('text' in item && spans.length === 0) {
    throw inputError(
      goldShown,
      entry.at,
      `Unexpected text ${JSON.stringify(item.text)}, expected the exact substring of line ${item.line} of ${source.shown}`
    )
  }
  return {
    fields: goldFields(item),
    line: item.line,
    lang: lineLanguage(source, item.line),
    spans,
    label: 'text' in item ? item.text : ''
  }
}

function goldFields(item: GoldItem): Fields {
  switch (item.kind) {
    case 'money':
      return { kind: 'money', value: item.value, unit: item.unit }
    case 'percent':
      return { kind: 'percent', value: item.value }
    case 'date':
      return { kind: 'date', value: item.value }
    case 'dated_figure':
      return { kind: 'dated_figure', value: item.value, unit: item.unit, date: item.date, target: item.target === true }
    case 'event':
      return { kind: 'event', type: item.type, date: item.date }
    default:
      return { kind: item.kind, text: item.text }
  }
}
