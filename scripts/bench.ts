/**
 * `npm run bench [-- --size MB] [--from DIR] [--json FILE] [--rounds N] [--memory-only]`:
 * repeats real articles (`../shared/corpus/dev/articles` by default) to a
 * corpus outside the repository, then measures in one run the pipeline's
 * throughput per language, in MB per CPU second (the machine is shared:
 * other work inflates wall time, not the CPU time a run takes) with the wall
 * time beside it; the parts alone and the libraries a user would call
 * instead (compromise, Recognizers-Text, chrono-node) as anchors, peak
 * memory, a no-op rerun served by the cache, and the speed-up of two workers
 * over one, with the CPU time of the thread that extracts apart from the
 * rest. Two bounds come with them: the floor of a language, what parsing its
 * sources and handling the records a run found cost alone, and the most two
 * workers can gain with the CPU one worker uses. Each timed run is made
 * `--rounds` times (default 2), the rounds taking every run in turn, and the
 * fastest kept: other work on the machine only ever adds time, and the runs
 * of one worker vary the most.
 * `--memory-only` runs two workers once and the rerun: the check that memory
 * does not grow with a corpus too large to time all of.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { defaultCacheName } from '../src/run/cache-folder.js'
import { langs, type Lang } from '../src/lang.js'
import { anchors, measureAnchor } from './bench/anchors.js'
import { recordsFloor } from './bench/floor.js'
import { generateCorpus } from './bench/corpus.js'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '20' },
    from: { type: 'string', default: '../shared/corpus/dev/articles' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '2' },
    'memory-only': { type: 'boolean', default: false }
  }
})
const projectRoot = process.cwd()
// The timed runs run dist/ (scripts/bench/run-once.mjs): the bin rebuilds it first when the sources changed.
execFileSync(process.execPath, ['bin/factline.js', '--version'], { cwd: projectRoot, stdio: 'ignore' })
const work = mkdtempSync(path.join(tmpdir(), 'factline-bench-'))
const corpus = generateCorpus(path.resolve(values.from), path.join(work, 'corpus'), Number(values.size))
const mb = (bytes: number) => bytes / 1024 / 1024

interface Run {
  readonly seconds: number
  /** CPU time of the whole process, all threads. */
  readonly cpuSeconds: number
  /** CPU time of its main thread alone, where the system tells it. */
  readonly mainThreadCpuSeconds?: number
  readonly maxRssMB: number
}

/** One run into `out` (a new folder by default): a rerun into the folder of a run before it changes nothing there. */
function runOnce(folder: string, workers: number, cache?: string, out = mkdtempSync(path.join(work, 'out-'))): Run {
  const args = ['scripts/bench/run-once.mjs', folder, out, String(workers), ...(cache ? [cache] : [])]
  return JSON.parse(execFileSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1 << 26 })) as Run
}

const smallBatchSize = 5
const rounds = values['memory-only'] ? 1 : Math.max(1, Number(values.rounds))
let peak = 0

/** What is timed: each language with one worker, and the whole corpus with two. */
type Kind = Lang | 'both'
const serialKinds: readonly Lang[] = values['memory-only'] ? [] : langs
const kinds: readonly Kind[] = [...serialKinds, 'both']
const folderOf = (kind: Kind) => (kind === 'both' ? path.join(work, 'corpus') : corpus.folders[kind])
const workersOf = (kind: Kind) => (kind === 'both' ? 2 : 1)
type TimedRun = Run & { readonly cache: string; readonly out: string }

function rate(bytes: number, documents: number, run: { readonly seconds: number; readonly cpuSeconds: number }) {
  return {
    mbPerCpuSecond: mb(bytes) / run.cpuSeconds,
    mbPerSecond: mb(bytes) / run.seconds,
    documentsPerCpuSecond: documents / run.cpuSeconds
  }
}

interface AnchorSpeed {
  readonly mbPerCpuSecond: number
  readonly mbPerSecond: number
  readonly megabytes: number
}

/** The anchors that read a language, over its text, each its speed alone. */
function anchorSpeeds(lang: Lang): Record<string, AnchorSpeed> {
  return Object.fromEntries(
    Object.entries(anchors)
      .filter(([, anchor]) => anchor.langs.includes(lang))
      .map(([name, anchor]) => {
        const timed = measureAnchor(anchor, corpus.folders[lang])
        return [
          name,
          { mbPerCpuSecond: mb(timed.bytes) / timed.cpuSeconds, mbPerSecond: mb(timed.bytes) / timed.seconds, megabytes: mb(timed.bytes) }
        ]
      })
  )
}

