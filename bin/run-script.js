#!/usr/bin/env node
// Runs one TypeScript script of `scripts/` (npm run peer, npm run bench) without a build step.
import { register } from 'tsx/esm/api'
import { pathToFileURL } from 'node:url'
import path from 'node:path'

register()
const [script, ...rest] = process.argv.slice(2)
if (!script) {
  console.error('usage: run-script.js SCRIPT.ts [args...]')
  process.exit(2)
}
process.argv = [process.argv[0], script, ...rest]
await import(pathToFileURL(path.resolve(script)).href)
