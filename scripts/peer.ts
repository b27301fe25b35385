/**
 * Scores factline on the peer corpora (Duckling's tests as JSON): for each
 * file that has a checker, the pass rate of its cases and negatives.
 * Latent cases and cases of a regional locale are reported apart, not scored.
 *
 *   npm run peer [-- --json FILE] [--failures] [--dir DIR]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { checkers, type Checker, type PeerCase, type PeerFile } from './peer/checkers.js'

interface Tally {
  passed: number
  total: number
}

interface FileReport {
  file: string
  checked: boolean
  cases: Tally
  negatives: Tally
  regional: Tally
  latent: number
  failures: { text: string; line?: number; expected: unknown; got: unknown }[]
}

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}
const showFailures = args.includes('--failures')
const directory = option('--dir') ?? findPeerDirectory()

const reports = readdirSync(directory)
  .filter((name) => name.endsWith('.json') && name !== 'index.json')
  .sort()
  .flatMap((name) => {
    const file = JSON.parse(readFileSync(path.join(directory, name), 'utf8')) as PeerFile
    const mine = checkers.filter((checker) => checker.file === name)
    return mine.length === 0 ? [score(name, file, undefined)] : mine.map((checker) => score(checker.label ?? name, file, checker))
  })

console.log(table(reports))
if (showFailures) {
  for (const report of reports) {
    for (const failure of report.failures) console.log(`${report.file}:${failure.line ?? '?'}\t${JSON.stringify(failure)}`)
  }
}
const jsonPath = option('--json')
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(reports, null, 2)}\n`)

function findPeerDirectory(): string {
  const candidates = ['/work/shared/peer/duckling', path.resolve(process.cwd(), '../shared/peer/duckling')]
  const found = candidates.find((candidate) => existsSync(candidate))
  if (!found) throw new Error(`Unexpected missing peer corpora, expected one of ${candidates.join(', ')} (or --dir DIR)`)
  return found
}

function score(name: string, file: PeerFile, checker: Checker | undefined): FileReport {
  const report: FileReport = {
    file: name,
    checked: checker !== undefined,
    cases: { passed: 0, total: 0 },
    negatives: { passed: 0, total: 0 },
    regional: { passed: 0, total: 0 },
    latent: 0,
    failures: []
  }
  if (!checker) return report
  const isRegional = (kase: Omit<PeerCase, 'expected'>) => kase.locale !== undefined && kase.locale !== file.locale
  for (const kase of file.cases) {
    if (kase.latent) {
      report.latent++
      continue
    }
    const verdict = checker.check(kase, file)
    const tally = isRegional(kase) ? report.regional : report.cases
    tally.total++
    if (verdict.pass) tally.passed++
    else if (tally === report.cases) report.failures.push({ text: kase.text, line: kase.line, expected: kase.expected, got: verdict.got })
  }
  for (const negative of file.negatives) {
    if (isRegional(negative)) continue
    const verdict = checker.check({ ...negative, expected: null }, file)
    report.negatives.total++
    if (verdict.pass) report.negatives.passed++
    else report.failures.push({ text: negative.text, line: negative.line, expected: null, got: verdict.got })
  }
  return report
}

function table(rows: readonly FileReport[]): string {
  const header = ['file', 'rate', 'cases', 'negatives', 'latent (skipped)', 'regional (apart)']
  const lines = rows.map((row) => {
    if (!row.checked) return [row.file, 'no checker', '', '', '', '']
    const passed = row.cases.passed + row.negatives.passed
    const total = row.cases.total + row.negatives.total
    return [row.file, percent(passed, total), ratio(row.cases), ratio(row.negatives), String(row.latent), ratio(row.regional)]
  })
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => line[column]!.length)))
  return [header, ...lines]
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

function ratio(tally: Tally): string {
  return `${tally.passed}/${tally.total}`
}

function percent(passed: number, total: number): string {
  return total === 0 ? '-' : `${((100 * passed) / total).toFixed(1)}%`
}