// Other processes on the machine take cores from the workers: the speed-up means something only with the load it was measured at.
const loadBefore = loadavg()[0]!
/**
 * The fastest run of each kind, each run with a cache and an output folder
 * of its own (the one-worker runs write the entries the two-worker run
 * writes). Each round times every kind in turn, and the anchors of a
 * language follow its first run: the machine's speed drifts by a fifth within
 * an hour, and this way a drift weighs on one worker and on two alike, and on
 * factline and its anchors alike.
 */
const fastest = new Map<Kind, TimedRun>()
const anchorSpeed = new Map<Lang, Record<string, AnchorSpeed>>()
for (let round = 0; round < rounds; round++) {
  for (const kind of kinds) {
    const cache = path.join(work, `${defaultCacheName}-${kind}-${round}`)
    const out = mkdtempSync(path.join(work, 'out-'))
    const run = { ...runOnce(folderOf(kind), workersOf(kind), cache, out), cache, out }
    peak = Math.max(peak, run.maxRssMB)
    // The least CPU for a language (its throughput per core), the least time for two workers (their speed-up).
    const best = fastest.get(kind)
    const cost = (timed: Run) => (kind === 'both' ? timed.seconds : timed.cpuSeconds)
    if (!best || cost(run) < cost(best)) fastest.set(kind, run)
    if (round === 0 && kind !== 'both') anchorSpeed.set(kind, anchorSpeeds(kind))
  }
}

const results: Record<string, unknown> = {
  corpus: { megabytes: { en: mb(corpus.bytes.en), vi: mb(corpus.bytes.vi) }, documents: corpus.documents }
}
const lines: string[] = [
  `corpus: ${work}/corpus  en ${mb(corpus.bytes.en).toFixed(1)} MB / ${corpus.documents.en} docs, vi ${mb(corpus.bytes.vi).toFixed(1)} MB / ${corpus.documents.vi} docs`
]
lines.push(
  `timed runs: the fastest of ${rounds}, taken in turns; throughput in MB per CPU second (all threads of the process), wall time beside it:`,
  `  the machine is shared, and other work stretches wall time, not the CPU time a run takes`
)
results.rounds = rounds

for (const lang of serialKinds) {
  const run = fastest.get(lang)!
  const factline = rate(corpus.bytes[lang], corpus.documents[lang], run)
  const anchorRates: Record<string, AnchorSpeed & { ratio: number }> = {}
  lines.push(
    `\n${lang}: factline ${factline.mbPerCpuSecond.toFixed(3)} MB per CPU s, ${factline.documentsPerCpuSecond.toFixed(1)} docs per CPU s (1 worker, ${run.cpuSeconds.toFixed(1)} CPU s; wall ${run.seconds.toFixed(1)} s, ${factline.mbPerSecond.toFixed(3)} MB/s; peak RSS ${run.maxRssMB.toFixed(0)} MB)`
  )
  for (const [name, anchor] of Object.entries(anchorSpeed.get(lang)!)) {
    const ratio = factline.mbPerCpuSecond / anchor.mbPerCpuSecond
    anchorRates[name] = { ...anchor, ratio }
    const sample = anchor.megabytes < mb(corpus.bytes[lang]) ? ` (first ${(anchor.megabytes * 1024).toFixed(0)} kB)` : ''
    lines.push(
      `  ${name.padEnd(58)} ${anchor.mbPerCpuSecond.toFixed(4).padStart(9)} MB per CPU s (wall ${anchor.mbPerSecond.toFixed(4)} MB/s)   factline/it ${ratio.toFixed(2)}${sample}`
    )
  }
  // However fast facts are found, a run parses its sources and validates, serializes and writes its records.
  const records = await recordsFloor(run.out, path.join(work, `floor-${lang}`))
  const remarkParse = anchorRates['remark-parse']!.mbPerCpuSecond
  const floor = mb(corpus.bytes[lang]) / (mb(corpus.bytes[lang]) / remarkParse + records.seconds)
  lines.push(
    `  floor: remark-parse, then ${records.records} records validated, serialized and written (${records.seconds.toFixed(2)} s): ${floor.toFixed(2)} MB per CPU s,`,
    `    so factline/remark-parse can reach at most ${(floor / remarkParse).toFixed(2)}`
  )
  results[lang] = {
    ...factline,
    seconds: run.seconds,
    maxRssMB: run.maxRssMB,
    anchors: anchorRates,
    floor: { records: records.records, recordsSeconds: records.seconds, mbPerSecond: floor, ofRemarkParse: floor / remarkParse }
  }
}

