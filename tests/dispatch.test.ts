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
  return { lane, ran, endNext: () => ends.shift()?.(), most: () => most }
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('dispatcher', () => {
  test('should fill the lanes in order, up to their capacity, and give each task its own result', async () => {
    const here = manualLane('here', 1)
    const threads = manualLane('threads', 2)
    const run = dispatcher([here.lane, threads.lane])
    const results = ['a', 'b', 'c', 'd'].map(run)
    await settle()
    expect(here.ran).toEqual(['a'])
    expect(threads.ran).toEqual(['b', 'c'])
    here.endNext()
    await settle()
    expect(here.ran).toEqual(['a', 'd'])
    here.endNext()
    threads.endNext()
    threads.endNext()
    expect(await Promise.all(results)).toEqual(['a by here', 'b by threads', 'c by threads', 'd by here'])
    expect(here.most()).toBe(1)
    expect(threads.most()).toBe(2)
  })

  test('should give a waiting task to whichever lane frees up first, not to the lane it waited behind', async () => {
    const here = manualLane('here', 1)
    const threads = manualLane('threads', 1)
    const run = dispatcher([here.lane, threads.lane])
    const results = ['a', 'b', 'c', 'd'].map(run)
    await settle()
    // The threads end theirs first, twice: both waiting tasks go there while this thread is still busy.
    threads.endNext()
    await settle()
    threads.endNext()
    await settle()
    expect(threads.ran).toEqual(['b', 'c', 'd'])
    here.endNext()
    threads.endNext()
    expect(await Promise.all(results)).toEqual(['a by here', 'b by threads', 'c by threads', 'd by threads'])
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
