import { appendFile, mkdir, mkdtemp, open, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { KeyedFact } from '../claims/build.js'
import { statusRank } from '../claims/build.js'
import { claimsFileName } from '../claims/serialize.js'
import { defaultClaimChars } from '../claims/spill.js'
import { writeClaims } from '../claims/stream.js'
import { claimStatuses, type ClaimStatus } from '../claims/types.js'
import { readLines, textWriter, type TextWriter } from '../io/lines.js'
import { mergeSorted } from '../io/merge-sorted.js'
import { copyAtomic, writeAtomic } from '../io/write-atomic.js'
import { compareText } from '../text/compare.js'
import { claimColumns, claimFields, claimOrder, toKeyedFact } from './claim-rows.js'
import { openDuckDB, sqlList, type DuckDB } from './duckdb.js'
import type { PlanHead } from './plan.js'
import { doneName, partitionFile, reduceFolder, shardFolder, type ReduceDone, type ShardDone } from './work.js'

export interface ReduceOptions {
  readonly work: string
  readonly head: PlanHead
  /** The shards' `done.json`, by index, and the digest of them all. */
  readonly shards: readonly ShardDone[]
  readonly shardsDigest: string
  readonly threads: number
  readonly memory: string
  /** A folder on a local disk for what DuckDB spills and the claims of each partition. */
  readonly scratch: string
}

export interface ReduceResult {
  readonly claims: number
  readonly facts: number
}

/** Claim index lines held before they are appended to their file. */
const heldIndexLines = 4096

/**
 * Builds the claims of every shard's claim inputs into `WORK/reduce/`, a
 * partition at a time: DuckDB reads the partition's files of all shards and
 * sorts them as the run's claims sort their facts (spilling to disk past
 * `memory`), and the run's own `writeClaims` builds each claim as its facts
 * pass. Each partition's claims go to a file per status with an index of
 * what each claim is about; the partitions are then merged, status by
 * status, into the order of the claims file, copying each claim's bytes
 * without parsing them: no claim is held whole.
 */
export async function reduceClaims(options: ReduceOptions): Promise<ReduceResult> {
  const folder = reduceFolder(options.work)
  await rm(path.join(folder, doneName), { force: true })
  await mkdir(options.scratch, { recursive: true })
  const scratch = await mkdtemp(path.join(options.scratch, 'factline-reduce-'))
  let duckdb: DuckDB | undefined
  try {
    await mkdir(path.join(scratch, 'duckdb'))
    duckdb = await openDuckDB({ threads: options.threads, memory: options.memory, spill: path.join(scratch, 'duckdb') })
    const partitions: PartitionClaims[] = []
    let facts = 0
    for (let partition = 0; partition < options.head.partitions; partition++) {
      const built = await reducePartition(duckdb, options, partition, path.join(scratch, `part-${partition}`))
      partitions.push(built.claims)
      facts += built.facts
    }
    const target = path.join(scratch, claimsFileName)
    const claims = await mergePartitions(partitions, target)
    await copyAtomic(target, path.join(folder, claimsFileName))
    const done: ReduceDone = { plan: options.head.digest, shards: options.shardsDigest, claims }
    await writeAtomic(path.join(folder, doneName), `${JSON.stringify(done, null, 2)}\n`)
    return { claims, facts }
  } finally {
    duckdb?.close()
    await rm(scratch, { recursive: true, force: true })
  }
}

/** The claims of one partition: for each status, a file of claim lines and an index of `[about, id, start]` lines, in the claims file's order. */
type PartitionClaims = Record<ClaimStatus, { readonly claims: string; readonly index: string }>

async function reducePartition(
  duckdb: DuckDB,
  options: ReduceOptions,
  partition: number,
  folder: string
): Promise<{ claims: PartitionClaims; facts: number }> {
  await mkdir(folder)
  const files = Object.fromEntries(
    claimStatuses.map((status) => [status, { claims: path.join(folder, `${status}.jsonl`), index: path.join(folder, `${status}.index`) }])
  ) as PartitionClaims
  const outputs = new Map(claimStatuses.map((status) => [status, { writer: countingWriter(files[status].claims), held: [] as string[] }]))
  let held = 0
  const flush = async () => {
    held = 0
    for (const status of claimStatuses) {
      const output = outputs.get(status)!
      if (output.held.length > 0) await appendFile(files[status].index, output.held.join(''))
      output.held = []
    }
  }
  // The claims begun, in order: `writeClaims` asks for the writer of each, in the same order, when its last fact has passed.
  const begun: KeyedFact[] = []
  let facts = 0
  const result = await duckdb.connection.stream(`SELECT ${claimFields} FROM (${partitionRows(options, partition)}) ORDER BY ${claimOrder}`)
  async function* sorted(): AsyncGenerator<KeyedFact> {
    let key: string | undefined
    for await (const rows of result.yieldRowsJs()) {
      for (const row of rows) {
        const fact = toKeyedFact(row)
        if (fact.key !== key) {
          key = fact.key
          begun.push(fact)
          if (held >= heldIndexLines) await flush()
        }
        facts++
        yield fact
      }
    }
  }
  let lists = 0
  await writeClaims(
    sorted(),
    (status) => {
      const claim = begun.shift()!
      const output = outputs.get(status)!
      output.held.push(`${JSON.stringify([claim.about, claim.id, output.writer.bytes])}\n`)
      held++
      return output.writer
    },
    { file: async () => path.join(folder, `list-${lists++}`), maxChars: defaultClaimChars }
  )
  await flush()
  for (const { writer } of outputs.values()) await writer.close()
  for (const status of claimStatuses) await appendFile(files[status].index, '')
  return { claims: files, facts }
}

/** The rows of one partition of every shard, from the Parquet or JSON-lines files each wrote. */
function partitionRows(options: ReduceOptions, partition: number): string {
  const of = (format: ShardDone['format']) =>
    options.shards
      .filter((done) => done.format === format)
      .map((done) => partitionFile(shardFolder(options.work, done.index), partition, format))
  const reads: string[] = []
  const parquet = of('parquet')
  if (parquet.length > 0) reads.push(`SELECT * FROM read_parquet(${sqlList(parquet)})`)
  const jsonl = of('jsonl')
  if (jsonl.length > 0) {
    // JSON has no bytes: DuckDB writes a BLOB as text with `\x` escapes, which a cast reads back.
    const columns = claimColumns.map(([name, type]) => `"${name}": '${type === 'BLOB' ? 'VARCHAR' : type}'`).join(', ')
    const blobs = claimColumns.filter(([, type]) => type === 'BLOB').map(([name]) => `CAST("${name}" AS BLOB) AS "${name}"`)
    reads.push(
      `SELECT * REPLACE (${blobs.join(', ')}) FROM read_json(${sqlList(jsonl)}, format = 'newline_delimited', columns = {${columns}})`
    )
  }
  const empty = `SELECT ${claimColumns.map(([name, type]) => `NULL::${type} AS "${name}"`).join(', ')} WHERE false`
  return reads.length > 0 ? reads.join(' UNION ALL ') : empty
}

interface CountingWriter extends TextWriter {
  /** Bytes written so far, counted as each text is given. */
  readonly bytes: number
}

function countingWriter(file: string): CountingWriter {
  const writer = textWriter(file)
  let bytes = 0
  return {
    get bytes() {
      return bytes
    },
    write(text) {
      bytes += Buffer.byteLength(text)
      return writer.write(text)
    },
    close: writer.close
  }
}

interface IndexedClaim {
  readonly about: string
  readonly id: string
  readonly start: number
  readonly end: number
  readonly partition: number
}

/** Merges the partitions' claims into `target`, status by status in the claims file's order, each by what it is about, then its id; returns how many. */
async function mergePartitions(partitions: readonly PartitionClaims[], target: string): Promise<number> {
  const writer = textWriter(target)
  let count = 0
  try {
    for (const status of [...claimStatuses].sort((a, b) => statusRank(a) - statusRank(b))) {
      const handles = await Promise.all(partitions.map((files) => open(files[status].claims, 'r')))
      try {
        const indexed = partitions.map((files, partition) => indexOf(files[status], partition))
        for await (const claim of mergeSorted(indexed, (a, b) => compareText(a.about, b.about) || compareText(a.id, b.id))) {
          await copyRange(handles[claim.partition]!, claim.start, claim.end, writer)
          count++
        }
      } finally {
        await Promise.all(handles.map((handle) => handle.close()))
      }
    }
  } finally {
    await writer.close()
  }
  return count
}

/** The claims of a partition's file of one status, each with where its line starts and ends. */
async function* indexOf(files: PartitionClaims[ClaimStatus], partition: number): AsyncGenerator<IndexedClaim> {
  const size = (await stat(files.claims)).size
  let previous: Omit<IndexedClaim, 'end'> | undefined
  for await (const line of readLines(files.index)) {
    const [about, id, start] = JSON.parse(line) as [string, string, number]
    if (previous) yield { ...previous, end: start }
    previous = { about, id, start, partition }
  }
  if (previous) yield { ...previous, end: size }
}

/** Copies bytes `start` to `end` of a file to the writer, a piece at a time. */
async function copyRange(handle: Awaited<ReturnType<typeof open>>, start: number, end: number, writer: TextWriter): Promise<void> {
  const pieceBytes = 1 << 20
  const piece = Buffer.allocUnsafe(Math.min(pieceBytes, end - start))
  // Cut at whole characters: a piece's last incomplete character waits for the next.
  const decoder = new TextDecoder('utf-8')
  for (let at = start; at < end;) {
    const { bytesRead } = await handle.read(piece, 0, Math.min(piece.length, end - at), at)
    if (bytesRead === 0) throw new Error(`unexpected end of a partition's claims at byte ${at}`)
    at += bytesRead
    await writer.write(decoder.decode(piece.subarray(0, bytesRead), { stream: at < end }))
  }
}
