import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * How far V8 lets a thread's heap grow past what the last full collection
 * kept, in percent. By default it lets it grow up to fourfold when collecting
 * is quick, and a thread extracting a file makes much short-lived garbage
 * that outlives the young generation: each of the two threads then held some
 * 150 MB, mostly garbage, for some 50 MB it still used. At 50% a run over
 * the 20 MB bench corpus peaked near 360 MB rather than 530 MB; once the
 * worker threads were kept fed, at 410 MB over 410 kB of articles, and at
 * 25% at 375 MB, for no more CPU (docs/speed.md).
 */
const heapGrowingPercent = 25

/**
 * Bytes of sources a thread extracts between two full collections it asks
 * for. What a thread keeps alive stays flat from source to source (some 75 MB
 * once its rules are built), but the heap V8 holds for it grew over a long
 * run (from 125 to 160 MB on the main thread over 4 MB of articles): a source
 * that needs more memory raises the heap's limit, and V8's own collections,
 * made when the limit is reached, keep the space they found. A full
 * collection at a quiet point, between two sources, sets the limit from what
 * is alive then. One takes some 50 ms of CPU; a thread extracts 256 kB of
 * articles in some 5 CPU seconds (docs/speed.md, "Memory").
 */
export const bytesBetweenCollections = 256 * 1024

/**
 * Bounds the heap growth of every thread of the process, and exposes `gc`
 * to the contexts made from now on (the worker threads'), for
 * `collectBetweenSources`: V8's flags are the process's, and it reads the
 * first at each full collection.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`)
  setFlagsFromString('--expose-gc')
}

let extractedSinceCollection = 0
let fullCollection: (() => void) | undefined

/**
 * Called by a thread that extracts, after each source: a full collection
 * once it has extracted `bytesBetweenCollections` since the last (it says
 * whether it collected). Only in a process where `boundHeapGrowth` ran.
 */
export function collectBetweenSources(bytes: number): boolean {
  extractedSinceCollection += bytes
  if (extractedSinceCollection < bytesBetweenCollections) return false
  extractedSinceCollection = 0
  // A worker thread's context was made with `gc`; this thread's was made before the flag, a new context has it.
  fullCollection ??= (typeof globalThis.gc === 'function' ? globalThis.gc : runInNewContext('gc')) as () => void
  fullCollection()
  return true
}
