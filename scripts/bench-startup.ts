/**
 * How long `factline` takes to start and answer, as a person runs it: each
 * command spawned `--runs` times (default 10) through the bin, from the
 * project's root (its config is TypeScript, loaded as a user's would be).
 * Prints the fastest and the median wall time, the median CPU time of the
 * process (all its threads, and the child process `extract` runs in when it
 * starts from the startup snapshot) and the load average around the runs:
 * other work on the machine only ever adds wall time. Each sentence is
 * extracted from the snapshot and without it (FACTLINE_SNAPSHOT=off), one run
 * of each in turn, so that the load weighs on both alike. `--json FILE`
 * writes the figures.
 *
 *   npm run bench:startup [-- --runs N] [--json FILE]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
// @ts-expect-error: the bin's scripts are plain JavaScript, with no types.
import { usableSnapshot } from '../bin/snapshot.js'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, json: { type: 'string' } } })
const runs = Math.max(1, Number(values.runs))
const projectRoot = path.resolve(import.meta.dirname, '..')
const bin = path.join(projectRoot, 'bin', 'factline.js')
const preload = path.join(projectRoot, 'scripts', 'bench', 'exit-usage.mjs')
const work = mkdtempSync(path.join(tmpdir(), 'factline-startup-'))

interface Case {
  readonly name: string
  /** The script Node runs: the bin by default; a bare Node start is the reference every figure includes. */
  readonly script?: string
  readonly args: readonly string[]
  readonly stdin?: string
  /** The most wall time it may take, in seconds: the target of issue-free use. */
  readonly target?: number
  readonly env?: Readonly<Record<string, string>>
}

const bare = path.join(projectRoot, 'scripts', 'bench', 'bare.mjs')

const sentences: readonly Case[] = [
  { name: 'a bare Node start (reference)', script: bare, args: [] },
  { name: '--version', args: ['--version'], target: 0.2 },
  { name: '--help', args: ['--help'], target: 0.2 },
  { name: 'schema', args: ['schema'] }
]

const extractions: readonly Case[] = [
  {
    name: 'extract, one English sentence',
    args: ['extract'],
    stdin: 'Exports rose 12% to $850 million in 2024.\n',
    target: 0.5
  },
  {
    name: 'extract, one Vietnamese sentence',
    args: ['extract'],
    stdin: 'Năm 2024, kim ngạch thương mại đạt 850 triệu USD, tăng 20,5%.\n',
    target: 0.5
  },
  {
    name: 'extract, one English sentence with names',
    args: ['extract'],
    stdin: 'Vietnam exported $850 million of rice to the Philippines in 2024, minister Nguyen Hong Dien said.\n',
    target: 0.5
  }
]

const cases: readonly Case[] = [
  ...sentences,
  ...extractions.flatMap((command) => [
    command,
    { ...command, name: `${command.name}, without the snapshot`, env: { FACTLINE_SNAPSHOT: 'off' }, target: undefined }
  ]),
  { name: 'run, served by the cache', args: ['run', '--quiet'] }
]

interface Measured {
  readonly wall: number
  readonly cpu: number
}

function once(command: Case): Measured {
  const usageFile = path.join(work, 'usage.json')
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--import', preload, command.script ?? bin, ...command.args], {
    cwd: projectRoot,
    input: command.stdin ?? '',
    env: { ...process.env, ...command.env, FACTLINE_USAGE_FILE: usageFile },
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`factline ${command.args.join(' ')} exited ${result.status}: ${result.stderr}`)
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuSeconds: number }
  return { wall, cpu: usage.cpuSeconds }
}

/** The blob `extract` starts from, with its size, or why there is none: the rows without it then measure the same. */
function snapshotInUse(): string {
  const blob = (usableSnapshot as (dist: string) => string | undefined)(path.join(projectRoot, 'dist'))
  if (blob === undefined) return 'none (missing, or made from other code; `npm run build` makes it)'
  return `${path.relative(projectRoot, blob)}, ${(statSync(blob).size / 1e6).toFixed(1)} MB`
}

const median = (numbers: readonly number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

try {
  // One run first, so the build is fresh and the files are in the page cache, as for a person's second command.
  for (const command of cases) once(command)
  const loadBefore = loadavg()
  // Round after round of every command, so that a change of load weighs on all of them alike.
  const rounds = Array.from({ length: runs }, () => cases.map((command) => once(command)))
  const results = cases.map((command, index) => {
    const measured = rounds.map((round) => round[index]!)
    const walls = measured.map((run) => run.wall)
    return {
      name: command.name,
      fastest: Math.min(...walls),
      median: median(walls),
      cpu: median(measured.map((run) => run.cpu)),
      target: command.target
    }
  })
  const loadAfter = loadavg()
  const seconds = (value: number) => `${value.toFixed(3)} s`
  const lines = [
    `factline start-up, ${runs} runs each (${availableParallelism()} cores, Node ${process.versions.node}); load average ${loadBefore[0]!.toFixed(2)} before, ${loadAfter[0]!.toFixed(2)} after`,
    `startup snapshot of extract: ${snapshotInUse()}`,
    `${'command'.padEnd(62)} ${'fastest'.padStart(9)} ${'median'.padStart(9)} ${'CPU'.padStart(9)}  target`,
    ...results.map(
      (result) =>
        `${result.name.padEnd(62)} ${seconds(result.fastest).padStart(9)} ${seconds(result.median).padStart(9)} ${seconds(result.cpu).padStart(9)}  ${
          result.target === undefined
            ? ''
            : `<= ${result.target} s: ${result.median <= result.target ? 'met' : result.fastest <= result.target ? 'met by the fastest' : 'not met'}`
        }`
    )
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
  if (values.json)
    writeFileSync(values.json, `${JSON.stringify({ runs, load: { before: loadBefore, after: loadAfter }, results }, null, 2)}\n`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
