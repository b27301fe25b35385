import { claimsFileName, readClaims, serializeClaims } from '../claims/serialize.js'
import type { Claim } from '../claims/types.js'
import { datasetFolder, defineCommand, parseCommandArgs } from './command.js'

export const claimsCommand = defineCommand({
  name: 'claims',
  usage: [
    'factline claims [-o DIR] [--all] [--json]',
    "  -o, --out DIR  the dataset (default: the config's output)",
    '  --all          also the claims of a single source',
    '  --json         one claim a line, as in claims.jsonl (schema: factline schema --what claims)'
  ].join('\n'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      out: { type: 'string', short: 'o' },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }
    })
    const out = await datasetFolder(io.cwd, values)
    const all = await readClaims(out)
    if (all === undefined) {
      io.stderr.write(`claims: no ${claimsFileName} in ${out}; run \`npx --no-install factline run\` first\n`)
      return 2
    }
    const claims = all.filter((claim) => values.all || claim.status !== 'single')
    if (values.json) {
      io.stdout.write(serializeClaims(claims))
      return 0
    }
    for (const claim of claims) io.stdout.write(`${formatClaim(claim)}\n`)
    const conflicts = claims.filter((claim) => claim.status === 'conflict').length
    if (!values.quiet) io.stderr.write(`claims: ${claims.length} shown, ${conflicts} conflict(s)\n`)
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
