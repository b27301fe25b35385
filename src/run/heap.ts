import { setFlagsFromString } from 'node:v8'

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

/** Bounds the heap growth of every thread of the process: V8's flags are the process's, and it reads this one at each full collection. */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`)
}
