import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { reportingDimensions } from '../dimensions/reporting.js'
import { compareText } from '../text/compare.js'
import { configSchema, type Config } from './schema.js'

export const configFileName = 'pipeline.config.ts'

export class ConfigError extends Error {}

/**
 * Validates a config object. A wrong field gets a message naming it:
 * `limits.maxFileBytes: expected number, received string`.
 */
export function parseConfig(input: unknown, origin = configFileName): Config {
  const result = configSchema.safeParse(input)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new ConfigError(`${origin}: invalid config\n${lines.join('\n')}`)
  }
  const known = new Set(reportingDimensions)
  const unknown = result.data.extractors.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new ConfigError(
      `${origin}: invalid config\n  extractors: unknown ${unknown.join(', ')}, expected some of ${[...known].sort().join(', ')}`
    )
  }
  return result.data
}

/** Loads `pipeline.config.ts` from the project root, or the defaults when there is none. */
export async function loadConfig(root: string): Promise<Config> {
  const file = path.join(root, configFileName)
  if (!existsSync(file)) return parseConfig({ extractors: defaultExtractors() }, 'defaults')
  const module = (await import(pathToFileURL(file).href)) as { default?: unknown }
  return parseConfig(module.default, file)
}

/** Every dimension that reports facts. */
export function defaultExtractors(): string[] {
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
