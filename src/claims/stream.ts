import { createReadStream } from 'node:fs'
import { appendFile, rm } from 'node:fs/promises'
import type { TextWriter } from '../io/lines.js'
import { clusterOf, compareClusters, statusOf, type KeyedFact, type ValueCluster } from './build.js'
import type { ClaimStatus } from './types.js'

/** The items of a JSON array, as text: held in memory, or appended to a file when the claim they belong to holds too much. */
interface SpooledList {
  count: number
  held: string[]
  file: string | undefined
}

/** Where a claim too large to hold sets its lists aside, and how much of it it may hold. */
export interface ClaimSpool {
  /** The path of a new file, in a folder its owner removes: each file is removed as soon as it is copied, the folder if a write fails. */
  readonly file: () => Promise<string>
  /** Characters of supports and sources a claim holds before it sets them aside. */
  readonly maxChars: number
}

/**
 * Writes the claim of each run of facts of one key, as the line
 * `JSON.stringify(claimOf(facts))` would give, to the writer of its status.
 * The facts come sorted by key, then as `compareSupport` orders them, so a
 * claim is built as they pass, never held whole: a claim about a country
 * named in every article has a support for each mention, and its supports
 * and sources go to files once it holds `maxChars` of them.
 */
export async function writeClaims(
  facts: AsyncIterable<KeyedFact>,
  writerOf: (status: ClaimStatus) => TextWriter,
  spool: ClaimSpool
): Promise<void> {
  let claim: StreamedClaim | undefined
  for await (const fact of facts) {
    if (claim?.key !== fact.key) {
      await claim?.finish(writerOf)
      claim = streamedClaim(fact, spool)
    }
    await claim.add(fact)
  }
  await claim?.finish(writerOf)
}

interface StreamedClaim {
  readonly key: string
  readonly add: (fact: KeyedFact) => Promise<void>
  readonly finish: (writerOf: (status: ClaimStatus) => TextWriter) => Promise<void>
}

function streamedClaim(first: KeyedFact, spool: ClaimSpool): StreamedClaim {
  const clusters: (ValueCluster & { support: SpooledList })[] = []
  const sources = newList()
  const views = new Set<string>()
  let lastSource: string | undefined
  let periodUnknown = false
  let heldChars = 0

  const push = (list: SpooledList, json: string) => {
    list.held.push(list.count++ === 0 ? json : `,${json}`)
    heldChars += json.length + 1
  }
  const setAside = async () => {
    for (const list of [sources, ...clusters.map((cluster) => cluster.support)]) {
      if (list.held.length === 0) continue
      list.file ??= await spool.file()
      await appendFile(list.file, list.held.join(''))
      list.held = []
    }
    heldChars = 0
  }

  return {
    key: first.key,
    async add(fact) {
      push(clusterOf(clusters, fact, () => ({ support: newList() })).support, JSON.stringify(fact.support))
      // Sorted by source: a source already listed is the one just before.
      if (fact.support.source !== lastSource) push(sources, JSON.stringify((lastSource = fact.support.source)))
      periodUnknown ||= fact.periodUnknown
      if (fact.view !== undefined) views.add(fact.view)
      if (heldChars > spool.maxChars) await setAside()
    },
    async finish(writerOf) {
      const { status, note } = statusOf({ sources: sources.count, values: clusters.length, periodUnknown, views: [...views].sort() })
      // The line's text gathers here and goes to the writer at once, or before a list set aside is copied after it.
      const line = { writer: writerOf(status), pending: [] as string[] }
      const { id, kind, about, fields } = first
      // The head as `claimOf` orders it, so a claim streamed and a claim built whole are the same bytes.
      const head = JSON.stringify({ id, kind, about, ...fields, status })
      line.pending.push(`${head.slice(0, -1)},"values":[`)
      const ordered = [...clusters].sort((a, b) => compareClusters(a, a.support.count, b, b.support.count))
      for (const [index, cluster] of ordered.entries()) {
        line.pending.push(`${index === 0 ? '' : ','}{"value":${JSON.stringify(cluster.value)},"support":[`)
        await writeList(cluster.support, line)
        line.pending.push(']}')
      }
      line.pending.push(`]${note ? `,"note":${JSON.stringify(note)}` : ''},"sources":[`)
      await writeList(sources, line)
      line.pending.push(']}\n')
      await line.writer.write(line.pending.join(''))
    }
  }
}

function newList(): SpooledList {
  return { count: 0, held: [], file: undefined }
}

/** A list's items set aside, then those still held, after the text pending before them; its file is removed once copied. */
async function writeList(list: SpooledList, line: { writer: TextWriter; pending: string[] }): Promise<void> {
  if (list.file) {
    await line.writer.write(line.pending.join(''))
    line.pending = []
    // Read as text a piece at a time; the decoder keeps a character cut between two pieces whole.
    for await (const piece of createReadStream(list.file, { encoding: 'utf8' })) await line.writer.write(piece as string)
    await rm(list.file, { force: true })
  }
  for (const item of list.held) line.pending.push(item)
}
