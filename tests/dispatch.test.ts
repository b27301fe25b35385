import { describe, expect, test } from 'vitest'
import { dispatcher, type Lane } from '../src/run/dispatch.js'

/** A lane whose tasks end when the test says so, recording what it ran and how many at once. */
function manualLane(name: string, capacity: number) {
  const ends: (() => void)[] = []
  const ran: string[] = []
  let running = 0
  let most = 0
  const lane: Lane<string, string> = {
    capacity,
    run: (task) =>
      new Promise((resolve) => {
        ran.push(task)
        most = Math.max(most, ++running)
        ends.push(() => {
          running--
          resolve(`${task} by ${name}`)
        })
      })
  }
  // Ends the oldest task still running, and lets what follows from it happen.
  const endNext = async () => {
    ends.shift()?.()
    await settle()
  }
  return { lane, ran, endNext, most: () => most }
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Tasks a to d handed to a dispatcher over a lane for this thread and one for the threads, once it has handed out what it can. */
async function dispatchFour(hereCapacity: number, threadsCapacity: number) {
  const here = manualLane('here', hereCapacity)
  const threads = manualLane('threads', threadsCapacity)
  const results = Promise.all(['a', 'b', 'c', 'd'].map(dispatcher([here.lane, threads.lane])))
  await settle()
  return { here, threads, results }
}

describe('dispatcher', () => {
  test('should fill the lanes in order, up to their capacity, and give each task its own result', async () => {
    const { here, threads, results } = await dispatchFour(1, 2)
    expect(here.ran).toEqual(['a'])
    expect(threads.ran).toEqual(['b', 'c'])
    await here.endNext()
    expect(here.ran).toEqual(['a', 'd'])
    await here.endNext()
    await threads.endNext()
    await threads.endNext()
    expect(await results).toEqual(['a by here', 'b by threads', 'c by threads', 'd by here'])
    expect(here.most()).toBe(1)
    expect(threads.most()).toBe(2)
  })

  test('should give a waiting task to whichever lane frees up first, not to the lane it waited behind', async () => {
    const { here, threads, results } = await dispatchFour(1, 1)
    // The threads end theirs first, twice: both waiting tasks go there while this thread is still busy.
    await threads.endNext()
    await threads.endNext()
    expect(threads.ran).toEqual(['b', 'c', 'd'])
    await here.endNext()
    await threads.endNext()
    expect(await results).toEqual(['a by here', 'b by threads', 'c by threads', 'd by threads'])
  })

  test('should pass a failure to its caller and go on with the next task', async () => {
    const run = dispatcher<string, string>([
      { capacity: 1, run: async (task) => (task === 'bad' ? Promise.reject(new Error(`cannot read ${task}`)) : task) }
    ])
    const outcomes = await Promise.allSettled(['bad', 'good'].map(run))
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: new Error('cannot read bad') })
    expect(outcomes[1]).toEqual({ status: 'fulfilled', value: 'good' })
  })
})

describe('a lane costly to start', () => {
  test('should take no task until the batch handed so far weighs enough', async () => {
    const here = manualLane('here', 1)
    const threads = manualLane('threads', 3)
    const dispatch = dispatcher([here.lane, { ...threads.lane, opensAt: 5 }], (task) => task.length)
    const first = Promise.all(['aa', 'bb'].map(dispatch))
    await settle()
    // 4 of 5: 'bb' waits for this thread rather than start the threads.
    expect([here.ran, threads.ran]).toEqual([['aa'], []])
    const more = dispatch('c')
    await settle()
    expect([here.ran, threads.ran]).toEqual([['aa'], ['bb', 'c']])
    await here.endNext()
    await threads.endNext()
    await threads.endNext()
    expect(await first).toEqual(['aa by here', 'bb by threads'])
    expect(await more).toBe('c by threads')
  })

  test('should never open for a batch lighter than it asks, however many tasks wait', async () => {
    const here = manualLane('here', 1)
    const threads = manualLane('threads', 3)
    const dispatch = dispatcher([here.lane, { ...threads.lane, opensAt: 100 }], (task) => task.length)
    const all = Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map(dispatch))
    for (let index = 0; index < 6; index++) await here.endNext()
    expect(await all).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((task) => `${task} by here`))
    expect(threads.ran).toEqual([])
  })
})
