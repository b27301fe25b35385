import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { inOrder } from '../src/run/in-order.js'

describe('inOrder', () => {
  test('should pass items on in the order of their numbers, whatever order they arrive in', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.string(), { maxLength: 30 })
          .chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray([...items.keys()], { minLength: items.length }))),
        ([items, arrival]) => {
          const emitted: string[] = []
          const add = inOrder<string>((item) => emitted.push(item))
          for (const index of arrival) add(index, items[index]!)
          expect(emitted).toEqual(items)
        }
      )
    )
  })

  test('should hold an item until every item before it came', () => {
    const emitted: string[] = []
    const add = inOrder<string>((item) => emitted.push(item))
    add(1, 'b')
    add(2, 'c')
    expect(emitted).toEqual([])
    add(0, 'a')
    expect(emitted).toEqual(['a', 'b', 'c'])
  })
})
