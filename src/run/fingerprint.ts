import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { schemaVersion } from '../schema/fact.js'
import { toolVersion } from '../version.js'

/**
 * The folder of the code that runs: dist/ when the bin runs the compiled
 * JavaScript (a checkout or an installed package, which has no src/), src/
 * when TypeScript runs from the sources (the tests, the scripts).
 */
const runningCode = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * What the pipeline is: its version, its schema, the bytes of the code that
 * runs and the dependencies it runs with (franc, compromise… as the lockfile
 * of the installed tree resolves them). A change to any rule, list or
 * dependency changes it, so the cache never serves output of another
 * pipeline, even between two releases. The code hashed is the code executed
 * (`code`, dist/ or src/), never a src/ beside a dist/ that may be older:
 * modules, their data and the files they read (.js, .ts, .json), and nothing
 * a run does not load (type declarations, the build's own state), so the
 * quick rebuild of the bin and the full build of `npm ci` give one key.
 */
export function pipelineFingerprint(code = runningCode): string {
  const hash = createHash('sha256').update(`${toolVersion}\u0000${schemaVersion}\u0000`)
  const files = readdirSync(code, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:ts|js|json)$/u.test(name) && !name.endsWith('.d.ts'))
    .sort()
  for (const name of files)
    hash
      .update(name.split(path.sep).join('/'))
      .update('\u0000')
      .update(readFileSync(path.join(code, name)))
  hash.update('\u0000dependencies\u0000').update(runtimeDependencies(path.dirname(code)))
  return hash.digest('hex').slice(0, 16)
}

interface LockedPackage {
  readonly version?: string
  readonly resolved?: string
  readonly integrity?: string
  readonly dev?: boolean
}

/**
 * The packages the pipeline runs with, one `path@version#integrity` a line,
 * sorted: from the lockfile npm keeps of what it installed
 * (`node_modules/.package-lock.json`, nearest first, as Node finds
 * packages), else from `package-lock.json`. Development tools are left out:
 * they do not shape the output.
 */
function runtimeDependencies(root: string): string {
  const lockfile = installedLockfile(root) ?? path.join(root, 'package-lock.json')
  let packages: Record<string, LockedPackage>
  try {
    packages = (JSON.parse(readFileSync(lockfile, 'utf8')) as { packages?: Record<string, LockedPackage> }).packages ?? {}
  } catch {
    return ''
  }
  return Object.entries(packages)
    .filter(([name, locked]) => name !== '' && locked.dev !== true)
    .map(([name, locked]) => `${name}@${locked.version ?? ''}#${locked.integrity ?? locked.resolved ?? ''}`)
    .sort()
    .join('\n')
}

function installedLockfile(root: string): string | undefined {
  for (let folder = root; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'node_modules', '.package-lock.json')
    if (existsSync(candidate)) return candidate
    if (path.dirname(folder) === folder) return undefined
  }
}
