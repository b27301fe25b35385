import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { reportingDimensions, type ReportingDimension } from '../dimensions/reporting.js'
import { importModule } from '../io/import-module.js'
import { compareText } from '../text/compare.js'
import { ConfigError } from './error.js'
import { configSchema, type Config } from './schema.js'

export { ConfigError }

/** The names a config may have, in the order they are looked for in a folder: TypeScript or JavaScript, either module system. */
export const configFileNames = [
  'pipeline.config.ts',
  'pipeline.config.mts',
  'pipeline.config.cts',
  'pipeline.config.js',
  'pipeline.config.mjs',
  'pipeline.config.cjs'
] as const

export const configFileName = configFileNames[0]

/** A dataset project: the folder its config lies in (the folders it names are relative to it) and the config. */
export interface Project {
  readonly root: string
  readonly config: Config
  /** The config's file; undefined when none was found and the defaults apply. */
  readonly file: string | undefined
}

/**
 * Validates a config object. A wrong field gets a message naming it:
 * `limits.maxFileBytes: expected number, received string`.
 */
export function parseConfig(input: unknown, origin: string = configFileName): Config {
  const result = configSchema.safeParse(input)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new ConfigError(`${origin}: invalid config\n${lines.join('\n')}`)
  }
  return result.data
}

/**
 * The project of `cwd`: the config given (`--config FILE`), else the first
 * `pipeline.config.*` found in `cwd` or a folder above it, as eslint and
 * vitest find theirs; else the defaults, with `cwd` as the root.
 */
export async function loadProject(cwd: string, configFile?: string): Promise<Project> {
  const file = configFile === undefined ? findConfig(cwd) : path.resolve(cwd, configFile)
  if (file === undefined) return { root: cwd, config: parseConfig({}, 'defaults'), file }
  if (!existsSync(file)) throw new ConfigError(`${configFile}: no such config file`)
  return { root: path.dirname(file), config: parseConfig(await importConfig(file), file), file }
}

/** The config of the project `cwd` belongs to (see `loadProject`). */
export async function loadConfig(cwd: string): Promise<Config> {
  return (await loadProject(cwd)).config
}

function findConfig(from: string): string | undefined {
  for (let folder = path.resolve(from); ; folder = path.dirname(folder)) {
    const found = configFileNames.map((name) => path.join(folder, name)).find((file) => existsSync(file))
    if (found) return found
    if (path.dirname(folder) === folder) return undefined
  }
}

/**
 * The config's default export. JavaScript is imported as it is; TypeScript
 * compiled first (see `importTypeScript`), with nothing left in the temporary folder.
 */
async function importConfig(file: string): Promise<unknown> {
  let module: { default?: unknown }
  try {
    module = (
      /\.[mc]?ts$/u.test(file)
        ? await (await import('./typescript.js')).importTypeScript(file)
        : await importModule(pathToFileURL(file).href)
    ) as { default?: unknown }
  } catch (error) {
    // A syntax error, or code of the config that throws: the config's fault, said in one line.
    const said = (error instanceof Error ? error.message : String(error))
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ')
    throw new ConfigError(`${file}: cannot be loaded: ${said}; fix the file`)
  }
  return unwrapDefault(module.default)
}

/** A CommonJS config compiled from `export default` arrives as `{ default }` inside the module's default. */
function unwrapDefault(value: unknown): unknown {
  const inner = value as { __esModule?: boolean; default?: unknown } | undefined
  return inner && typeof inner === 'object' && inner.__esModule === true && 'default' in inner ? inner.default : value
}

/** Every dimension that reports facts. */
export function defaultExtractors(): ReportingDimension[] {
  return [...reportingDimensions]
}

/** Hash of the config as it acts on extraction: any change reruns every source. */
export function configHash(config: Config): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex').slice(0, 16)
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => compareText(a, b))
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
