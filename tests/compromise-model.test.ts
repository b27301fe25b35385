/** compromise as the English entity scanner reads it: faster, and the same tags and people as compromise's own `nlp()`. */
import { createRequire } from 'node:module'
import type nlpType from 'compromise'
import { describe, expect, test } from 'vitest'
import { TaggedSentence } from '../src/dimensions/entity/en/compromise.js'
import { lazyModel } from '../src/dimensions/entity/en/model.js'
import { indexedBulkMatch } from '../src/dimensions/entity/en/sweep.js'
import { pieces } from '../src/dimensions/entity/text.js'

const nlp = createRequire(import.meta.url)('compromise') as typeof nlpType
const world = nlp.world() as unknown as {
  methods: { one: Record<string, (...args: unknown[]) => unknown> }
  model: { two: { matches: object[] } }
}
/** compromise's own sweep, taken before the model replaces it. */
const ownBulkMatch = world.methods.one.bulkMatch!
/** The net of compromise's tagging patterns; building one compiles the patterns in place, so it is built from copies. */
const net = world.methods.one.buildNet!(
  world.model.two.matches.map((pattern) => ({ ...pattern })),
  nlp.world()
)

/** One sentence each, as the model cuts text: no stop before a capital inside. */
const sentences = [
  'Maria Lopez, the chief economist at the central bank, said exports rose.',
  'Officials from Ghana met John Kofi Mensah and his deputy on Tuesday.',
  'Speaking in Lima, Carlos Alberto de la Cruz thanked the delegates.',
  'Will Smith and Rose Byrne visited the Louvre in Paris.',
  'The report, published by a wire service, quoted Nguyen Van An, a farmer.',
  'King Charles III welcomed President Macron to Windsor Castle.',
  "Under the deal, Grace Okafor's company will buy 20% of the shares.",
  // No word of it is a name to compromise's lexicon: a pattern ("sister <proper noun>") makes the person.
  'They met Sister Zubaida in town.'
]

interface Term {
  readonly tags: ReadonlySet<string>
  readonly offset: { readonly start: number; readonly length: number }
}

/** Tags by term start and the spans of people, as compromise's own `nlp()` gives them. */
function ownReading(text: string): { tags: Map<number, string[]>; people: [number, number][] } {
  const document = nlp(text)
  document.compute('offset')
  const tags = new Map<number, string[]>()
  for (const terms of document.docs as unknown as Term[][]) for (const term of terms) tags.set(term.offset.start, [...term.tags])
  const people = (document.people().docs as unknown as Term[][]).map((terms): [number, number] => {
    const last = terms[terms.length - 1]!
    return [terms[0]!.offset.start, last.offset.start + last.offset.length]
  })
  return { tags, people }
}

// Read before any model replaces compromise's sweep.
const expected = sentences.map(ownReading)

describe('compromise model', () => {
  test('should find the same pattern matches as compromise’s own sweep', () => {
    for (const text of sentences) {
      const document = nlp.tokenize(text).compute(['index', 'id', 'lexicon', 'preTagger']).docs
      expect(indexedBulkMatch(document as unknown as unknown[][], net as never, world.methods as never)).toEqual(
        ownBulkMatch(document, net, world.methods)
      )
    }
  })

  test.each(sentences.map((text, index) => [text, index] as const))('should give the tags and people of nlp() to «%s»', (text, index) => {
    const list = pieces(text)
    const model = lazyModel(text, list)
    const { tags, people } = expected[index]!
    // People first: asking for tags reads the whole sentence, asking for people may not.
    for (const piece of list) {
      const inPerson = people.some(([start, end]) => piece.start < end && start < piece.end)
      expect(model.seesPerson(piece.start, piece.end)).toBe(inPerson)
    }
    for (const [at, piece] of list.entries()) {
      if (tags.has(piece.start)) expect(model.tagsAt(at)).toEqual(tags.get(piece.start))
    }
    expect(people.length).toBeGreaterThan(0)
  })

  test('should see no person where compromise sees none', () => {
    const text = 'Exports of rice and coffee rose by a fifth.'
    expect(lazyModel(text, pieces(text)).seesPerson(0, text.length)).toBe(false)
  })

  test('should tell a sentence that can hold no person before running compromise’s patterns', () => {
    expect(new TaggedSentence('Exports of rice and coffee rose by a fifth.').mayHoldPerson).toBe(false)
    expect(new TaggedSentence('Specifically, the two sides agreed to meet again.').mayHoldPerson).toBe(false)
    for (const text of sentences) expect(new TaggedSentence(text).mayHoldPerson).toBe(true)
  })
})
