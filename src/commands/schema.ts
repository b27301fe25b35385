import { z } from 'zod'
import { fact, schemaVersion } from '../schema/fact.js'
import { defineCommand } from './command.js'

export const schemaCommand = defineCommand({
  name: 'schema',
  summary: 'print the JSON Schema of a fact record',
  usage: 'factline schema',
  async run(_args, io) {
    const schema = { ...z.toJSONSchema(fact), title: 'factline fact record', version: schemaVersion }
    io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`)
    return 0
  }
})
