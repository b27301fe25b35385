import { z } from 'zod'
import { fact } from '../schema/fact.js'

/** A column of a table: its name and DuckDB type, and whether it is a field that holds a number or a text (`value`). */
export interface Column {
  readonly name: string
  readonly type: string
  /** Read as JSON, then written as two columns: the text (`name`) and, when it is a number, the number (`name_number`). */
  readonly mixed: boolean
}

export interface JsonSchema {
  /** One type, or several (a field that may be null: `['string', 'null']`). */
  readonly type?: string | readonly string[]
  readonly properties?: Record<string, JsonSchema>
  readonly items?: JsonSchema
  readonly anyOf?: readonly JsonSchema[]
  readonly oneOf?: readonly JsonSchema[]
}

/**
 * The columns of the records table: every field of the record's JSON Schema,
 * in the order the kinds first give them, typed as the schema types it
 * (objects as structs, arrays as lists, a field that may be null as its
 * other type). A field that is a number in one kind and a text in another
 * (a figure's `value` and a date's) is `mixed`.
 */
export function recordColumns(): Column[] {
  const schema = z.toJSONSchema(fact) as JsonSchema
  const columns = new Map<string, Column>()
  for (const kind of schema.oneOf ?? []) {
    for (const [name, property] of Object.entries(kind.properties ?? {})) {
      const type = duckdbType(property)
      const known = columns.get(name)
      if (!known) columns.set(name, { name, type, mixed: false })
      else if (known.type !== type) {
        if (![known.type, type].every((one) => ['VARCHAR', 'DOUBLE', 'BIGINT'].includes(one)))
          throw new Error(`records: the field ${name} is ${known.type} in one kind and ${type} in another; no column holds both`)
        columns.set(name, { name, type: 'JSON', mixed: true })
      }
    }
  }
  return [...columns.values()]
}

/** The columns of a table of the objects of `schema` (a claim): its fields, typed as `duckdbType` types them. */
export function schemaColumns(schema: JsonSchema): Column[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const type = duckdbType(property)
    return { name, type, mixed: type === 'JSON' }
  })
}

/** Types a value of JSON may take that one JSON column holds, read back as its text and its number (`mixedValue`). */
const scalarTypes = ['string', 'number', 'integer']

/**
 * The DuckDB type of a JSON Schema node: a field that may be null as its
 * other type, a choice of a number and a text (a claim's value) as JSON.
 */
export function duckdbType(node: JsonSchema): string {
  const present = node.anyOf?.filter((option) => option.type !== 'null')
  if (present) {
    if (present.length === 1) return duckdbType(present[0]!)
    if (present.every((option) => typeof option.type === 'string' && scalarTypes.includes(option.type))) return 'JSON'
    throw new Error(`export: no column type for a choice of ${present.length} types`)
  }
  if (node.type !== undefined && typeof node.type !== 'string')
    return duckdbType({ ...node, anyOf: node.type.map((type) => ({ type })), type: undefined })
  switch (node.type) {
    case 'string':
      return 'VARCHAR'
    case 'integer':
      return 'BIGINT'
    case 'number':
      return 'DOUBLE'
    case 'boolean':
      return 'BOOLEAN'
    case 'array':
      return `${duckdbType(node.items ?? {})}[]`
    case 'object':
      return `STRUCT(${Object.entries(node.properties ?? {})
        .map(([name, property]) => `"${name}" ${duckdbType(property)}`)
        .join(', ')})`
    default:
      throw new Error(`export: no column type for JSON Schema type ${String(node.type)}`)
  }
}

/** What a mixed field holding `json` becomes: its text (a number as JSON writes it), and its number when it is one. */
export function mixedValue(json: string): { readonly text: string; readonly number: string } {
  return {
    text: `CASE json_type(${json}) WHEN 'VARCHAR' THEN ${json} ->> '$' WHEN 'NULL' THEN NULL ELSE CAST(${json} AS VARCHAR) END`,
    number: `CASE WHEN json_type(${json}) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(${json} AS DOUBLE) END`
  }
}

/** The columns of a table written from `columns` read as JSON: a mixed one as its text and its number, one of `made` as the expression given. */
export function selectColumns(columns: readonly Column[], made: Readonly<Record<string, string>> = {}): string {
  return columns
    .map(({ name, mixed }) => {
      if (made[name] !== undefined) return `${made[name]} AS "${name}"`
      if (!mixed) return `"${name}"`
      const value = mixedValue(`"${name}"`)
      return `${value.text} AS "${name}", ${value.number} AS "${name}_number"`
    })
    .join(', ')
}

/** The `columns` argument of DuckDB's `read_json`. */
export function jsonColumns(columns: readonly Column[]): string {
  return `{${columns.map(({ name, type }) => `"${name}": '${type}'`).join(', ')}}`
}
