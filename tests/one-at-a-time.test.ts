import { describe, expect, it } from 'vitest'
import { oneAtATime } from '../src/run/one-at-a-time.js'

const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('oneAtATime', () => {
  it('starts a task only when the one before has ended, in the order asked', async () => {
    const events: string[] = []
    let running = 0
    const work = oneAtATime(async (name: string) => {
      running++
      events.push(`start ${name} with ${running} running`)
      await tick()
      await tick()
      running--
      events.push(`end ${name}`)
      return name.toUpperCase()
    })
    const results = await Promise.all(['a', 'b', 'c'].map(work))
    expect(results).toEqual(['A', 'B', 'C'])
    expect(events).toEqual(['start a with 1 running', 'end a', 'start b with 1 running', 'end b', 'start c with 1 running', 'end c'])
  })

  it('runs the next task after one that failed, and gives each caller its own outcome', async () => {
    const work = oneAtATime(async (fail: boolean) => {
      await tick()
      if (fail) throw new Error('bad source')
      return 'ok'
    })
    const outcomes = await Promise.allSettled([work(true), work(false)])
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: new Error('bad source') })
    expect(outcomes[1]).toEqual({ status: 'fulfilled', value: 'ok' })
  })
})
