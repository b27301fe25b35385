/**
 * `npm run bench:shards [-- --size MB] [--shards N] [--at-once C] [--copies 1,2,4,8]`:
 * a sharded run simulated on this machine. Generates a corpus (default 10 MB
 * of articles built from `sources/`), plans it into N shards (default 200),
 * runs them C at a time (default 2, each a process taking its shards in
 * turn), then times the reduce as its input grows: for each count of copies,
 * a work folder holding the shards' claim inputs that many times over, each
 * copy's sources renamed (more articles about the same things, as a larger
 * feed has), reduced by `factline reduce` in its own process, with its wall
 * time, CPU time (of all its threads) and peak memory (GNU time). Prints a
 * table; the load average says how busy the machine was.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { canonicalJson } from '../src/config/load.js'
import { openDuckDB, sqlText } from '../src/shard/duckdb.js'
import { planFileName, readPlanHead, sha256, type PlanHead } from '../src/shard/plan.js'
import { doneName, partitionFile, shardFolder, type ShardDone } from '../src/shard/work.js'
import { utf16Order } from '../src/shard/claim-rows.js'
import { generateCorpus } from './bench/corpus.js'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10' },
    shards: { type: 'string', default: '200' },
    'at-once': { type: 'string', default: '2' },
    copies: { type: 'string', default: '1,2,4,8' },
    from: { type: 'string', default: 'sources' },
    keep: { type: 'boolean', default: false }
  }
})
const projectRoot = process.cwd()
const cli = path.join(projectRoot, 'bin', 'factline.js')
const folder = mkdtempSync(path.join(tmpdir(), 'factline-bench-shards-'))
const load = () => loadavg()[0]!.toFixed(1)

const corpus = generateCorpus(path.resolve(values.from), path.join(folder, 'corpus'), Number(values.size))
const plan = path.join(folder, 'plan')
const work = path.join(folder, 'work')
// The corpus's folder, which holds en/ and vi/: as two inputs their files of one name would write one output.
execFileSync(process.execPath, [cli, 'plan', path.join(folder, 'corpus'), '--shards', values.shards, '--out', plan], {
  stdio: 'inherit'
})

let started = performance.now()
const atOnce = Number(values['at-once'])
await Promise.all(
  Array.from(
    { length: atOnce },
    (_, first) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['bin/run-script.js', 'scripts/bench/run-shards.ts', plan, work, String(first), String(atOnce)],
          {
            stdio: 'inherit'
          }
        )
        child.on('error', reject)
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`shards from ${first} exited ${code}`))))
      })
  )
)
const documents = corpus.documents.en + corpus.documents.vi
console.log(
  `${values.shards} shards of ${documents} articles (${Number(values.size).toFixed(0)} MB), ${atOnce} at a time: ${((performance.now() - started) / 1000).toFixed(0)} s, load ${load()}`
)

const head = await readPlanHead(path.join(plan, planFileName))
const rows: string[] = []
for (const copies of values.copies.split(',').map(Number)) {
  const grown = await copiesOf(work, head, copies)
  const time = path.join(folder, 'time.txt')
  started = performance.now()
  const reduce = spawnSync(
    '/usr/bin/time',
    ['-f', '%M %U %S', '-o', time, process.execPath, cli, 'reduce', '--in', grown.work, '--temp', folder],
    {
      encoding: 'utf8'
    }
  )
  if (reduce.status !== 0) throw new Error(`reduce exited ${reduce.status}: ${reduce.stderr}`)
  const seconds = (performance.now() - started) / 1000
  // The reduce's own time, from its last line ("… in 12.3s: …"), apart from the process's start.
  const own = /in ([\dms.]+):/u.exec(reduce.stderr)?.[1] ?? '?'
  const [peakKB, user, system] = readFileSync(time, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
  const peakMB = peakKB! / 1024
  const cpu = user! + system!
  rows.push(
    `| ${copies} | ${grown.articles} | ${grown.facts} | ${(grown.bytes / 1024 / 1024).toFixed(1)} MB | ${own} (${seconds.toFixed(1)} s) | ${cpu.toFixed(1)} s | ${peakMB.toFixed(0)} MB | ${load()} |`
  )
  if (copies > 1) rmSync(grown.work, { recursive: true, force: true })
}
console.log('| copies | articles | claim inputs | Parquet read | reduce (process) | CPU | peak RSS | load |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const row of rows) console.log(row)
if (!values.keep) rmSync(folder, { recursive: true, force: true })

/**
 * A work folder with the claim inputs of `work` `copies` times over: the
 * shards as they are, and each further copy one shard N + c − 1 holding the
 * claim inputs of all of them, its sources renamed `…#c` (and their order
 * key with them), under a plan of that many shards.
 */
async function copiesOf(from: string, plan: PlanHead, copies: number) {
  const target = copies === 1 ? from : path.join(folder, `work-${copies}`)
  const shards = plan.shards + copies - 1
  const { digest: _digest, ...body } = { ...plan, shards, lists: Array.from({ length: shards }, (_, i) => plan.lists[i % plan.shards]!) }
  const grownHead = { digest: sha256(canonicalJson(body)), ...body }
  if (from !== target) cpSync(path.join(from, 'shards'), path.join(target, 'shards'), { recursive: true })
  writeFileSync(path.join(target, planFileName), `${JSON.stringify(grownHead, null, 2)}\n`)
  const duckdb = await openDuckDB({ threads: 2, memory: '1GB', spill: folder })
  try {
    const done = JSON.parse(readFileSync(path.join(shardFolder(from, 0), doneName), 'utf8')) as ShardDone
    for (let index = 0; index < shards; index++) {
      const shard = shardFolder(target, index)
      if (index >= plan.shards) {
        const suffix = `#${index - plan.shards + 1}`
        mkdirSync(path.join(shard, 'claim-inputs'), { recursive: true })
        for (let partition = 0; partition < plan.partitions; partition++) {
          const all = Array.from({ length: plan.shards }, (_, i) => sqlText(partitionFile(shardFolder(from, i), partition, 'parquet')))
          await duckdb.connection.run(
            `COPY (SELECT * REPLACE (source || ${sqlText(suffix)} AS source, source_order || from_hex(${sqlText(utf16Order(suffix).toString('hex'))}) AS source_order) FROM read_parquet([${all.join(', ')}])) TO ${sqlText(partitionFile(shard, partition, 'parquet'))} (FORMAT parquet)`
          )
        }
      }
      writeFileSync(path.join(shard, doneName), `${JSON.stringify({ ...done, plan: grownHead.digest, index }, null, 2)}\n`)
    }
    const files = sqlText(path.join(target, 'shards', '*', 'claim-inputs', '*.parquet'))
    const [facts, bytes] = (
      await duckdb.connection.runAndReadAll(`SELECT count(*), (SELECT sum(size) FROM read_blob(${files})) FROM read_parquet(${files})`)
    ).getRowsJS()[0]!
    return { work: target, facts: Number(facts), bytes: Number(bytes), articles: documents * copies }
  } finally {
    duckdb.close()
  }
}
