import { z } from 'zod'
import { claimSchema, manifestSchema } from '../schema/outputs.js'
import { fact, schemaVersion } from '../schema/fact.js'
import { defineCommand, parseCommandArgs, ArgumentError } from './command.js'

const schemas = {
  record: () => ({ ...z.toJSONSchema(fact), title: 'factline fact record' }),
  manifest: () => ({ ...z.toJSONSchema(manifestSchema), title: 'factline manifest.json' }),
  claims: () => ({ ...z.toJSONSchema(claimSchema), title: 'factline claim (one line of claims.jsonl)' })
} as const

export const schemaCommand = defineCommand({
  name: 'schema',
  usage:
    'factline schema [--what record|manifest|claims]   the JSON Schema of a record (default), of manifest.json or of a line of claims.jsonl',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { what: { type: 'string', default: 'record' } })
    const what = Object.keys(schemas).find((name) => name === values.what) as keyof typeof schemas | undefined
    if (!what) throw new ArgumentError(`expected --what record, manifest or claims, found ${values.what}`)
    io.stdout.write(`${JSON.stringify({ ...schemas[what](), version: schemaVersion }, null, 2)}\n`)
    return 0
  }
})
