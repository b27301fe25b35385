import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultExtractors } from '../../src/config/load.js'

export const projectRoot = path.resolve(import.meta.dirname, '../..')

/**
 * A throwaway project folder with a config and the given sources, so a test
 * runs the real commands without touching the repository.
 */
export function tempProject(sources: Record<string, string | Uint8Array>, config: object = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'factline-test-'))
  const full = { extractors: defaultExtractors(), ...config }
  // An ESM project, as factline's own: the config is loaded as a module.
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n')
  writeFileSync(path.join(root, 'pipeline.config.ts'), `export default ${JSON.stringify(full, null, 2)}\n`)
  mkdirSync(path.join(root, 'sources'), { recursive: true })
  for (const [name, content] of Object.entries(sources)) {
    const file = path.join(root, 'sources', name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return root
}
