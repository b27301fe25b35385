import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { schemaVersion } from '../schema/fact.js'
import { toolVersion } from '../version.js'

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * What the pipeline is: its version, its schema and the bytes of its code.
 * A change to any rule or list changes it, so the cache never serves output
 * of an older pipeline, even between two releases.
 */
export function pipelineFingerprint(): string {
  const hash = createHash('sha256').update(`${toolVersion}\u0000${schemaVersion}\u0000`)
  const files = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:ts|js|json)$/u.test(name))
    .sort()
  for (const name of files)
    hash
      .update(name)
      .update('\u0000')
      .update(readFileSync(path.join(sourceRoot, name)))
  return hash.digest('hex').slice(0, 16)
}