const parallel = fastest.get('both')!
// The same sources, cache and output folder again: what CI pays when a change touched no source.
const noOpStarted = process.hrtime.bigint()
const noOp = runOnce(path.join(work, 'corpus'), 2, parallel.cache, parallel.out)
const noOpWall = Number(process.hrtime.bigint() - noOpStarted) / 1e9
const sources = corpus.documents.en + corpus.documents.vi
const smallBatch = values['memory-only'] ? undefined : startUpBatch()
const load = [loadBefore, loadavg()[0]!]
if (!values['memory-only']) {
  // One worker over the whole corpus: its languages' runs together.
  const serial = serialKinds.map((lang) => fastest.get(lang)!)
  const total = (of: (run: Run) => number) => serial.reduce((sum, run) => sum + of(run), 0)
  const serialSeconds = total((run) => run.seconds)
  const serialCpuSeconds = total((run) => run.cpuSeconds)
  const serialMainCpuSeconds = serial.every((run) => run.mainThreadCpuSeconds !== undefined)
    ? total((run) => run.mainThreadCpuSeconds!)
    : undefined
  // Two workers that add no CPU to the work still need its CPU time spread over the cores they share.
  const speedUpBound = (Math.min(workersOf('both'), availableParallelism()) * serialSeconds) / serialCpuSeconds
  results.workers = {
    oneWorkerSeconds: serialSeconds,
    twoWorkersSeconds: parallel.seconds,
    speedUp: serialSeconds / parallel.seconds,
    speedUpBound,
    oneWorkerCpuSeconds: serialCpuSeconds,
    oneWorkerMainThreadCpuSeconds: serialMainCpuSeconds,
    twoWorkersCpuSeconds: parallel.cpuSeconds,
    loadAverage: load
  }
  lines.push(
    `\nworkers: 1 → ${serialSeconds.toFixed(1)} s (${serialCpuSeconds.toFixed(1)} s CPU), 2 → ${parallel.seconds.toFixed(1)} s (${parallel.cpuSeconds.toFixed(1)} s CPU), speed-up ${(serialSeconds / parallel.seconds).toFixed(2)}×`,
    `  at a load average (these runs included) of ${load.map((value) => value.toFixed(1)).join(' to ')} on ${availableParallelism()} cores`,
    // What keeps a second core busy while one worker extracts: two workers share the cores with it.
    ...(serialMainCpuSeconds === undefined
      ? []
      : [
          `  1 worker: ${serialMainCpuSeconds.toFixed(1)} s CPU on the thread that extracts, ${(serialCpuSeconds - serialMainCpuSeconds).toFixed(1)} s on the others (V8's compiler and collector, module loading, I/O)`
        ]),
    `  with that CPU, 2 workers can be at most ${speedUpBound.toFixed(2)}× as fast (cores they share × 1-worker time ÷ its CPU time)`
  )
}
results.noOpRerun = {
  sources,
  seconds: noOp.seconds,
  wallSecondsWithStartup: noOpWall,
  secondsPer1000Sources: (noOp.seconds * 1000) / sources
}
if (smallBatch) {
  results.smallBatch = smallBatch
  lines.push(
    `\n${smallBatch.sources} sources, fresh cache: default workers (${smallBatch.defaultWorkers}) ${smallBatch.defaultSeconds.toFixed(2)} s, 1 worker ${smallBatch.oneWorkerSeconds.toFixed(2)} s (fastest of ${rounds})`
  )
}
results.peakRssMB = peak
results.twoWorkersMaxRssMB = parallel.maxRssMB
lines.push(
  `\n2 workers over the whole corpus: ${parallel.seconds.toFixed(1)} s, peak RSS ${parallel.maxRssMB.toFixed(0)} MB`,
  `no-op rerun (cache) of ${sources} sources: ${noOp.seconds.toFixed(2)} s in the pipeline (${((noOp.seconds * 1000) / sources).toFixed(2)} s per 1,000 sources), ${noOpWall.toFixed(2)} s with process start`,
  `peak RSS: ${peak.toFixed(0)} MB`
)

process.stdout.write(`${lines.join('\n')}\n`)
if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`)
if (!values.keep) rmSync(work, { recursive: true, force: true })

/**
 * A small batch (the first few English sources), each run with a fresh
 * cache: the default worker count, as `factline run` picks it, against one
 * worker. Starting a second worker must not cost more than it gains.
 */
function startUpBatch() {
  const folder = path.join(work, 'small-batch')
  mkdirSync(folder)
  for (const name of readdirSync(corpus.folders.en).sort().slice(0, smallBatchSize))
    copyFileSync(path.join(corpus.folders.en, name), path.join(folder, name))
  const defaultWorkers = availableParallelism()
  let defaultSeconds = Infinity
  let oneWorkerSeconds = Infinity
  for (let round = 0; round < rounds; round++) {
    oneWorkerSeconds = Math.min(oneWorkerSeconds, runOnce(folder, 1).seconds)
    defaultSeconds = Math.min(defaultSeconds, runOnce(folder, defaultWorkers).seconds)
  }
  return { sources: readdirSync(folder).length, defaultWorkers, defaultSeconds, oneWorkerSeconds }
}
