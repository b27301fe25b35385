/** Linking entity drafts: acronyms to long forms, short mentions to full names, people to their role's organization. */
import { describe, expect, test } from 'vitest'
import type { LinkDocument } from '../src/facts/document.js'
import type { Draft, EntityFields } from '../src/facts/draft.js'
import { linkEntities } from '../src/link/entities.js'

/** A document of one block whose sentences end at ". ". */
function documentOf(text: string): LinkDocument {
  const sentences = []
  let start = 0
  for (const match of text.matchAll(/\. /gu)) {
    sentences.push({ start, end: match.index + 1, block: 0 })
    start = match.index + 2
  }
  sentences.push({ start, end: text.length, block: 0 })
  return { text, blocks: [{ start: 0, end: text.length, node: 'paragraph', lang: 'en' }], sentences, referenceDate: undefined }
}

/** An entity draft over the `nth` occurrence of `quote` in the document. */
function draft(
  document: LinkDocument,
  quote: string,
  type: EntityFields['type'],
  extra: Partial<EntityFields> = {},
  nth = 0
): Draft<EntityFields> {
  let start = -1
  for (let seen = 0; seen <= nth; seen++) start = document.text.indexOf(quote, start + 1)
  if (start < 0) throw new Error(`no «${quote}» in the text`)
  const sentence = document.sentences.findIndex((item) => item.start <= start && start < item.end)
  return {
    fields: { kind: 'entity', type, name: quote, ...extra },
    start,
    end: start + quote.length,
    lang: 'en',
    rule: 'test',
    block: 0,
    sentence,
    links: {}
  }
}

