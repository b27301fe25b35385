/** Cue words compiled into one regex and found in a text, as the link stage reads clause openers and qualifier cues. */
import { describe, expect, test } from 'vitest'
import { cueRegex, findCues } from '../src/link/cues.js'

/** The cues found in `text`, as the text they cover. */
function cuesIn(cues: readonly string[], text: string): string[] {
  return findCues(cueRegex(cues), text).map(({ start, end }) => text.slice(start, end))
}

describe('cueRegex and findCues', () => {
  test('should prefer the longest cue at a place', () => {
    expect(cuesIn(['expected', 'expected to reach'], 'sales are expected to reach $5 billion')).toEqual(['expected to reach'])
  })

  test('should take no cue that ends inside a word, and a shorter one that ends at its bound', () => {
    expect(cuesIn(['aim', 'aims to'], 'it aims tomorrow and aimed; it aim')).toEqual(['aim'])
  })

  test('should take no cue that starts inside a word', () => {
    expect(cuesIn(['plan'], 'the airplane and the plan')).toEqual(['plan'])
  })

  test('should bound a cue ending in a letter but not one ending in other characters, in any order of the list', () => {
    expect(cuesIn(["it'", 'target', 'targets'], "its targets, target's and it'll")).toEqual(['targets', 'target', "it'"])
  })

  test('should read a split cue across a few words', () => {
    expect(cuesIn(['đưa … lên'], 'đưa kim ngạch thương mại hai bên lên 5 tỷ USD')).toEqual(['đưa kim ngạch thương mại hai bên lên'])
  })
})
