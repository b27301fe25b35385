import type { ConfigInput } from './schema.js'

/** Types `pipeline.config.ts`; validation happens when it is loaded. */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config
}
