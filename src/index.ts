/** What a dataset repository imports from factline: the typed config. */
export { defineConfig } from './config/define.js'
export type { ConfigInput as FactlineConfig } from './config/schema.js'
export type { Fact } from './schema/fact.js'
