/**
 * A TypeScript config compiled without loader hooks: the files of the project
 * it imports compiled in, packages and Node's own modules imported as from
 * its folder, its folder and file as its own, in either module system; the
 * compilation kept in node_modules/.cache while the files it read are
 * unchanged, and nothing written where there is no node_modules.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { loadProject } from '../src/config/load.js'
import { projectRoot } from './helpers/project.js'

const work = mkdtempSync(path.join(tmpdir(), 'factline-config-ts-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function folder(name: string, files: Record<string, string>): string {
  const root = path.join(work, name)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  return root
}

const esmConfig = [
  "import { sep } from 'node:path'",
  "import { output } from './settings/output.js'",
  "export default { output: `${output}${sep}${import.meta.dirname === __dirname ? 'here' : 'elsewhere'}`, dateReading: 'next' }",
  ''
].join('\n')

describe('a TypeScript config', () => {
  test('should load with the files it imports, as from its own folder, and be compiled again when one of them changes', async () => {
    const root = folder('cached', {
      'package.json': '{ "type": "module" }\n',
      'node_modules/.keep': '',
      'pipeline.config.ts': esmConfig,
      'settings/output.ts': "export const output: string = 'data'\n"
    })
    expect((await loadProject(root)).config).toMatchObject({ output: `data${path.sep}here`, dateReading: 'next' })
    const cache = path.join(root, 'node_modules', '.cache', 'factline')
    expect(readdirSync(cache)).toHaveLength(1)
    // Served by the cache, which holds only while the files it read are unchanged.
    expect((await loadProject(root)).config.output).toBe(`data${path.sep}here`)
    writeFileSync(path.join(root, 'settings', 'output.ts'), "export const output: string = 'dataset'\n")
    expect((await loadProject(root)).config.output).toBe(`dataset${path.sep}here`)
    expect(readdirSync(cache)).toHaveLength(1)
  })

  test('should leave nothing behind in a folder without node_modules', async () => {
    const root = folder('uncached', { 'pipeline.config.ts': esmConfig, 'settings/output.ts': "export const output = 'data'\n" })
    expect((await loadProject(root)).config.output).toBe(`data${path.sep}here`)
    expect(readdirSync(root).sort()).toEqual(['pipeline.config.ts', 'settings'])
  })

  test('should load a CommonJS config with require, __dirname and module.exports', async () => {
    const root = folder('commonjs', {
      'pipeline.config.cts': "const path = require('node:path')\nmodule.exports = { output: path.join(__dirname, 'data') }\n"
    })
    expect((await loadProject(root)).config.output).toBe(path.join(root, 'data'))
  })

  test('should import a package from the node_modules of its folder', async () => {
    const root = folder('package', {
      'node_modules/settings-package/package.json': '{ "name": "settings-package", "exports": { "import": "./index.mjs" } }\n',
      'node_modules/settings-package/index.mjs': "export const output = 'from-package'\n",
      'pipeline.config.ts': "import { output } from 'settings-package'\nexport default { output }\n"
    })
    expect((await loadProject(root)).config.output).toBe('from-package')
  })

  test('should say which file and line does not compile', async () => {
    const root = folder('broken', { 'pipeline.config.ts': "export default { output: 'data',, }\n" })
    await expect(loadProject(root)).rejects.toThrow(/pipeline\.config\.ts: cannot be loaded: .*pipeline\.config\.ts:1:\d+/u)
  })
})

describe("the build's snapshot of compromise's lexicon", () => {
  test('should be the lexicon of the compromise installed', () => {
    const snapshot = JSON.parse(
      readFileSync(path.join(projectRoot, 'dist', 'dimensions', 'entity', 'en', 'compromise-lexicon.json'), 'utf8')
    ) as {
      compromise: string
      lexicon: Record<string, string>
    }
    const nlp = createRequire(import.meta.url)('compromise') as {
      model: () => { one: { lexicon: Record<string, string> } }
      version: string
    }
    expect(snapshot.compromise).toBe(nlp.version)
    expect(snapshot.lexicon).toEqual(nlp.model().one.lexicon)
  })
})