describe('linkEntities', () => {
  test('should link a bracketed acronym and its later bare uses to the long form', () => {
    const document = documentOf('The Association of Southeast Asian Nations (ASEAN) grew. Pakistan looks to ASEAN. The WTO agrees.')
    const long = draft(document, 'Association of Southeast Asian Nations', 'organization')
    const defined = draft(document, 'ASEAN', 'organization')
    const later = draft(document, 'ASEAN', 'organization', {}, 1)
    const unknown = draft(document, 'WTO', 'organization')
    const place = draft(document, 'Pakistan', 'place')
    linkEntities([later, place, unknown, defined, long], document)
    expect(defined.links.refersTo).toBe(long)
    expect(later.links.refersTo).toBe(long)
    expect(unknown.links.refersTo).toBeUndefined()
    expect(long.links.refersTo).toBeUndefined()
  })

  test('should give a person guessed from the words alone the reading a cue gave the same name elsewhere', () => {
    const document = documentOf('Hai told Tuoi Tre newspaper prices rose. Hai explained to Tuoi Tre that Anh Tuan left.')
    const cued = { ...draft(document, 'Tuoi Tre', 'organization'), rule: 'entity/en/<name> newspaper' }
    const guessed = { ...draft(document, 'Tuoi Tre', 'person', {}, 1), rule: 'entity/en/<person>' }
    const other = { ...draft(document, 'Anh Tuan', 'person'), rule: 'entity/en/<person>' }
    const linked = linkEntities([cued, guessed, other], document) as Draft<EntityFields>[]
    const later = linked.find((item) => item.start === guessed.start)!
    expect(later.fields.type).toBe('organization')
    expect(later.rule).toBe('entity/en/<name met in the text>')
    expect(linked.find((item) => item.start === other.start)!.fields.type).toBe('person')
    expect(linked).toHaveLength(3)
  })

  test('should make a body guessed before "said" the person whose name holds the word elsewhere, and leave a brand alone', () => {
    const document = documentOf('Minister Arifin Tasrif spoke. Arifin said output rose. Agoda said bookings rose.')
    const full = { ...draft(document, 'Arifin Tasrif', 'person'), rule: 'entity/en/<title> <person>' }
    const part = { ...draft(document, 'Arifin', 'organization', {}, 1), rule: 'entity/en/<body> said' }
    const brand = { ...draft(document, 'Agoda', 'organization'), rule: 'entity/en/<body> said' }
    const linked = linkEntities([full, part, brand], document) as Draft<EntityFields>[]
    expect(linked.find((item) => item.start === part.start)!.fields.type).toBe('person')
    expect(linked.find((item) => item.start === brand.start)!.fields.type).toBe('organization')
  })

  test('should make a body guessed before "said" the person whose name, itself read from its shape, holds the word', () => {
    const document = documentOf('Shanto stars. Najmul Hossain Shanto hit 122. Shanto said it was hard. Agoda said bookings rose.')
    const full = { ...draft(document, 'Najmul Hossain Shanto', 'person'), rule: 'entity/en/<unknown name>' }
    const part = { ...draft(document, 'Shanto', 'organization', {}, 2), rule: 'entity/en/<body> said' }
    const brand = { ...draft(document, 'Agoda', 'organization'), rule: 'entity/en/<body> said' }
    const linked = linkEntities([full, part, brand], document) as Draft<EntityFields>[]
    expect(linked.find((item) => item.start === part.start)!.fields.type).toBe('person')
    expect(linked.find((item) => item.start === 0)!.fields.type).toBe('person')
    expect(linked.find((item) => item.start === brand.start)!.fields.type).toBe('organization')
  })

  test('should read a city the text names as a club as the club again, but not after a cue of place', () => {
    const document = documentOf('Hanoi coach Tuan smiled. Hanoi are top. They play in Hanoi. Hue are fifth.')
    const cued = { ...draft(document, 'Hanoi', 'organization'), rule: 'entity/en/<club> coach' }
    const again = { ...draft(document, 'Hanoi', 'place', {}, 1), rule: 'entity/en/<gazetteer place>' }
    const placed = { ...draft(document, 'Hanoi', 'place', {}, 2), rule: 'entity/en/<gazetteer place>' }
    const other = { ...draft(document, 'Hue', 'place'), rule: 'entity/en/<gazetteer place>' }
    const linked = linkEntities([cued, again, placed, other], document) as Draft<EntityFields>[]
    const at = (item: Draft<EntityFields>) => linked.find((found) => found.start === item.start)!
    expect(at(again).fields.type).toBe('organization')
    expect(at(again).rule).toBe('entity/en/<club>')
    expect(at(placed).fields.type).toBe('place')
    expect(at(other).fields.type).toBe('place')
  })

  test("should read the city that ends a club's name after its sponsor's as the club, and not the sponsor's words", () => {
    const document = documentOf('Thep Xanh Nam Dinh beat Hue 3-0. Nam Dinh lead. Thep Xanh is a steel maker. Hue are fifth.')
    const cued = { ...draft(document, 'Thep Xanh Nam Dinh', 'organization'), rule: 'entity/en/<result> <club>' }
    const city = { ...draft(document, 'Nam Dinh', 'place', {}, 1), rule: 'entity/en/<gazetteer place>' }
    const other = { ...draft(document, 'Hue', 'place', {}, 1), rule: 'entity/en/<gazetteer place>' }
    const linked = linkEntities([cued, city, other], document) as Draft<EntityFields>[]
    const at = (item: Draft<EntityFields>) => linked.find((found) => found.start === item.start)!
    expect(at(city).fields.type).toBe('organization')
    expect(at(city).rule).toBe('entity/en/<club>')
    expect(at(other).fields.type).toBe('place')
  })

  test("should not find a body's name met again where a dash glues it to another name, and find a person's paired by a dash", () => {
    const document = documentOf(
      'The Hanoi Stock Exchange (HNX) said the HNX-Index fell. HNX data showed it. HNX-ASEAN links. Prabowo Subianto won; Prabowo-Gibran led.'
    )
    const defined = { ...draft(document, 'HNX', 'organization'), rule: 'acronym/en/<name> (<acronym>)' }
    const person = { ...draft(document, 'Prabowo Subianto', 'person'), rule: 'entity/en/<person>' }
    const linked = linkEntities([defined, person], document) as Draft<EntityFields>[]
    const found = linked
      .filter((item) => item.rule === 'entity/en/<name met in the text>')
      .map((item) => document.text.slice(item.start, item.end + 2))
    expect(found).toEqual(['HNX d', 'Prabowo-G'])
  })

  test('should find a name met again as a whole word only, the longest name where two start at one place', () => {
    const document = documentOf(
      'Tuoi Tre Online and Tuoi Tre differ. It said Tuoi Tre Online wrote, Tuoi Tres did not, nor XTuoi Tre. Tuoi Tre did.'
    )
    const long = { ...draft(document, 'Tuoi Tre Online', 'organization'), rule: 'entity/en/<name> newspaper' }
    const short = { ...draft(document, 'Tuoi Tre', 'organization', {}, 1), rule: 'entity/en/<name> newspaper' }
    const linked = linkEntities([long, short], document) as Draft<EntityFields>[]
    const found = linked
      .filter((item) => item.rule === 'entity/en/<name met in the text>')
      .map((item) => [document.text.slice(item.start, item.end), item.start])
    expect(found).toEqual([
      ['Tuoi Tre Online', document.text.indexOf('Tuoi Tre Online wrote')],
      ['Tuoi Tre', document.text.lastIndexOf('Tuoi Tre did')]
    ])
  })

  test('should link an acronym defined inside a longer name to nothing but later uses to the definition', () => {
    const document = documentOf('Former head of the South Asian Association (SAARC) Chamber spoke. SAARC met.')
    const chamber = draft(document, 'South Asian Association (SAARC) Chamber', 'organization')
    const defined = draft(document, 'SAARC', 'organization')
    const later = draft(document, 'SAARC', 'organization', {}, 1)
    linkEntities([chamber, defined, later], document)
    expect(defined.links.refersTo).toBeUndefined()
    expect(later.links.refersTo).toBe(defined)
  })

  test('should link a short later mention of a person to the full name met before', () => {
    const document = documentOf('Le Thi Thu Hang spoke. Ambassador Samina Mehtab agreed. Hang smiled. Mehtab left. Hang Seng rose.')
    const hang = draft(document, 'Le Thi Thu Hang', 'person')
    const mehtab = draft(document, 'Samina Mehtab', 'person')
    const shortHang = draft(document, 'Hang', 'person', {}, 1)
    const shortMehtab = draft(document, 'Mehtab', 'person', {}, 1)
    const other = draft(document, 'Hang Seng', 'person')
    linkEntities([hang, mehtab, shortHang, shortMehtab, other], document)
    expect([shortHang, shortMehtab, other, hang].map((item) => item.links.refersTo)).toEqual([hang, mehtab, undefined, undefined])
  })

  test('should not link a person to someone met only later', () => {
    const document = documentOf('Usman wrote. Sahibzada M. Usman teaches.')
    const short = draft(document, 'Usman', 'person')
    const full = draft(document, 'Sahibzada M. Usman', 'person')
    linkEntities([short, full], document)
    expect(short.links.refersTo).toBeUndefined()
    expect(full.links.refersTo).toBeUndefined()
  })

  test('should link a person to the organization of the role in the same sentence only', () => {
    const document = documentOf(
      'Le Thi Thu Hang, Assistant Minister, Ministry of Foreign Affairs, spoke. The Ministry of Foreign Affairs agreed.'
    )
    const person = draft(document, 'Le Thi Thu Hang', 'person', { role: 'Assistant Minister, Ministry of Foreign Affairs' })
    const ministry = draft(document, 'Ministry of Foreign Affairs', 'organization')
    const laterMinistry = draft(document, 'Ministry of Foreign Affairs', 'organization', {}, 1)
    linkEntities([person, laterMinistry, ministry], document)
    expect(person.links.roleOf).toBe(ministry)
  })

  test('should leave a role without a named organization unlinked', () => {
    const document = documentOf('Minister of Commerce Jam Khan met the Ministry of Trade.')
    const person = draft(document, 'Jam Khan', 'person', { role: 'Minister of Commerce' })
    const ministry = draft(document, 'Ministry of Trade', 'organization')
    linkEntities([person, ministry], document)
    expect(person.links.roleOf).toBeUndefined()
  })
})
