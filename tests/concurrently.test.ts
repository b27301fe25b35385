import { describe, expect, test } from 'vitest'
import { concurrently } from '../src/run/concurrently.js'

const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('concurrently', () => {
  test('should take items from an async source only as calls end, and work on each once', async () => {
    const pulled: number[] = []
    async function* source() {
      for (let item = 0; item < 5; item++) {
        pulled.push(item)
        yield item
      }
    }
    const ends: (() => void)[] = []
    const worked: number[] = []
    const done = concurrently(source(), 2, (item) => new Promise<void>((resolve) => ends.push(() => (worked.push(item), resolve()))))
    await settle()
    expect(pulled).toEqual([0, 1])
    ends.shift()!()
    await settle()
    expect(pulled).toEqual([0, 1, 2])
    while (ends.length > 0) {
      ends.shift()!()
      await settle()
    }
    await done
    expect(worked.sort()).toEqual([0, 1, 2, 3, 4])
  })

  test('should work on an array with fewer items than calls allowed', async () => {
    const worked: string[] = []
    await concurrently(['a', 'b'], 32, async (item) => void worked.push(item))
    expect(worked).toEqual(['a', 'b'])
  })

  test('should fail only once every call in flight has ended, and start none after a failure', async () => {
    const started: number[] = []
    const ends: (() => void)[] = []
    let failed: unknown
    const done = concurrently([0, 1, 2, 3], 2, (item) => {
      started.push(item)
      if (item === 0) return Promise.reject(new Error('no space left'))
      return new Promise<void>((resolve) => ends.push(resolve))
    }).catch((error: unknown) => (failed = error))
    await settle()
    // The call on 1 is still writing: a failure reported now would let the caller clean up before that write ends.
    expect(failed).toBeUndefined()
    ends.shift()!()
    await done
    expect((failed as Error).message).toBe('no space left')
    expect(started).toEqual([0, 1])
  })
})
