import { createRequire } from 'node:module'
import type nlpType from 'compromise'
import { hasCandidate, indexedBulkMatch, type Net, type SweepMethods } from './sweep.js'

type Library = typeof nlpType
type Document = ReturnType<Library>

/** A term of a compromise document once its offsets are computed. */
export interface CompromiseTerm {
  readonly text: string
  readonly tags: ReadonlySet<string>
  readonly offset: { readonly start: number }
}

/** What the sweep of compromise's tagger reads of its world, and what tells a person's tag. */
interface World {
  readonly methods: SweepMethods & {
    readonly one: { buildNet(matches: object[], world: unknown): Net }
    readonly two: { quickSplit(document: unknown[][]): unknown[][] }
  }
  readonly model: {
    readonly one: { readonly tagSet: Readonly<Record<string, { readonly parents?: readonly string[]; readonly also?: readonly string[] }>> }
    readonly two: { readonly matches: readonly object[] }
  }
}

interface Loaded {
  readonly library: Library
  readonly world: World
  /** The tagger's patterns that give a person's tag, hooked as in its own net: whether a sentence will meet one of them. */
  readonly personNet: Net
  /** The hooks run before the tagger's patterns, and from them on; none that nothing here reads. */
  readonly beforePatterns: readonly string[]
  readonly fromPatterns: readonly string[]
}

let loaded: Loaded | undefined

/** compromise's hooks that neither its tags nor `people()` read: chunks, frozen words, typeahead. */
const unusedHooks = new Set(['chunks', 'freeze', 'typeahead'])
/** The hooks `nlp.tokenize()` has run already. */
const tokenizeHooks = new Set(['contractions', 'alias', 'machine'])

/**
 * compromise, loaded when English text first needs it: loading it takes
 * longer than a whole run served by the cache, and than diff or report,
 * which never need it. Its CommonJS build loads synchronously, as rules run.
 * Its sweep of tagging patterns is replaced by one that finds the same
 * patterns for a sentence without walking all of them.
 */
function load(): Loaded {
  if (loaded) return loaded
  const library = createRequire(import.meta.url)('compromise') as Library
  const world = library.world() as unknown as World
  const personal = personalTags(world.model.one.tagSet)
  // Building a net compiles its patterns in place, so this one is built from copies of the patterns that give a person's tag;
  // it only tells whether a sentence meets one, so the exclusions checked as a pattern runs (`notIf`, maybe compiled already) are left out.
  const personNet = world.methods.one.buildNet(
    world.model.two.matches.filter((pattern) => tagsPerson(pattern, personal)).map((pattern) => ({ ...pattern, notIf: undefined })),
    world
  )
  library.plugin({ methods: { one: { bulkMatch: indexedBulkMatch } } })
  const hooks = library.hooks().filter((hook) => !unusedHooks.has(hook) && !tokenizeHooks.has(hook))
  const patternsAt = hooks.indexOf('postTagger')
  loaded = {
    library,
    world,
    personNet,
    beforePatterns: hooks.slice(0, patternsAt),
    fromPatterns: hooks.slice(patternsAt)
  }
  return loaded
}

/** compromise itself, loaded and set up as above: for its lexicon. */
export function compromise(): Library {
  return load().library
}

/** Tags that make a term a person's: Person, the tags under it, and tags that imply one of them. */
function personalTags(tagSet: World['model']['one']['tagSet']): Set<string> {
  const isPersonal = (tag: string, seen: Set<string>): boolean => {
    if (tag === 'Person' || tagSet[tag]?.parents?.includes('Person')) return true
    if (seen.has(tag)) return false
    seen.add(tag)
    return tagSet[tag]?.also?.some((also) => isPersonal(also, seen)) ?? false
  }
  return new Set(Object.keys(tagSet).filter((tag) => isPersonal(tag, new Set())))
}

/** Does a pattern give some term a person's tag ("#FirstName #Person .", ["Honorific", "Person"])? */
function tagsPerson(pattern: { readonly tag?: unknown }, personal: ReadonlySet<string>): boolean {
  return [pattern.tag]
    .flat()
    .some((tag) => typeof tag === 'string' && tag.split(/\s+/u).some((one) => personal.has(one.replace(/^#/u, ''))))
}

/**
 * A sentence as compromise tags it, in two steps: its words (lexicon, word
 * shapes, contractions), then its patterns in context. A person's tag comes
 * from the first step or from a pattern that gives it; the patterns a
 * sentence meets are known after the first step, so a sentence that can hold
 * no person is told without running them, and is tagged in full only when
 * its tags are asked.
 */
export class TaggedSentence {
  readonly #document: Document
  readonly mayHoldPerson: boolean
  #read: { readonly terms: readonly CompromiseTerm[]; readonly people: readonly (readonly CompromiseTerm[])[] } | undefined

  constructor(text: string) {
    const { library, world, personNet, beforePatterns } = load()
    // `tokenize` is typed as compromise's first build; the document is the full one's.
    this.#document = library.tokenize(text)
    this.#document.compute([...beforePatterns])
    const terms = this.#document.docs as unknown as CompromiseTerm[][]
    this.mayHoldPerson = terms.some((sentence) => sentence.some((term) => term.tags.has('Person'))) || mayTagPerson(world, personNet, terms)
  }

  /** Its terms with their tags in context and offsets, and the people compromise finds. */
  read(): { readonly terms: readonly CompromiseTerm[]; readonly people: readonly (readonly CompromiseTerm[])[] } {
    if (!this.#read) {
      this.#document.compute([...load().fromPatterns]).compute('offset')
      const terms = (this.#document.docs as unknown as CompromiseTerm[][]).flat()
      this.#read = { terms, people: this.#document.people().docs as unknown as CompromiseTerm[][] }
    }
    return this.#read
  }
}

/** Will one of the patterns the tagger tries on these terms (per comma-separated piece, as it tries them) give a person's tag? */
function mayTagPerson(world: World, personNet: Net, terms: CompromiseTerm[][]): boolean {
  const pieces = world.methods.two.quickSplit(terms)
  const caches = world.methods.one.cacheDoc(pieces)
  return pieces.some((piece, index) => hasCandidate(caches[index]!, personNet, piece.length))
}
