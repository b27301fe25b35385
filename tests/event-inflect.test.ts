/**
 * The English verb forms the event triggers are written with: each lemma's
 * forms as an inflection package reads them, so a trigger list of lemmas
 * reads what the lemmas' inflections say.
 */
import { Inflectors } from 'en-inflectors'
import { describe, expect, test } from 'vitest'
import { verbForms, verbs } from '../src/dimensions/event/en/inflect.js'

const regular = [
  'swamp',
  'lash',
  'bury',
  'ban',
  'scrap',
  'slam',
  'abolish',
  'tighten',
  'declare',
  'unveil',
  'retire',
  'deliver',
  'visit',
  'open',
  'ease',
  'topple'
]
const irregular = [
  'strike/struck',
  'hit/hit',
  'shake/shook/shaken',
  'beat/beat/beaten',
  'lose/lost',
  'sweep/swept',
  'buy/bought',
  'tear/tore/torn'
]
/** Verbs that keep their base in the past, written without a slash. */
const unchanged = ['upset', 'hit', 'cut', 'set', 'put', 'beat', 'shut', 'burst', 'spread', 'offset', 'forecast', 'quit']

describe('verbForms', () => {
  test.each([...regular, ...irregular, ...unchanged])('should inflect «%s» as the inflection package does', (lemma) => {
    const base = lemma.split('/')[0]!
    const inflected = new Inflectors(base)
    expect(verbForms(lemma, ['base', 'present', 'past', 'participle', 'gerund'])).toEqual([
      ...new Set([base, inflected.toPresentS(), inflected.toPast(), inflected.toPastParticiple(), inflected.toGerund()])
    ])
  })

  test('should inflect the first word of a phrasal verb and keep the rest', () => {
    expect(verbForms('slam into')).toEqual(['slam into', 'slams into', 'slammed into'])
    expect(verbForms('do/did/done away with', ['present', 'past'])).toEqual(['does away with', 'did away with'])
  })
})

describe('verbs', () => {
  test('should read the past of a verb that keeps its base, and no regular past of it', () => {
    const pattern = new RegExp(`^${verbs(['upset', 'cut off'], ['past'])}$`, 'u')
    for (const word of ['upset', 'Upset', 'cut off']) expect(pattern.test(word)).toBe(true)
    for (const word of ['upseted', 'cutted off']) expect(pattern.test(word)).toBe(false)
  })

  test('should read every form, capitalised at a headline start too, and no other word', () => {
    const pattern = new RegExp(`^${verbs(['strike/struck', 'swamp'])}$`, 'u')
    for (const word of ['strike', 'strikes', 'struck', 'Struck', 'swamps', 'Swamped']) expect(pattern.test(word)).toBe(true)
    for (const word of ['striking', 'swamping', 'strucks', 'swam']) expect(pattern.test(word)).toBe(false)
  })
})
