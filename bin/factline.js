#!/usr/bin/env node
// Runs the compiled JavaScript of dist/ (built at `npm ci`). In a checkout, dist/ is rebuilt first
// when src/ changed since it was built, so an edit never runs stale.
import { ensureBuilt } from './build.js'

await ensureBuilt()
await import('../dist/cli.js')
