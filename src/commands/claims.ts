import path from 'node:path'
import { parseArgs } from 'node:util'
import { claimsFileName, readClaims } from '../claims/serialize.js'
import type { Claim } from '../claims/types.js'
import { loadConfig } from '../config/load.js'
import { defineCommand } from './command.js'

export const claimsCommand = defineCommand({
  name: 'claims',
  summary: 'print the claims of the dataset with their sources, conflicts first',
  usage: 'factline claims [--out DIR] [--all] [--json]   (--all: also claims with a single source)',
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: { out: { type: 'string' }, all: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } }
    })
    const out = path.resolve(io.cwd, values.out ?? (await loadConfig(io.cwd)).output)
    const all = await readClaims(out)
    if (all === undefined) {
      io.stderr.write(`claims: no ${claimsFileName} in ${out}; run \`npx --no-install factline run\` first\n`)
      return 2
    }
    const claims = all.filter((claim) => values.all || claim.status !== 'single')
    if (values.json) {
      io.stdout.write(`${JSON.stringify(claims, null, 2)}\n`)
      return 0
    }
    for (const claim of claims) io.stdout.write(`${formatClaim(claim)}\n`)
    const conflicts = claims.filter((claim) => claim.status === 'conflict').length
    io.stderr.write(`claims: ${claims.length} shown, ${conflicts} conflict(s)\n`)
    return 0
  }
})

export function formatClaim(claim: Claim): string {
  const lines = [`${claim.status.toUpperCase()}  ${claim.kind}: ${claim.about}  (${claim.sources.length} source(s))`]
  for (const value of claim.values) {
    lines.push(`  ${String(value.value)}`)
    for (const support of value.support) {
      lines.push(`    ${support.source}:${support.line} [${support.lang}] «${support.quote}»`)
    }
  }
  if (claim.note) lines.push(`  note: ${claim.note}`)
  return lines.join('\n')
}
