import { stat } from 'node:fs/promises'
import type { SourceRoot } from '../run/inputs.js'
import { ConfigError } from './error.js'
import type { Config } from './schema.js'

/**
 * Refuses a key of `referenceDates` that names no source of the run: a typo
 * (`a.txt` for `sources/a.txt`) would otherwise leave that source's relative
 * dates unresolved without a word. A key is a source's path as its records
 * give it (`source`). `origin` names the config's file in the message.
 */
export async function checkReferenceDates(config: Config, roots: readonly SourceRoot[], origin: string): Promise<void> {
  for (const key of Object.keys(config.referenceDates)) {
    if (await namesSource(key, roots)) continue
    const example = roots[0] ? `"${roots[0].prefix}${key.split('/').at(-1)}"` : 'the `source` of its records'
    throw new ConfigError(
      `${origin}: invalid config\n  referenceDates: "${key}" names no source; expected a source's path as its records give it, such as ${example}`
    )
  }
}

async function namesSource(key: string, roots: readonly SourceRoot[]): Promise<boolean> {
  for (const { root, prefix } of roots) {
    if (!key.startsWith(prefix) || key.split('/').includes('..')) continue
    const info = await stat(`${root}/${key.slice(prefix.length)}`).catch(() => undefined)
    if (info?.isFile()) return true
  }
  return false
}
