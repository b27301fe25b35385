import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { boundHeapGrowth, bytesBetweenCollections, collectBetweenSources } from '../src/run/heap.js'

/** The full collections (mark and compact) V8 made while `work` ran. */
async function fullCollectionsDuring(work: () => void): Promise<number> {
  const entries: PerformanceEntry[] = []
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()))
  observer.observe({ entryTypes: ['gc'] })
  work()
  // Entries are delivered after the task that made them.
  await new Promise((resolve) => setTimeout(resolve, 50))
  observer.disconnect()
  return entries.filter(
    (entry) => (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR
  ).length
}

describe('a full collection between sources', () => {
  it('comes once a thread has extracted the bytes between collections, and not before', async () => {
    boundHeapGrowth()
    const half = bytesBetweenCollections / 2
    const said: boolean[] = []
    const collections = await fullCollectionsDuring(() => {
      said.push(collectBetweenSources(half - 1), collectBetweenSources(half), collectBetweenSources(1))
    })
    expect(said).toEqual([false, false, true])
    expect(collections).toBeGreaterThanOrEqual(1)
    // Counted again from nothing after it.
    expect(collectBetweenSources(half)).toBe(false)
  })
})
