import { readFileSync } from 'node:fs'

/** factline's version, from its package.json. */
export const toolVersion: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version
